import { SEVERITIES, type Finding, type FixSafety, type Severity } from '../engine/types.js';
import type { FileResult } from '../lint-files.js';

export type SeverityCounts = Readonly<Record<Severity, number>>;

/** How many findings of each severity there are, in SEVERITIES' order. */
export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** `1 error`, `2 warnings`. */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/** `3 errors, 1 warning, 0 infos, 2 style`: the counts as the stylish summary and the Action's log word them. */
export function severityCountsText(counts: SeverityCounts): string {
  return SEVERITIES.map((severity) => (severity === 'style' ? `${counts.style} style` : plural(counts[severity], severity))).join(', ');
}

/** How many fixes `--fix` applied over all files (0 when nothing was fixed or not fixing). */
export function countFixed(results: readonly Pick<FileResult, 'fixed'>[]): number {
  return results.reduce((sum, r) => sum + (r.fixed?.length ?? 0), 0);
}

/** How many findings carry a safe fix and how many an unsafe one. */
export function countFixable(findings: readonly Finding[]): Readonly<Record<FixSafety, number>> {
  const counts = { safe: 0, unsafe: 0 };
  for (const finding of findings) if (finding.fix) counts[finding.fix.safety] += 1;
  return counts;
}
