import { reportPath } from './report-fields.js';
import { eachFile, formatStreamed } from './streamed.js';
import type { Formatter } from './types.js';

const stream = eachFile((context) => (result) => result.findings
  .map((f) => `${JSON.stringify({ filename: reportPath(f.file, context.cwd), patternId: f.code, message: f.message, line: f.line })}\n`)
  .join(''));

/**
 * Codacy's tool output (the codacy-engine protocol): one JSON object a line,
 * `{"filename","patternId","message","line"}` in that order. hadolint's `codacy` format writes
 * the same objects back to back with no separator; a newline after each keeps every object
 * whole for readers of either stream, and makes it one result a line for line-based tools.
 * The message is kept as it is: JSON escapes its line breaks, so an object never spans lines.
 */
export const codacy: Formatter = {
  name: 'codacy',
  description: 'for Codacy, one JSON result a line',
  format: (results, context) => formatStreamed(stream, results, context),
  stream,
};
