import { FAILURE_THRESHOLDS, type FailureThreshold } from '../config/types.js';
import { SEVERITIES, type Severity } from '../engine/types.js';
import type { FileResult } from '../lint-files.js';

export { FAILURE_THRESHOLDS, type FailureThreshold };

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** SEVERITIES runs from the most to the least severe. */
const rank = (severity: Severity) => SEVERITIES.length - SEVERITIES.indexOf(severity);

/** Whether a finding of this severity fails the run (as hadolint: at or above the threshold). */
export function failsThreshold(severity: Severity, threshold: FailureThreshold): boolean {
  return threshold !== 'none' && rank(severity) >= rank(threshold);
}

/**
 * 2 for usage errors and unreadable or missing paths (it wins), 1 when a finding reaches the
 * failure threshold of its file (each file's configuration may set its own), else 0.
 */
export function exitCodeFor(results: readonly Pick<FileResult, 'findings' | 'failureThreshold'>[], errorCount: number): ExitCode {
  return exitCodeOf(countFailing(results), errorCount);
}

/** exitCodeFor from the count of failing findings, for a run that counts them as files are linted. */
export function exitCodeOf(failing: number, errorCount: number): ExitCode {
  if (errorCount > 0) return EXIT.usage;
  return failing > 0 ? EXIT.findings : EXIT.ok;
}

/** How many findings reach the failure threshold of their file. */
export function countFailing(results: readonly Pick<FileResult, 'findings' | 'failureThreshold'>[]): number {
  return results.reduce((sum, r) => sum + r.findings.filter((f) => failsThreshold(f.severity, r.failureThreshold ?? 'info')).length, 0);
}
