import { loadBuildContext, type BuildContext } from './engine/build-context.js';
import { selectRules, type RuleConfig } from './engine/registry.js';
import { runRules } from './engine/run.js';
import { DEFAULT_SETTINGS, type Finding, type Settings } from './engine/types.js';
import { buildModel, type ModelOptions } from './model/build.js';
import { initShellParser } from './model/shell/parser.js';
import type { Model } from './model/types.js';
import { applySuppressions } from './suppress/apply.js';
import type { SuppressionResult } from './suppress/types.js';

export interface LintOptions {
  /** Path shown in findings; also locates the build context when `context` is true. */
  readonly filename?: string;
  /**
   * Per-rule settings by code, name or alias: a severity or `off`, or `[severity, options]` for
   * rules that take options.
   */
  readonly rules?: Readonly<Record<string, RuleConfig>>;
  /** Project settings rules read (trusted registries, label schema, strict labels); unset ones keep their defaults. */
  readonly settings?: Partial<Settings>;
  /** The shell of stages that set no SHELL (default `['/bin/sh', '-c']`); used by `lint`, which builds the model. */
  readonly defaultShell?: readonly string[];
  /**
   * The build context for the `.dockerignore` rules: a folder, or `true` for the folder of
   * `filename`. Without it those rules do not run.
   */
  readonly context?: string | boolean;
  /** An already loaded build context (takes precedence over `context`). */
  readonly buildContext?: BuildContext;
  /**
   * Report, as DF0002 `unused-ignore`, pragmas and pragma codes that suppressed nothing, unknown
   * codes and malformed pragmas (see docs/suppressions.md).
   */
  readonly reportUnusedIgnores?: boolean;
  /**
   * Ignore every suppression comment: `# dflint ignore...`, `# hadolint ignore...` and BuildKit's
   * `# check=skip=` (hadolint's `disable-ignore-pragma`). Shell pragmas still apply.
   */
  readonly disablePragmas?: boolean;
}

/** Builds the semantic model of a Dockerfile, the same one every rule reads. */
export async function parseDockerfile(text: string, options: ModelOptions = {}): Promise<Model> {
  await initShellParser();
  return buildModel(text, options);
}

/** Lints one Dockerfile's text. */
export async function lint(text: string, options: LintOptions = {}): Promise<Finding[]> {
  return lintModel(await parseDockerfile(text, { defaultShell: options.defaultShell }), options);
}

/** Lints an already built model (the shell parser is initialised, since the model exists). */
export function lintModel(model: Model, options: LintOptions = {}): Finding[] {
  return lintModelWithSuppressions(model, options).findings;
}

/** As `lintModel`, also returning the findings pragmas suppressed, for reports that list them (SARIF). */
export function lintModelWithSuppressions(model: Model, options: LintOptions = {}): SuppressionResult {
  const buildContext = options.buildContext ?? contextFor(options);
  const file = options.filename ?? '<text>';
  const enabled = selectRules(options.rules);
  const findings = runRules(model, enabled, {
    file,
    filename: options.filename,
    buildContext,
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
  });
  return applySuppressions(model, findings, {
    file,
    ran: enabled.map((e) => e.rule).filter((rule) => buildContext || !rule.needsBuildContext),
    reportUnused: options.reportUnusedIgnores === true,
    disabled: options.disablePragmas === true,
  });
}

function contextFor(options: LintOptions): BuildContext | undefined {
  if (typeof options.context === 'string') return loadBuildContext(options.filename ?? `${options.context}/Dockerfile`, options.context);
  if (options.context === true && options.filename) return loadBuildContext(options.filename);
  return undefined;
}
