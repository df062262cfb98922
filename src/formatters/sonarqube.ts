import { SEVERITIES, type Category, type Finding, type Severity } from '../engine/types.js';
import { reportPath } from './report-fields.js';
import { ruleInfoLookup, type RuleInfo } from './rule-info.js';
import { splitLines } from './source-frame.js';
import { oneLine } from './text.js';
import type { Formatter } from './types.js';

/**
 * SonarQube's generic issue import format as SonarQube 10.3 and later (and SonarQube Cloud) read
 * it: `rules` describe each check once, with a clean code attribute and its impacts on software
 * qualities; `issues` point at them by `ruleId` and carry no severity or type of their own (the
 * scanner rejects a report whose issues do). Text ranges are 1-based lines and 0-based columns
 * that the scanner checks against the file: a column past the end of its line, or a range that
 * ends where it starts, fails the whole analysis, so ranges are checked against the file's text.
 */

type SoftwareQuality = 'SECURITY' | 'RELIABILITY' | 'MAINTAINABILITY';
/** Only the impact severities every version since 10.3 knows (INFO and BLOCKER came in 10.8). */
type ImpactSeverity = 'HIGH' | 'MEDIUM' | 'LOW';
type CleanCodeAttribute = 'CONVENTIONAL' | 'CLEAR' | 'LOGICAL' | 'EFFICIENT' | 'TRUSTWORTHY';

const SOFTWARE_QUALITY: Readonly<Record<Category, SoftwareQuality>> = {
  syntax: 'RELIABILITY',
  correctness: 'RELIABILITY',
  security: 'SECURITY',
  performance: 'MAINTAINABILITY',
  maintainability: 'MAINTAINABILITY',
  portability: 'MAINTAINABILITY',
  style: 'MAINTAINABILITY',
};

const CLEAN_CODE_ATTRIBUTE: Readonly<Record<Category, CleanCodeAttribute>> = {
  syntax: 'LOGICAL',
  correctness: 'LOGICAL',
  security: 'TRUSTWORTHY',
  performance: 'EFFICIENT',
  maintainability: 'CLEAR',
  portability: 'CONVENTIONAL',
  style: 'CONVENTIONAL',
};

const IMPACT_SEVERITY: Readonly<Record<Severity, ImpactSeverity>> = {
  error: 'HIGH',
  warning: 'MEDIUM',
  info: 'LOW',
  style: 'LOW',
};

const ENGINE_ID = 'dflint';

/** The range of a finding or of one of its related locations (1-based, the end column exclusive). */
type Span = Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>;

export interface TextRange {
  readonly startLine: number;
  readonly endLine?: number;
  readonly startColumn?: number;
  readonly endColumn?: number;
}

export const sonarqube: Formatter = {
  name: 'sonarqube',
  description: 'for SonarQube generic issue import (sonar.externalIssuesReportPaths)',
  readsText: true,
  format(results, context) {
    const infoOf = ruleInfoLookup(context.rules, context.version);
    // A rule's impacts are its findings' worst severity: severities are configured per folder, impacts per rule.
    const rules = new Map<string, { info: RuleInfo; finding: Finding; severity: Severity }>();
    const issues = results.flatMap((result) => {
      const filePath = reportPath(result.file, context.cwd);
      const lines = sonarLines(result.text);
      return result.findings.map((finding) => {
        const seen = rules.get(finding.code);
        if (!seen || SEVERITIES.indexOf(finding.severity) < SEVERITIES.indexOf(seen.severity)) {
          rules.set(finding.code, { info: infoOf(finding), finding, severity: finding.severity });
        }
        const secondaryLocations = (finding.related ?? []).map((related) => ({ message: oneLine(related.message), filePath, textRange: textRange(related, lines) }));
        return {
          ruleId: finding.code,
          primaryLocation: { message: oneLine(finding.message), filePath, textRange: textRange(finding, lines) },
          ...(secondaryLocations.length > 0 && { secondaryLocations }),
        };
      });
    });
    const described = [...rules.values()]
      .sort((a, b) => (a.finding.code < b.finding.code ? -1 : a.finding.code > b.finding.code ? 1 : 0))
      .map(({ info, finding, severity }) => ({
        id: finding.code,
        // Plain text in SonarQube, where backticks would show.
        name: info.title.replaceAll('`', ''),
        description: ruleDescription(info, finding),
        engineId: ENGINE_ID,
        cleanCodeAttribute: CLEAN_CODE_ATTRIBUTE[info.category],
        impacts: [{ softwareQuality: SOFTWARE_QUALITY[info.category], severity: IMPACT_SEVERITY[severity] }],
      }));
    return `${JSON.stringify({ rules: described, issues }, null, 2)}\n`;
  },
};

/**
 * The file's lines as SonarQube counts them, or undefined when they may differ from dflint's:
 * SonarQube also ends a line at a lone carriage return, which Docker does not.
 */
function sonarLines(text: string): string[] | undefined {
  return /\r(?!\n)/.test(text) ? undefined : splitLines(text);
}

/**
 * A finding's range (or a related location's) in SonarQube's terms when the scanner will accept it: inside the file,
 * and not empty (an empty range covers the character after it, or before it at the end of a
 * line). Otherwise only the line, which SonarQube highlights whole.
 */
export function textRange(finding: Span, lines: readonly string[] | undefined): TextRange {
  const lineOnly = { startLine: Math.max(1, Math.min(finding.line, lines?.length ?? finding.line)) };
  if (!lines || finding.line < 1 || finding.endLine < finding.line || finding.endLine > lines.length) return lineOnly;
  const startLength = lines[finding.line - 1]!.length;
  const endLength = lines[finding.endLine - 1]!.length;
  let start = finding.column - 1;
  let end = finding.endColumn - 1;
  if (start < 0 || start > startLength || end < 0 || end > endLength) return lineOnly;
  if (finding.line === finding.endLine && end <= start) {
    if (startLength === 0) return lineOnly;
    start = Math.min(start, startLength - 1);
    end = start + 1;
  }
  return { startLine: finding.line, endLine: finding.endLine, startColumn: start, endColumn: end };
}

/**
 * HTML, as SonarQube shows an external rule's description: the rule's summary and rationale and
 * a link to its page; nothing for codes with neither (the description is optional).
 */
function ruleDescription(info: RuleInfo, finding: Finding): string | undefined {
  const paragraphs = info.rule ? [`${info.title}.`, info.rule.docs.why.trim()].map((text) => html(text).replace(/`([^`]+)`/g, '<code>$1</code>')) : [];
  if (info.url !== undefined) paragraphs.push(`<a href="${html(info.url)}">${html(info.rule ? `${finding.code} ${info.rule.name}` : info.title)}</a>`);
  return paragraphs.length === 0 ? undefined : paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('');
}

function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
