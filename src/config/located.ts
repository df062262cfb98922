import type { Locate } from './parse-file.js';
import type { ConfigProblem } from './problems.js';
import type { Issue } from './schema-errors.js';

/** Issues of one config file as problems in file order, with the line and column of each when known. */
export function problemsAt(source: string, locate: Locate, issues: readonly Issue[]): ConfigProblem[] {
  const problems = issues.map((issue) => ({ source, ...locate(issue.path, issue.key), path: issue.path, message: issue.message }));
  return problems.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0));
}
