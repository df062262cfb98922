import { SEVERITIES, type Finding, type Severity } from '../engine/types.js';
import type { PathError } from '../files/discover.js';
import type { FileResult } from '../lint-files.js';
import { code, link, message, row, text } from './markdown.js';
import { countBySeverity, plural } from '../formatters/tally.js';

/**
 * GitHub refuses a step summary over 1 MiB; what the summary says after this many bytes is
 * dropped (with a note), keeping room for the closing lines.
 */
export const MAX_SUMMARY_BYTES = 1_000_000;

/** Lines listed in one table row; the rest are counted. */
const MAX_LINES_PER_ROW = 10;

export interface SummaryLinks {
  /** Where the check behind a finding is documented. */
  rule(finding: Finding): string | undefined;
  /** A line of a file as the repository holds it at this commit. */
  source(file: string, line: number): string | undefined;
}

export interface SummaryInput {
  /** The paths the Action was given, for the run that finds no Dockerfile. */
  readonly paths: readonly string[];
  readonly results: readonly FileResult[];
  /** Paths that named nothing or could not be read; the others were linted. */
  readonly notLinted: readonly PathError[];
  /** The problems of an invalid configuration, formatted; when any, nothing was linted. */
  readonly configProblems: readonly string[];
  /** Findings that reach their file's failure threshold. */
  readonly failing: number;
  readonly noFail: boolean;
  readonly version: string;
  readonly links: SummaryLinks;
  /** For tests: the budget in bytes. */
  readonly maxBytes?: number;
}

/** Adds lines while they fit in a byte budget, counting the ones that do not. */
class Budget {
  private used = 0;
  readonly lines: string[] = [];

  constructor(private readonly limit: number) {}

  /** Adds the line if it fits, else returns false (and adds nothing more of its kind). */
  add(line: string): boolean {
    if (!this.fits(line)) return false;
    this.force(line);
    return true;
  }

  fits(line: string): boolean {
    return this.used + Buffer.byteLength(line, 'utf8') + 1 <= this.limit;
  }

  /** Adds lines that must be there whatever the budget (they are short and few). */
  force(...lines: string[]): void {
    for (const line of lines) {
      this.used += Buffer.byteLength(line, 'utf8') + 1;
      this.lines.push(line);
    }
  }
}

/** Room kept for the lines written after a truncated section. */
const CLOSING_RESERVE = 2_000;

const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: 'Error', warning: 'Warning', info: 'Info', style: 'Style' };

/**
 * The job summary: the outcome in one line, the counts per severity, a table of findings per
 * file and rule, and every finding with its position in a collapsed list. Long runs are cut to
 * fit GitHub's limit, saying so.
 */
export function renderSummary(input: SummaryInput): string {
  const budget = new Budget((input.maxBytes ?? MAX_SUMMARY_BYTES) - CLOSING_RESERVE);
  budget.force('## dflint', '', headline(input), '');

  if (input.configProblems.length > 0) {
    budget.force('The configuration is invalid:', '');
    for (const problem of input.configProblems) budget.add(`- ${code(problem)}`);
    budget.force('');
  }
  if (input.notLinted.length > 0) {
    budget.force('### Not linted', '');
    for (const error of input.notLinted) budget.add(`- ${text(error.path)}: ${text(error.message)}`);
    budget.force('');
  }

  const findings = input.results.flatMap((r) => r.findings);
  if (findings.length > 0) {
    budget.force(...severityTable(countBySeverity(input.results.flatMap((r) => r.findings))), '');
    findingsTable(input, budget);
    findingsList(findings, input.links, budget);
  }
  budget.force(footer(input));
  return `${budget.lines.join('\n')}\n`;
}

