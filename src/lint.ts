import { loadBuildContext, type BuildContext } from './engine/build-context.js';
import { selectRules, type RuleConfig } from './engine/registry.js';
import { runRules } from './engine/run.js';
import { DEFAULT_SETTINGS, type Finding, type Settings } from './engine/types.js';
import { buildModel, type ModelOptions } from './model/build.js';
import { initShellParser } from './model/shell/parser.js';
import type { Model } from './model/types.js';

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
  /** Report ignore pragmas that suppressed nothing. */
  readonly reportUnusedIgnores?: boolean;
  /** Disregard inline ignore pragmas. */
  readonly disablePragmas?: boolean;
  /**
   * The build context for the `.dockerignore` rules: a folder, or `true` for the folder of
   * `filename`. Without it those rules do not run.
   */
  readonly context?: string | boolean;
  /** An already loaded build context (takes precedence over `context`). */
  readonly buildContext?: BuildContext;
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
  const buildContext = options.buildContext ?? contextFor(options);
  return runRules(model, selectRules(options.rules), {
    file: options.filename ?? '<text>',
    filename: options.filename,
    buildContext,
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
  });
}

function contextFor(options: LintOptions): BuildContext | undefined {
  if (typeof options.context === 'string') return loadBuildContext(options.filename ?? `${options.context}/Dockerfile`, options.context);
  if (options.context === true && options.filename) return loadBuildContext(options.filename);
  return undefined;
}
