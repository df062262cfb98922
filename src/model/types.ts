import type { Directive } from '../parse/directives.js';
import type { Range } from '../parse/source.js';
import type { ShellScript } from './shell/types.js';

export type { Range, Position } from '../parse/source.js';
export type { Directive } from '../parse/directives.js';

export type InstructionKind =
  | 'ADD' | 'ARG' | 'CMD' | 'COPY' | 'ENTRYPOINT' | 'ENV' | 'EXPOSE' | 'FROM' | 'HEALTHCHECK'
  | 'LABEL' | 'MAINTAINER' | 'ONBUILD' | 'RUN' | 'SHELL' | 'STOPSIGNAL' | 'USER' | 'VOLUME'
  | 'WORKDIR' | 'UNKNOWN';

/** One `key=value` (or bare `key`) item of a comma-separated flag value such as `--mount`. */
export interface FlagOption {
  readonly key: string;
  readonly value: string | null;
  readonly range: Range;
  /** The value as written, after the `=`; null when there is no `=`. */
  readonly valueRange: Range | null;
}

export interface Flag {
  /** Name without the leading `--`. */
  readonly name: string;
  /** Null for a valueless flag such as `--link`; `''` for `--x=`. */
  readonly value: string | null;
  readonly range: Range;
  readonly nameRange: Range;
  readonly valueRange: Range | null;
  readonly options: readonly FlagOption[];
}

/** A word of instruction text (shell form), split as BuildKit splits it. */
export interface Word {
  /** The word as written, quotes included. */
  readonly raw: string;
  /** The word with quotes and escapes removed; variables are left as written. */
  readonly value: string;
  /** The word contains a `$` expansion that BuildKit would substitute. */
  readonly hasVariables: boolean;
  readonly range: Range;
}

/** A string of an exec-form (JSON array) argument list. */
export interface ExecString {
  /** Decoded JSON value. */
  readonly value: string;
  /** As written, quotes included. */
  readonly raw: string;
  readonly range: Range;
}

export interface Heredoc {
  readonly name: string;
  readonly quoted: boolean;
  readonly chomp: boolean;
  readonly fd: number | undefined;
  readonly markerRange: Range;
  /** Body text as the build sees it (with `<<-`, leading tabs removed). */
  readonly body: string;
  readonly bodyRange: Range;
  readonly terminated: boolean;
}

/** A `name[=value]` item of ARG, ENV or LABEL. */
export interface Property {
  readonly name: string;
  /** Value with quotes and escapes removed; null when absent (`ARG NAME`). */
  readonly value: string | null;
  /** The value as written. */
  readonly rawValue: string | null;
  readonly range: Range;
  readonly nameRange: Range;
  readonly valueRange: Range | null;
  /** Written in the legacy space-separated form (`ENV KEY value`). */
  readonly legacy: boolean;
}

export type InstructionForm = 'shell' | 'exec' | 'heredoc' | 'none';

export interface Instruction {
  /** Position in `Model.instructions` (triggers of ONBUILD are not in that list). */
  readonly index: number;
  readonly kind: InstructionKind;
  /** Keyword as written (case kept). */
  readonly keyword: string;
  readonly keywordRange: Range;
  /** The whole instruction, heredoc bodies included. */
  readonly range: Range;
  readonly flags: readonly Flag[];
  /** Whitespace-split arguments after the flags (for shell and heredoc forms). */
  readonly args: readonly Word[];
  /** Argument text after the flags, continuations and comment lines removed. */
  readonly argsText: string;
  /** Range of the arguments after the flags (null when there are none). */
  readonly argsRange: Range | null;
  readonly form: InstructionForm;
  /** The JSON array strings for exec form, null otherwise. */
  readonly exec: readonly ExecString[] | null;
  readonly heredocs: readonly Heredoc[];
  /** ARG, ENV and LABEL items (empty for other kinds). */
  readonly properties: readonly Property[];
  /** Index of the stage the instruction belongs to; -1 before the first FROM. */
  readonly stageIndex: number;
  /** For ONBUILD: the trigger as a full instruction. */
  readonly trigger: Instruction | undefined;
  /** For a trigger: the ONBUILD that holds it. */
  readonly onbuild: Instruction | undefined;
  /** For HEALTHCHECK: `CMD` or `NONE` as written (upper-cased), else undefined. */
  readonly subcommand: string | undefined;
  /** Shell script of a RUN (shell, heredoc) or of a shell-form CMD/ENTRYPOINT/HEALTHCHECK, when its shell is POSIX-like. */
  readonly shell: ShellScript | undefined;
}

