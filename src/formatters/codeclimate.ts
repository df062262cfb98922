import { codeClimateIssue, fileIssueSources, type IssueSource } from './code-climate-issue.js';
import { eachFile, formatStreamed } from './streamed.js';
import { oneLine } from './text.js';
import type { Formatter } from './types.js';

const stream = eachFile((context) => {
  const sourcesOf = fileIssueSources(context);
  return (result) => sourcesOf(result).map((source) => `${JSON.stringify(toIssue(source))}\0\n`).join('');
});

/**
 * Code Climate's engine output (spec/analyzers/SPEC.md): each issue is one JSON document
 * followed by a NUL character, here also by a newline (the spec allows it) so that the stream
 * reads one issue a line. This is what the Code Climate CLI reads from an engine and what
 * hadolint's `codeclimate` format writes; a JSON array of the same issues is the `gitlab` format.
 */
export const codeclimate: Formatter = {
  name: 'codeclimate',
  description: 'for Code Climate engines, issues each ended by NUL',
  format: (results, context) => formatStreamed(stream, results, context),
  stream,
};

function toIssue(source: IssueSource): Record<string, unknown> {
  const { finding, path } = source;
  return codeClimateIssue(source, {
    description: oneLine(finding.message),
    content: content(source),
    location: {
      path,
      positions: {
        begin: { line: finding.line, column: finding.column },
        end: { line: finding.endLine, column: finding.endColumn },
      },
    },
  });
}

/** Markdown about the check: the rule's summary and rationale with a link to its page, or ShellCheck's wiki page. */
function content({ finding, info }: IssueSource): string | undefined {
  const link = info.url === undefined ? undefined : `[${info.rule ? `${finding.code} ${info.rule.name}` : info.title}](${info.url})`;
  if (!info.rule) return link;
  return [`**${info.title}.**`, info.rule.docs.why.trim(), link].filter((part) => part !== undefined).join('\n\n');
}