function headline(input: SummaryInput): string {
  if (input.configProblems.length > 0) return '❌ **Invalid configuration: nothing was linted.**';
  const findings = input.results.reduce((sum, r) => sum + r.findings.length, 0);
  const files = plural(input.results.length, 'Dockerfile');
  const notLinted = input.notLinted.length > 0 ? ` ${plural(input.notLinted.length, 'path')} could not be linted.` : '';
  const failed = input.notLinted.length > 0 || (input.failing > 0 && !input.noFail);
  if (findings === 0) {
    if (input.results.length === 0 && input.notLinted.length === 0) return `⚠️ **No Dockerfiles found** in ${input.paths.map(code).join(', ')}.`;
    return `${failed ? '❌' : '✅'} **No problems** in ${files}.${notLinted}`;
  }
  const withProblems = input.results.filter((r) => r.findings.length > 0).length;
  const where = `in ${withProblems} of ${files}`;
  const threshold = input.failing === 0
    ? 'none reaches the failure threshold'
    : `${input.failing} ${input.failing === 1 ? 'reaches' : 'reach'} the failure threshold${input.noFail ? ', but `no-fail` is set' : ''}`;
  return `${failed ? '❌' : '⚠️'} **${plural(findings, 'problem')}** ${where}: ${threshold}.${notLinted}`;
}

function severityTable(counts: Readonly<Record<Severity, number>>): string[] {
  return [row(['Severity', 'Findings']), row(['---', '---:']), ...SEVERITIES.map((s) => row([SEVERITY_LABEL[s], String(counts[s])]))];
}

interface Group {
  readonly file: string;
  readonly first: Finding;
  readonly lines: Set<number>;
  count: number;
}

/** One row per file, rule and severity: the most severe first in each file, then by code. */
function findingsTable(input: SummaryInput, budget: Budget): void {
  const groups: Group[] = [];
  for (const result of input.results) {
    const byKey = new Map<string, Group>();
    for (const finding of result.findings) {
      const key = `${finding.code}\0${finding.severity}`;
      const group = byKey.get(key) ?? { file: result.file, first: finding, lines: new Set<number>(), count: 0 };
      byKey.set(key, group);
      group.count += 1;
      group.lines.add(finding.line);
    }
    const rank = (g: Group) => SEVERITIES.indexOf(g.first.severity);
    groups.push(...[...byKey.values()].sort((a, b) => rank(a) - rank(b) || a.first.code.localeCompare(b.first.code)));
  }

  budget.force('### Findings by file and rule', '', row(['File', 'Rule', 'Severity', 'Count', 'Lines']), row(['---', '---', '---', '---:', '---']));
  const shown = groups.findIndex((group) => !budget.add(row([
    text(group.file),
    `${link(text(group.first.code), input.links.rule(group.first))} ${text(group.first.name)}`,
    SEVERITY_LABEL[group.first.severity],
    String(group.count),
    lineLinks(group, input.links),
  ])));
  if (shown !== -1) budget.force('', `_${plural(groups.length - shown, 'more row')} not shown: the summary is limited to 1 MiB._`);
  budget.force('');
}

function lineLinks(group: Group, links: SummaryLinks): string {
  const sorted = [...group.lines].sort((a, b) => a - b);
  const listed = sorted.slice(0, MAX_LINES_PER_ROW).map((line) => link(String(line), links.source(group.file, line)));
  const more = sorted.length - listed.length;
  return more > 0 ? `${listed.join(', ')} and ${more} more` : listed.join(', ');
}

/** Every finding with its position, collapsed: long, but what a reviewer reads to fix them. */
function findingsList(findings: readonly Finding[], links: SummaryLinks, budget: Budget): void {
  const item = (f: Finding) =>
    `- ${link(text(`${f.file}:${f.line}:${f.column}`), links.source(f.file, f.line))} **${f.severity}** ${link(text(f.code), links.rule(f))} ${text(f.name)}: ${message(f.message)}`;
  if (!budget.fits(item(findings[0]!))) {
    budget.force(`_The ${plural(findings.length, 'finding')} are too many to list here: the SARIF report and the log have them all._`, '');
    return;
  }
  budget.force(`<details><summary>All ${plural(findings.length, 'finding')}</summary>`, '');
  const shown = findings.findIndex((f) => !budget.add(item(f)));
  if (shown !== -1) budget.force('', `_${plural(findings.length - shown, 'more finding')} not shown: the summary is limited to 1 MiB. The SARIF report and the log have them all._`);
  budget.force('', '</details>', '');
}

function footer(input: SummaryInput): string {
  const thresholds = [...new Set(input.results.map((r) => r.failureThreshold ?? 'info'))];
  const threshold = thresholds.length === 1 ? ` · failure threshold ${code(thresholds[0]!)}` : thresholds.length > 1 ? ' · failure thresholds set per file' : '';
  return `<sub>dflint ${text(input.version)}${threshold}</sub>`;
}
