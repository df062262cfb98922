import type { Category, Finding, Severity } from '../engine/types.js';
import { fingerprints } from './fingerprint.js';
import { reportPath } from './report-fields.js';
import { ruleInfoLookup, type RuleInfo } from './rule-info.js';
import type { FileResult, FormatContext } from './types.js';

/**
 * Code Climate issues (github.com/codeclimate/platform, spec/analyzers/SPEC.md), the shape both
 * the `codeclimate` stream and GitLab's Code Quality report (a subset of it) are made of.
 */

export type CodeClimateCategory = 'Bug Risk' | 'Clarity' | 'Compatibility' | 'Complexity' | 'Duplication' | 'Performance' | 'Security' | 'Style';
export type CodeClimateSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export const CODE_CLIMATE_CATEGORY: Readonly<Record<Category, CodeClimateCategory>> = {
  syntax: 'Bug Risk',
  correctness: 'Bug Risk',
  security: 'Security',
  performance: 'Performance',
  maintainability: 'Clarity',
  portability: 'Compatibility',
  style: 'Style',
};

/** In the order of dflint's severities; `blocker` is kept for syntax errors, which stop the build. */
const CODE_CLIMATE_SEVERITY: Readonly<Record<Severity, CodeClimateSeverity>> = {
  error: 'critical',
  warning: 'major',
  info: 'minor',
  style: 'info',
};

export function codeClimateSeverity(finding: Finding, category: Category): CodeClimateSeverity {
  return finding.severity === 'error' && category === 'syntax' ? 'blocker' : CODE_CLIMATE_SEVERITY[finding.severity];
}

/** One finding with what every issue built from it needs. */
export interface IssueSource {
  readonly finding: Finding;
  readonly info: RuleInfo;
  /** The file's path relative to the folder dflint ran in, with `/` separators. */
  readonly path: string;
  readonly fingerprint: string;
}

/** Every finding of every file, in order, with its path, check and fingerprint. */
export function issueSources(results: readonly FileResult[], context: FormatContext): IssueSource[] {
  return results.flatMap(fileIssueSources(context));
}

/** What gives one file's findings, in order, with their path, check and fingerprint. */
export function fileIssueSources(context: FormatContext): (result: FileResult) => IssueSource[] {
  const infoOf = ruleInfoLookup(context.rules, context.version);
  return (result) => {
    const path = reportPath(result.file, context.cwd);
    // Fingerprints count repeats within a file, so a file's findings are fingerprinted together.
    const prints = fingerprints(path, result.text, result.findings);
    return result.findings.map((finding, index) => ({ finding, info: infoOf(finding), path, fingerprint: prints[index]! }));
  };
}

/** Where an issue is: `lines` (what GitLab reads) or `positions` (1-based columns, the end one exclusive). */
export type IssueLocation =
  | { readonly path: string; readonly lines: { readonly begin: number; readonly end: number } }
  | { readonly path: string; readonly positions: { readonly begin: LineColumn; readonly end: LineColumn } };

interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/** An issue with its fields in the spec's order; `content` (Markdown) only when there is some. */
export function codeClimateIssue(source: IssueSource, fields: { description: string; content?: string; location: IssueLocation }): Record<string, unknown> {
  const { finding, info, fingerprint } = source;
  return {
    type: 'issue',
    check_name: finding.code,
    description: fields.description,
    ...(fields.content === undefined ? {} : { content: { body: fields.content } }),
    categories: [CODE_CLIMATE_CATEGORY[info.category]],
    location: fields.location,
    severity: codeClimateSeverity(finding, info.category),
    fingerprint,
  };
}
