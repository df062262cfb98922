import type { Outcome } from './corpus.js';

/**
 * The review snapshot of what dflint reports on the corpus: a count per rule, then one line per
 * file with findings, listing `CODE:line` in report order. It is plain text so that a change in
 * what any rule reports shows up in a commit's diff, file by file.
 */
export function renderFindingsSnapshot(outcomes: readonly Outcome[]): string {
  const perRule = new Map<string, { findings: number; files: number }>();
  const fileLines: string[] = [];
  for (const outcome of outcomes) {
    if (outcome.findings.length === 0) continue;
    const codes = new Set<string>();
    for (const finding of outcome.findings) {
      const entry = perRule.get(finding.code) ?? { findings: 0, files: 0 };
      entry.findings += 1;
      if (!codes.has(finding.code)) entry.files += 1;
      codes.add(finding.code);
      perRule.set(finding.code, entry);
    }
    fileLines.push(`${outcome.file}\t${outcome.findings.map((f) => `${f.code}:${f.line}`).join(' ')}`);
  }
  const total = outcomes.reduce((sum, o) => sum + o.findings.length, 0);
  const ruleLines = [...perRule.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, { findings, files }]) => `${code}\t${findings}\t${files}`);
  return [
    `# dflint's findings on ../shared/corpus: ${outcomes.length} files, ${total} findings (default rules, no ShellCheck).`,
    '# Regenerate with `npm run snapshot` in the commit that changes what dflint reports.',
    '',
    '## Per rule: code, findings, files',
    ...ruleLines,
    '',
    '## Per file: CODE:line of each finding',
    ...fileLines,
    '',
  ].join('\n');
}
