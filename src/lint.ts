import { loadBuildContext, type BuildContext } from './engine/build-context.js';
import { selectRules, type RuleSetting } from './engine/registry.js';
import { runRules } from './engine/run.js';
import type { Finding } from './engine/types.js';
import { buildModel } from './model/build.js';
import { initShellParser } from './model/shell/parser.js';
import type { Model } from './model/types.js';

export interface LintOptions {
  /** Path shown in findings; also locates the build context when `context` is true. */
  readonly filename?: string;
  /** Per-rule settings by code, name or alias: a severity or `off`. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /**
   * The build context for the `.dockerignore` rules: a folder, or `true` for the folder of
   * `filename`. Without it those rules do not run.
   */
  readonly context?: string | boolean;
  /** An already loaded build context (takes precedence over `context`). */
  readonly buildContext?: BuildContext;
}

/** Builds the semantic model of a Dockerfile, the same one every rule reads. */
export async function parseDockerfile(text: string): Promise<Model> {
  await initShellParser();
  return buildModel(text);
}

/** Lints one Dockerfile's text. */
export async function lint(text: string, options: LintOptions = {}): Promise<Finding[]> {
  return lintModel(await parseDockerfile(text), options);
}

/** Lints an already built model (the shell parser is initialised, since the model exists). */
export function lintModel(model: Model, options: LintOptions = {}): Finding[] {
  const buildContext = options.buildContext ?? contextFor(options);
  return runRules(model, selectRules(options.rules), {
    file: options.filename ?? '<text>',
    filename: options.filename,
    buildContext,
  });
}

function contextFor(options: LintOptions): BuildContext | undefined {
  if (typeof options.context === 'string') return loadBuildContext(options.filename ?? `${options.context}/Dockerfile`, options.context);
  if (options.context === true && options.filename) return loadBuildContext(options.filename);
  return undefined;
}
