import type { Severity } from '../engine/types.js';
import { oneLine } from './text.js';
import { formatStreamed } from './streamed.js';
import type { Formatter, ReportStream } from './types.js';

/**
 * ESLint's compact words. ESLint has only Error and Warning; `Info` is the third word that
 * GitHub's documented `eslint-compact` problem matcher accepts, so info and style use it.
 */
const SEVERITY: Readonly<Record<Severity, string>> = { error: 'Error', warning: 'Warning', info: 'Info', style: 'Info' };

/**
 * ESLint's compact format, one line per finding:
 * `file: line L, col C, Severity - message (CODE name)`, then `N problems` when there are any.
 * Readers of ESLint's compact output (GitHub problem matchers, Vim's and Neovim's eslint
 * compiler) read it unchanged.
 */
export const compact: Formatter = {
  name: 'compact',
  description: "one line per finding, as ESLint's compact",
  format: (results, context) => formatStreamed(stream, results, context),
  stream,
};

function stream(): ReportStream {
  let count = 0;
  return {
    file(result) {
      count += result.findings.length;
      return result.findings
        .map((f) => `${f.file}: line ${f.line}, col ${f.column}, ${SEVERITY[f.severity]} - ${oneLine(f.message)} (${f.code} ${f.name})\n`)
        .join('');
    },
    end: () => (count === 0 ? '' : `\n${count} problem${count === 1 ? '' : 's'}\n`),
  };
}