export interface ImageRef {
  /** The image as written. */
  readonly text: string;
  /** After variable substitution (unresolved references stay as written). */
  readonly resolved: string;
  readonly range: Range;
  readonly registry: string | undefined;
  /** Repository path without registry, tag or digest (`library/python` is kept as `python`). */
  readonly repository: string;
  readonly tag: string | undefined;
  readonly digest: string | undefined;
  /** Variable names that could not be resolved. */
  readonly unresolved: readonly string[];
  /** True when every variable in the reference resolved. */
  readonly isResolved: boolean;
  readonly isScratch: boolean;
}

export type StageDependencyKind = 'copy' | 'mount';

export interface StageDependency {
  readonly kind: StageDependencyKind;
  readonly instruction: Instruction;
  /** The reference as written (`--from=<ref>`). */
  readonly reference: string;
  /** The flag value: `--from`'s value, or the whole `--mount` value. */
  readonly range: Range;
  /** The reference alone: `--from`'s value, or the value of the mount's `from=` option. */
  readonly referenceRange: Range;
  /** The stage referenced by name or index, if any. */
  readonly stage: Stage | undefined;
  /** When the reference is not a stage: the external image. */
  readonly image: ImageRef | undefined;
}

export interface Stage {
  readonly index: number;
  /** Alias as written (`FROM x AS Name`), undefined when none. */
  readonly name: string | undefined;
  readonly nameRange: Range | undefined;
  readonly from: Instruction;
  readonly image: ImageRef;
  readonly platform: { readonly value: string; readonly resolved: string; readonly range: Range } | undefined;
  /** The earlier stage this one is built on (`FROM <alias>`). */
  readonly parent: Stage | undefined;
  /** Instructions after FROM up to the next FROM (ONBUILD triggers are inside their ONBUILD). */
  readonly instructions: readonly Instruction[];
  /** `COPY --from` and `RUN --mount=...,from=` references. */
  readonly dependencies: readonly StageDependency[];
  readonly isLast: boolean;
}

/** What of a stage's files ends up in the final image (see `Model.shipped`). */
export type ShippedContent =
  /** All its layers: the target stage and the stages it is built on (`FROM <stage>`), transitively. */
  | { readonly kind: 'layers' }
  /**
   * Only what stages whose content ships take out of it (`COPY --from`, `RUN --mount from=`):
   * absolute paths from the stage's root, variables substituted where known (an unknown one
   * stays as written), globs kept.
   */
  | { readonly kind: 'copied'; readonly paths: readonly string[] }
  /** Nothing: no stage whose content ships builds on it or takes files from it. */
  | { readonly kind: 'nothing' };

export interface Comment {
  /** Text after the `#`. */
  readonly text: string;
  readonly range: Range;
}

export type SyntaxProblemKind =
  | 'unknown-instruction'
  | 'missing-arguments'
  | 'invalid-arguments'
  | 'invalid-json'
  | 'unterminated-heredoc'
  | 'invalid-directive'
  | 'empty-continuation';

export interface SyntaxProblem {
  readonly kind: SyntaxProblemKind;
  readonly message: string;
  readonly range: Range;
  readonly instruction: Instruction | undefined;
  /** For an empty continuation line: the next instruction, when the continuation swallowed it. */
  readonly swallowed?: SwallowedInstruction;
}

/**
 * A line that reads as an instruction of its own but that BuildKit appends to the instruction
 * before it, because that one ends in an escape and only empty and comment lines come between.
 */
export interface SwallowedInstruction {
  readonly keywordRange: Range;
  /**
   * The escape that carries the instruction across, with the blanks before it: removing it ends
   * the instruction where its author meant. Undefined when the line before the escape would then
   * end in a word that needs more (`&&`, `|`, `then`...) or be empty.
   */
  readonly removableEscape: Range | undefined;
}

