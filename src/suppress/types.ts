import type { Finding, Rule } from '../engine/types.js';
import type { Range } from '../model/types.js';

/** Who defined the pragma's syntax: ours, hadolint's, or BuildKit's `# check=` directive. */
export type PragmaTool = 'dflint' | 'hadolint' | 'buildkit';

/**
 * What a pragma covers, before its place in the file is known: the instruction below it (or, in a
 * line continuation, the line below), the rest of its stage (or the stage of the FROM below
 * it), or the whole file.
 */
export type PragmaScope = 'instruction' | 'stage' | 'file';

/** What one code of a pragma names. */
export type CodeTarget =
  /** dflint rules, by code, name or alias (an alias may name several). */
  | { readonly kind: 'rules'; readonly rules: readonly Rule[] }
  /** `*` and `ignore-file`: every rule. */
  | { readonly kind: 'all' }
  /** A hadolint, ShellCheck or BuildKit code dflint does not implement: kept, never judged. */
  | { readonly kind: 'foreign' }
  /** DF0001 and DF0002, which report on dflint itself and cannot be suppressed. */
  | { readonly kind: 'unsuppressible' }
  | { readonly kind: 'unknown'; readonly suggestion: string | undefined; readonly caseOnly: boolean };

export interface PragmaCode {
  /** As written. */
  readonly text: string;
  readonly range: Range;
  readonly target: CodeTarget;
}

export interface Pragma {
  readonly tool: PragmaTool;
  readonly scope: PragmaScope;
  readonly codes: readonly PragmaCode[];
  /** The pragma itself inside the comment, from its first word to the end of the code list. */
  readonly range: Range;
  /** The whole comment line, `#` included. */
  readonly comment: Range;
  /** The comment holds nothing but this pragma (and its reason), so removing the line is safe. */
  readonly ownsLine: boolean;
  /** Text after ` -- ` or `#` (dflint, hadolint) or after the first space (BuildKit). */
  readonly reason: string | undefined;
}

/** A comment that starts like a pragma but does not follow the grammar; it suppresses nothing. */
export interface MalformedPragma {
  readonly range: Range;
  readonly message: string;
}

/** Where a pragma was written, in the 1-based coordinates of findings. */
export interface PragmaLocation {
  readonly tool: PragmaTool;
  readonly scope: PragmaScope;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly reason: string | undefined;
}

/** A finding a pragma suppressed, kept for reports that list suppressions (SARIF). */
export interface SuppressedFinding {
  readonly finding: Finding;
  /** Every pragma that covers it. */
  readonly pragmas: readonly PragmaLocation[];
}

export interface SuppressionResult {
  /** The findings left, with the unused-ignore findings when asked for, sorted by position. */
  readonly findings: Finding[];
  readonly suppressed: SuppressedFinding[];
}
