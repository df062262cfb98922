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

/** What a report's summary needs of every file, counted as files are linted, so that no finding is kept for it. */
export interface Tally {
  readonly files: number;
  readonly findings: number;
  readonly severities: SeverityCounts;
  /** Findings with a safe fix and with an unsafe one. */
  readonly fixable: Readonly<Record<FixSafety, number>>;
  /** Fixes `--fix` applied (see countFixed). */
  readonly fixed: number;
  /** The run fixed files (`--fix`): some result has `fixed`. */
  readonly fixing: boolean;
}

export const EMPTY_TALLY: Tally = { files: 0, findings: 0, severities: countBySeverity([]), fixable: { safe: 0, unsafe: 0 }, fixed: 0, fixing: false };

/** The tally with one more file. */
export function addToTally(tally: Tally, result: Pick<FileResult, 'findings' | 'fixed'>): Tally {
  const severities = countBySeverity(result.findings);
  const fixable = countFixable(result.findings);
  return {
    files: tally.files + 1,
    findings: tally.findings + result.findings.length,
    severities: Object.fromEntries(SEVERITIES.map((s) => [s, tally.severities[s] + severities[s]])) as Record<Severity, number>,
    fixable: { safe: tally.fixable.safe + fixable.safe, unsafe: tally.fixable.unsafe + fixable.unsafe },
    fixed: tally.fixed + (result.fixed?.length ?? 0),
    fixing: tally.fixing || result.fixed !== undefined,
  };
}

export function tallyOf(results: readonly Pick<FileResult, 'findings' | 'fixed'>[]): Tally {
  return results.reduce(addToTally, EMPTY_TALLY);
}