export interface VariableBinding {
  readonly name: string;
  /** Null when declared without a value (`ARG NAME` with no default). */
  readonly value: string | null;
  readonly source: 'global-arg' | 'arg' | 'env' | 'predefined';
  readonly instruction: Instruction | undefined;
  /** Names that stayed unresolved inside the value (`ARG B=${A}-x` with A unknown). */
  readonly unresolved: readonly string[];
}

export interface Resolution {
  readonly value: string;
  /** Names whose value is unknown (not declared, or an ARG without default). */
  readonly unresolved: readonly string[];
}

export interface Variables {
  /** Substitutes variables in `text` as BuildKit would for the instruction `at` (values before it). */
  resolve(text: string, at: Instruction): Resolution;
  /** The binding of `name` visible to `at`, if declared. */
  lookup(name: string, at: Instruction): VariableBinding | undefined;
  /** Every binding visible to `at`. */
  scope(at: Instruction): ReadonlyMap<string, VariableBinding>;
}

export interface ShellSetting {
  /** The SHELL's argv; for a `# hadolint shell=` / `# dflint shell=` pragma, only the program it names. */
  readonly argv: readonly string[];
  /** POSIX-like dialect, or undefined for PowerShell, cmd and unknown shells. */
  readonly dialect: ShellDialect | undefined;
  /** The SHELL instruction; undefined for the default shell and for shell pragmas, which change no image. */
  readonly instruction: Instruction | undefined;
}

export type ShellDialect = 'sh' | 'bash' | 'dash' | 'ash' | 'zsh' | 'ksh';

/**
 * An absolute path inside the image, or undefined when it is not known: a variable hides it,
 * or it is relative to the working directory of a base image, which the Dockerfile does not show.
 */
export type ImagePath = string | undefined;

export interface WorkdirSetting {
  /** The working directory: the WORKDIRs so far, from `/` for `scratch` and an unknown directory for other images. */
  readonly path: ImagePath;
  /** Whether any WORKDIR of the stage or the stages it is built on set it, whatever its value. */
  readonly set: boolean;
}

export interface UserSetting {
  /** The USER instruction. */
  readonly instruction: Instruction;
  /** The stage whose instructions hold it (an ancestor when inherited through `FROM <alias>`). */
  readonly stage: Stage;
  /** The user name or id (the part before `:`) after variable substitution; undefined when unknown. */
  readonly user: string | undefined;
}

export interface Model {
  readonly text: string;
  readonly escapeChar: '\\' | '`';
  readonly directives: readonly Directive[];
  readonly comments: readonly Comment[];
  readonly instructions: readonly Instruction[];
  /** ARG instructions before the first FROM. */
  readonly globalArgs: readonly Instruction[];
  readonly stages: readonly Stage[];
  /**
   * The stage the build produces: the one named by the `target` option (`docker build
   * --target`), else the last stage; undefined when there is no stage.
   */
  readonly target: Stage | undefined;
  /**
   * Whether the build of `target` runs a stage: the target, and every stage it reaches through
   * `FROM <stage>`, `COPY --from` or `RUN --mount from=`, transitively.
   */
  isBuilt(stage: Stage): boolean;
  readonly problems: readonly SyntaxProblem[];
  readonly variables: Variables;
  stageOf(instruction: Instruction): Stage | undefined;
  /**
   * What of a stage reaches the image the build produces (that of `target`): its layers, the
   * paths copied out of it, or nothing. Computed once per file.
   */
  shipped(stage: Stage): ShippedContent;
  /** The SHELL in effect for an instruction (defaults to `/bin/sh -c`). */
  shellAt(instruction: Instruction): ShellSetting;
  /**
   * The working directory before an instruction, from the WORKDIRs before it in its stage and
   * the stages it is built on (`FROM <alias>`). Computed once per file.
   */
  workdirAt(instruction: Instruction): WorkdirSetting;
  /**
   * The USER in effect before an instruction: the last USER before it in its stage or the stages
   * it is built on; undefined when none sets one, so the base image's user applies.
   */
  userAt(instruction: Instruction): UserSetting | undefined;
  /** The USER in effect at the end of a stage (ONBUILD triggers are not followed). */
  finalUser(stage: Stage): UserSetting | undefined;
  /** Source text of a range. */
  textOf(range: Range): string;
  lineText(line: number): string;
}
