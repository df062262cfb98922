import { findShellcheck } from '../../src/shellcheck/executable.js';
import { lint, type LintOptions } from '../../src/lint.js';
import type { Finding } from '../../src/engine/types.js';

/** The `shellcheck` on PATH; the tests that need it are skipped, with a note, without it. */
export const SHELLCHECK = findShellcheck(true);
export const hasShellcheck = SHELLCHECK !== undefined;

if (!hasShellcheck) {
  console.warn('NOTE: `shellcheck` is not on PATH, so the ShellCheck tests are skipped (apt-get install shellcheck; .ci/run installs it)');
}

/** ShellCheck's findings on a Dockerfile, as `[code, line, column, endLine, endColumn]`. */
export async function scFindings(text: string, options: LintOptions = {}): Promise<Array<[string, number, number, number, number]>> {
  const findings = await lint(text, { shellcheck: true, ...options });
  return findings.filter(isShellcheck).map((f) => [f.code, f.line, f.column, f.endLine, f.endColumn]);
}

export const isShellcheck = (finding: Finding) => finding.name === 'shellcheck';

/** The codes ShellCheck reports on a Dockerfile, sorted and unique. */
export async function scCodes(text: string, options: LintOptions = {}): Promise<string[]> {
  return [...new Set((await scFindings(text, options)).map(([code]) => code))].sort();
}
