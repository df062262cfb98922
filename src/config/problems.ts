import { formatKeyPath, type KeyPath } from './key-path.js';

/** One thing wrong with a configuration source, with enough detail to find and fix it. */
export interface ConfigProblem {
  /** The file as shown to the user, or a source such as `environment variable HADOLINT_IGNORE`. */
  readonly source: string;
  readonly line?: number;
  readonly column?: number;
  /** The key path of the wrong value, when the problem is about one. */
  readonly path?: KeyPath;
  readonly message: string;
}

/** `.dflint.yaml:4:3: rules.no-sduo: unknown rule ...` */
export function formatProblem(problem: ConfigProblem): string {
  const where = problem.line === undefined ? problem.source : `${problem.source}:${problem.line}:${problem.column ?? 1}`;
  const path = problem.path === undefined ? '' : `${formatKeyPath(problem.path)}: `;
  return `${where}: ${path}${problem.message}`;
}

/** Thrown before any file is linted when a configuration source is invalid. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}
