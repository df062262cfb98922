import type { FileResult } from '../lint-files.js';
import { countBySeverity } from '../formatters/tally.js';

/** Every output the Action sets; action.yml declares the same names (a test keeps them equal). */
export const OUTPUT_NAMES = ['sarif-file', 'errors', 'warnings', 'infos', 'styles', 'total', 'files'] as const;

export type OutputName = (typeof OUTPUT_NAMES)[number];
export type ActionOutputs = Readonly<Record<OutputName, string>>;

/**
 * The outputs of a run: the SARIF file written (empty when none was, so that a later step can
 * test it), the findings per severity and in all, and how many files were linted.
 */
export function outputsOf(results: readonly FileResult[], sarifFile: string | undefined): ActionOutputs {
  const counts = countBySeverity(results.flatMap((r) => r.findings));
  return {
    'sarif-file': sarifFile ?? '',
    errors: String(counts.error),
    warnings: String(counts.warning),
    infos: String(counts.info),
    styles: String(counts.style),
    total: String(results.reduce((sum, r) => sum + r.findings.length, 0)),
    files: String(results.length),
  };
}
