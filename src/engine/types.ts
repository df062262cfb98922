import type { Instruction, InstructionKind, Model, Range, Stage } from '../model/types.js';
import type { BuildContext } from './build-context.js';

export type Severity = 'error' | 'warning' | 'info' | 'style';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'style'];

export type Category =
  | 'syntax' | 'correctness' | 'security' | 'performance' | 'maintainability' | 'portability' | 'style';

export type FixSafety = 'safe' | 'unsafe';

export interface TextEdit {
  readonly range: Range;
  readonly text: string;
}

export interface Fix {
  /** Imperative title, such as "Replace ADD with COPY". */
  readonly description: string;
  readonly safety: FixSafety;
  readonly edits: readonly TextEdit[];
}

export interface RuleDocs {
  /** One line: what the rule checks. Used in tables, `--list-rules` and SARIF. */
  readonly summary: string;
  /** Why the flagged pattern is a problem. */
  readonly why: string;
  /** A Dockerfile the rule reports. */
  readonly bad: string;
  /** The same Dockerfile written so the rule is satisfied. */
  readonly good: string;
  /** Required when the rule is fixable: when the fix is safe and when it is not. */
  readonly fixSafety?: string;
  /**
   * Required when the rule is fixable: `bad` after `dflint --fix` (with `--unsafe-fixes` when the
   * rule's fixes are unsafe), exactly. A generated test applies the fixes to `bad` and compares.
   */
  readonly fixed?: string;
  /** Files of the build context both examples assume (path → content), for rules that need one. */
  readonly exampleContext?: Readonly<Record<string, string>>;
  /** Settings both examples assume (`trustedRegistries`, `labelSchema`...), for rules that read them. */
  readonly exampleSettings?: Partial<Settings>;
  readonly references?: readonly string[];
  /** Where dflint deliberately differs from the tool the code comes from. */
  readonly differences?: string;
}

/** Value types a label schema can require (hadolint's `label-schema`). */
export type LabelType = 'text' | 'url' | 'rfc3339' | 'spdx' | 'hash' | 'semver' | 'email';

/** Project-wide settings rules may read: from the config file or the command line. */
export interface Settings {
  /** Registries images may come from (DL3026): `*`, `*.example.com`, `registry*` or exact names. Empty: any. */
  readonly trustedRegistries: readonly string[];
  /** Labels every image must carry, with the type of their value (DL3049, DL3051–DL3058). */
  readonly labelSchema: Readonly<Record<string, LabelType>>;
  /** Only the labels of `labelSchema` are allowed (DL3050). */
  readonly strictLabels: boolean;
  /**
   * Stages the project builds as targets (the config's `target`), besides the one linted: they
   * are images of their own even when no stage uses them (DF2002).
   */
  readonly targets: readonly string[];
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({ trustedRegistries: [], labelSchema: {}, strictLabels: false, targets: [] });

/** A rule's own options: a JSON Schema for the options object and the defaults it starts from. */
export interface RuleOptionsMeta {
  /** JSON Schema (draft-07) of the options object; every property has a `description`. */
  readonly schema: Readonly<Record<string, unknown>>;
  readonly defaults: Readonly<Record<string, unknown>>;
}

export interface RuleMeta {
  /** Stable code: a hadolint DL code when the meaning is hadolint's, else DFnnnn. */
  readonly code: string;
  /** kebab-case name, also the rule's folder name. */
  readonly name: string;
  /** Other names accepted in config, pragmas and the CLI (BuildKit check names, DL1000...). */
  readonly aliases: readonly string[];
  readonly severity: Severity;
  readonly category: Category;
  /**
   * false when the rule offers no fix; `safe` when every fix it offers is safe; `unsafe` when
   * some may be unsafe (each fix carries its own safety; `docs.fixSafety` says which are which).
   */
  readonly fixable: false | FixSafety;
  readonly docs: RuleDocs;
  /** Also run on the trigger instruction of `ONBUILD` (as hadolint does for its shell rules). */
  readonly onbuild?: boolean;
  /** The rule needs the build context on disk (the Dockerfile's folder or `--context`). */
  readonly needsBuildContext?: boolean;
  /** Options the rule accepts in config (`rules: { CODE: [severity, { ... }] }`). */
  readonly options?: RuleOptionsMeta;
  /**
   * The rule runs only when configured (as hadolint's `ignore`-level DL1001 and DL3057); it then
   * reports with `severity` unless the configuration names another.
   */
  readonly offByDefault?: boolean;
  /**
   * One of BuildKit's experimental checks: off (as `offByDefault`) unless enabled by
   * `# check=experimental=<name|all>`, `BUILDKIT_DOCKERFILE_CHECK`, the config or `--rule`.
   */
  readonly experimental?: boolean;
  /**
   * How editors mark the flagged code (the language server's diagnostic tags): `unnecessary`
   * code is faded (it can go), `deprecated` code is struck through (it still works, for now).
   */
  readonly editorTag?: 'unnecessary' | 'deprecated';
}

/** Another place a finding concerns (each unpinned package of one install command, say). */
export interface RelatedReport {
  readonly range: Range;
  /** What this place adds to the finding's message (`\`git\` (from \`$PKGS\`) has no pinned version`). */
  readonly message: string;
}

export interface Report {
  readonly range: Range;
  readonly message: string;
  readonly fix?: Fix;
  /** Other places the finding concerns; they may include the finding's own range. */
  readonly related?: readonly RelatedReport[];
}

export interface RuleContext {
  readonly model: Model;
  readonly filename: string | undefined;
  /** Present when the Dockerfile was read from disk (or a context folder was given). */
  readonly buildContext: BuildContext | undefined;
  /** Project-wide settings (trusted registries, label schema...). */
  readonly settings: Settings;
  /** This rule's options: its defaults with the configured values applied. */
  readonly options: Readonly<Record<string, unknown>>;
  report(report: Report): void;
}

export type InstructionVisitor = (instruction: Instruction) => void;

export type Visitors = {
  readonly [K in InstructionKind]?: InstructionVisitor;
} & {
  /** Every instruction, before the kind-specific visitor. */
  readonly '*'?: InstructionVisitor;
  /** After the last instruction of a stage. */
  readonly 'stage:exit'?: (stage: Stage) => void;
  /** After everything else. */
  readonly 'file:exit'?: () => void;
};

export interface Rule extends RuleMeta {
  create(context: RuleContext): Visitors;
}

/** One problem found in one file: the shape the JSON formatter prints and the API returns. */
export interface Finding {
  readonly file: string;
  readonly code: string;
  readonly name: string;
  readonly severity: Severity;
  readonly message: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units. */
  readonly column: number;
  readonly endLine: number;
  /** 1-based column just past the last character (exclusive). */
  readonly endColumn: number;
  readonly fix?: FindingFix;
  /** Other places the finding concerns, as the rule listed them; absent when there are none. */
  readonly related?: readonly RelatedLocation[];
}

/** A related place of a finding: positions counted as the finding's own, and what it says there. */
export interface RelatedLocation {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
}

export interface FindingFix {
  readonly description: string;
  readonly safety: FixSafety;
  readonly edits: ReadonlyArray<{
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly text: string;
  }>;
}
