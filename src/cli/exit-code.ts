import { SEVERITIES, type Finding, type Severity } from '../engine/types.js';

export type FailureThreshold = Severity | 'none';
export const FAILURE_THRESHOLDS: readonly FailureThreshold[] = [...SEVERITIES, 'none'];

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** SEVERITIES runs from the most to the least severe. */
const rank = (severity: Severity) => SEVERITIES.length - SEVERITIES.indexOf(severity);

/** Whether a finding of this severity fails the run (as hadolint: at or above the threshold). */
export function failsThreshold(severity: Severity, threshold: FailureThreshold): boolean {
  return threshold !== 'none' && rank(severity) >= rank(threshold);
}

/** 2 for usage errors and unreadable or missing paths (it wins), 1 when a finding fails, else 0. */
export function exitCodeFor(findings: readonly Finding[], errorCount: number, threshold: FailureThreshold): ExitCode {
  if (errorCount > 0) return EXIT.usage;
  return findings.some((f) => failsThreshold(f.severity, threshold)) ? EXIT.findings : EXIT.ok;
}
