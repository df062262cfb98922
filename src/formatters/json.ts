import type { Finding } from '../engine/types.js';
import { formatStreamed, jsonArrayLines } from './streamed.js';
import type { Formatter } from './types.js';

/**
 * The stable JSON schema (docs/json-format.md, schema/findings.schema.json): the fields are
 * copied one by one so that nothing else ever leaks into the output.
 */
function toJson(finding: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {
    file: finding.file,
    code: finding.code,
    name: finding.name,
    severity: finding.severity,
    message: finding.message,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
  };
  if (finding.fix) {
    out.fix = {
      description: finding.fix.description,
      safety: finding.fix.safety,
      edits: finding.fix.edits.map((e) => ({ line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn, text: e.text })),
    };
  }
  if (finding.related) {
    out.related = finding.related.map((r) => ({ line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn, message: r.message }));
  }
  return out;
}

const stream = () => jsonArrayLines((result) => result.findings.map((f) => JSON.stringify(toJson(f))));

/** One array of all findings; one finding per line, so the output is both valid JSON and greppable. */
export const json: Formatter = {
  name: 'json',
  description: 'for tools, an array of findings',
  format: (results, context) => formatStreamed(stream, results, context),
  stream,
};
