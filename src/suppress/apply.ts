import { compareFindings, INTERNAL_ERROR } from '../engine/run.js';
import type { Finding, Rule } from '../engine/types.js';
import { containsPosition } from '../parse/source.js';
import type { Model } from '../model/types.js';
import { collectPragmas } from './collect.js';
import { coverageOf } from './coverage.js';
import { SHELLCHECK_CODE } from '../shellcheck/codes.js';
import type { Pragma, PragmaCode, PragmaLocation, SuppressedFinding, SuppressionResult } from './types.js';
import { unusedIgnoreFindings, type PragmaUse } from './unused.js';

export interface SuppressOptions {
  /** Name shown in findings. */
  readonly file: string;
  /** The rules that ran on this file: only their codes can be judged unused. */
  readonly ran: readonly Rule[];
  /** Add DF0002 `unused-ignore` findings for pragmas that suppressed nothing. */
  readonly reportUnused: boolean;
  /** Ignore every suppression pragma (hadolint's `disable-ignore-pragma`). */
  readonly disabled: boolean;
  /** `BUILDKIT_DOCKERFILE_CHECK` was given: it replaces the `# check=` directive, which then skips nothing. */
  readonly checkDirectiveReplaced?: boolean;
  /** Rules BuildKit's `skip=` does not cover: the experimental ones that `experimental=` enables. */
  readonly unskippable?: readonly Rule[];
}

/**
 * Drops the findings the file's pragmas suppress and keeps them apart, with the pragmas that
 * suppressed them. A finding is covered when it starts inside a pragma's coverage and the pragma
 * names its rule. DF0001 `internal-error` is never suppressed.
 */
export function applySuppressions(model: Model, findings: readonly Finding[], options: SuppressOptions): SuppressionResult {
  if (options.disabled) return { findings: [...findings], suppressed: [] };
  const { pragmas, malformed } = collectPragmas(model, { directive: !options.checkDirectiveReplaced });
  const unskippable = new Set((options.unskippable ?? []).map((rule) => rule.code));
  if (pragmas.length === 0 && !(options.reportUnused && malformed.length > 0)) return { findings: [...findings], suppressed: [] };

  const uses: Array<PragmaUse & { used: Set<PragmaCode> }> = pragmas.map((pragma) => ({ pragma, coverage: coverageOf(pragma, model), used: new Set() }));
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    const start = { line: finding.line - 1, character: finding.column - 1 };
    const by: PragmaLocation[] = [];
    if (finding.code !== INTERNAL_ERROR.code) {
      for (const use of uses) {
        if (!use.coverage || !containsPosition(use.coverage, start)) continue;
        if (use.pragma.tool === 'buildkit' && unskippable.has(finding.code)) continue;
        const codes = use.pragma.codes.filter((code) => names(code, finding.code));
        codes.forEach((code) => use.used.add(code));
        if (codes.length > 0) by.push(locationOf(use.pragma));
      }
    }
    if (by.length > 0) suppressed.push({ finding, pragmas: by });
    else kept.push(finding);
  }

  if (options.reportUnused) {
    kept.push(...unusedIgnoreFindings(model, options.file, uses, malformed, new Set(options.ran)));
    kept.sort(compareFindings);
  }
  return { findings: kept, suppressed };
}

function names({ target, text }: PragmaCode, code: string): boolean {
  if (target.kind === 'all') return true;
  // ShellCheck's codes are no rules of dflint's, but its findings carry them.
  if (target.kind === 'foreign') return SHELLCHECK_CODE.test(text) && text.toUpperCase() === code;
  return target.kind === 'rules' && target.rules.some((rule) => rule.code === code);
}

function locationOf(pragma: Pragma): PragmaLocation {
  return {
    tool: pragma.tool,
    scope: pragma.scope,
    line: pragma.range.start.line + 1,
    column: pragma.range.start.character + 1,
    endLine: pragma.range.end.line + 1,
    endColumn: pragma.range.end.character + 1,
    reason: pragma.reason,
  };
}
