import { loadBuildContext, type BuildContext } from './engine/build-context.js';
import { selectRules } from './rule-set.js';
import type { RuleConfig } from './engine/registry.js';
import { compareFindings, runRules } from './engine/run.js';
import { DEFAULT_SETTINGS, type Finding, type Settings } from './engine/types.js';
import { buildModel, type ModelOptions } from './model/build.js';
import { initShellParser } from './model/shell/parser.js';
import type { Model } from './model/types.js';
import { runShellcheck, splitShellcheckRules, type ShellcheckSetting } from './shellcheck/index.js';
import { applySuppressions } from './suppress/apply.js';
import { asErrors, fileCheckOptions } from './suppress/check-options.js';
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
  /**
   * Check RUN scripts with ShellCheck (`lint` only; `lintModel` runs no processes): `true` for
   * the `shellcheck` on PATH, or the executable's path. Default `false` here; the CLI and
   * `lintFiles` use it whenever it is installed. When it cannot be found, a process warning says
   * so once and linting goes on. `rules` may set ShellCheck codes (`SC2086: 'off'`).
   */
  readonly shellcheck?: ShellcheckSetting;
  /**
   * Build arguments as `docker build --build-arg` gives them: they set the values of the ARGs of
   * those names the file declares, over their defaults. `BUILDKIT_DOCKERFILE_CHECK` replaces the file's `# check=` directive,
   * as in BuildKit.
   */
  readonly buildArgs?: Readonly<Record<string, string>>;
  /**
   * The stage built, as `docker build --target` names it (default: the last stage): the rules
   * about the final image judge it. A name no stage has throws UnknownTargetError.
   */
  readonly target?: string;
}

/** What of the lint options the model is built with. */
export function modelOptionsOf(options: Pick<LintOptions, 'defaultShell' | 'buildArgs' | 'target'>): ModelOptions {
  return { defaultShell: options.defaultShell, buildArgs: options.buildArgs, target: options.target };
}

/** Builds the semantic model of a Dockerfile, the same one every rule reads. */
export async function parseDockerfile(text: string, options: ModelOptions = {}): Promise<Model> {
  await initShellParser();
  return buildModel(text, options);
}

/** Lints one Dockerfile's text. */
export async function lint(text: string, options: LintOptions = {}): Promise<Finding[]> {
  const model = await parseDockerfile(text, modelOptionsOf(options));
  const setting = options.shellcheck ?? false;
  if (setting === false) return lintModel(model, options);
  const rules = splitShellcheckRules(options.rules).shellcheck;
  const run = await runShellcheck([{ model, file: options.filename ?? '<text>', rules }], { setting });
  if (run.notice) warnOnce(run.notice);
  return lintModel(model, options, run.findings[0]);
}

const warned = new Set<string>();
function warnOnce(notice: string): void {
  if (warned.has(notice)) return;
  warned.add(notice);
  process.emitWarning(notice, { code: 'DFLINT_SHELLCHECK' });
}

/**
 * Lints an already built model (the shell parser is initialised, since the model exists).
 * `external` findings (ShellCheck's) join the rules' before pragmas apply.
 */
export function lintModel(model: Model, options: LintOptions = {}, external: readonly Finding[] = []): Finding[] {
  return lintModelWithSuppressions(model, options, external).findings;
}

/**
 * As `lintModel`, also returning the findings pragmas suppressed, for reports that list them
 * (SARIF). `external` findings (ShellCheck's) join the rules' before pragmas apply.
 */
export function lintModelWithSuppressions(model: Model, options: LintOptions = {}, external: readonly Finding[] = []): SuppressionResult {
  const buildContext = options.buildContext ?? contextFor(options);
  const file = options.filename ?? '<text>';
  const check = fileCheckOptions(model, options.buildArgs);
  // `experimental=` turns its rules on; the configuration still wins over it.
  const experimental = Object.fromEntries(check.experimental.map((rule) => [rule.code, rule.severity]));
  const enabled = selectRules({ ...experimental, ...splitShellcheckRules(options.rules).rules }).filter((entry) => !check.skipped.includes(entry.rule));
  const findings = asErrors(runRules(model, enabled, {
    file,
    filename: options.filename,
    buildContext,
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
  }), check);
  if (external.length > 0) {
    findings.push(...external);
    findings.sort(compareFindings);
  }
  return applySuppressions(model, findings, {
    file,
    ran: enabled.map((e) => e.rule).filter((rule) => buildContext || !rule.needsBuildContext),
    reportUnused: options.reportUnusedIgnores === true,
    disabled: options.disablePragmas === true,
    checkDirectiveReplaced: check.source === 'build-arg',
    unskippable: check.experimental,
  });
}

/** The build context the options name (loaded from disk), if any. */
export function contextFor(options: LintOptions): BuildContext | undefined {
  if (typeof options.context === 'string') return loadBuildContext(options.filename ?? `${options.context}/Dockerfile`, options.context);
  if (options.context === true && options.filename) return loadBuildContext(options.filename);
  return undefined;
}
