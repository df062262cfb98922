import { failsThreshold } from '../cli/exit-code.js';
import { SEVERITIES, type Severity } from '../engine/types.js';
import type { FileResult } from '../lint-files.js';

export type SeverityCounts = Readonly<Record<Severity, number>>;

/** How many findings of each severity the results hold. */
export function countBySeverity(results: readonly Pick<FileResult, 'findings'>[]): SeverityCounts {
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  for (const finding of results.flatMap((r) => r.findings)) counts[finding.severity] += 1;
  return counts;
}

/** How many findings reach the failure threshold of their file (as the CLI's exit code decides). */
export function countFailing(results: readonly Pick<FileResult, 'findings' | 'failureThreshold'>[]): number {
  return results.reduce((sum, r) => sum + r.findings.filter((f) => failsThreshold(f.severity, r.failureThreshold ?? 'info')).length, 0);
}

/** `1 error`, `2 warnings`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
