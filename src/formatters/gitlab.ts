import { codeClimateIssue, fileIssueSources, type IssueSource } from './code-climate-issue.js';
import { formatStreamed, jsonArrayLines } from './streamed.js';
import { oneLine } from './text.js';
import type { FormatContext, Formatter, ReportStream } from './types.js';

/**
 * GitLab's Code Quality report (docs.gitlab.com, ci/testing/code_quality): a JSON array of Code
 * Climate issues, of which GitLab reads `description`, `check_name`, `fingerprint`, `severity`,
 * `location.path` (relative to the repository root, where CI jobs start) and
 * `location.lines.begin`. One issue a line, like the `json` format.
 */
export const gitlab: Formatter = {
  name: 'gitlab',
  description: 'for GitLab Code Quality (artifacts:reports:codequality)',
  format: (results, context) => formatStreamed(stream, results, context),
  stream,
};

function stream(context: FormatContext): ReportStream {
  const sourcesOf = fileIssueSources(context);
  return jsonArrayLines((result) => sourcesOf(result).map((source) => JSON.stringify(toIssue(source))));
}

function toIssue(source: IssueSource): Record<string, unknown> {
  const { finding, path } = source;
  return codeClimateIssue(source, {
    // GitLab's widget lists findings by description and location: the code says which rule to look up.
    description: `${finding.code}: ${oneLine(finding.message)}`,
    location: { path, lines: { begin: finding.line, end: finding.endLine } },
  });
}
