import { tallyOf } from './tally.js';
import type { FileResult, FormatContext, ReportStream } from './types.js';

/** The whole report of a streamed format at once: what `format` returns for formats that have `stream`. */
export function formatStreamed(stream: (context: FormatContext) => ReportStream, results: readonly FileResult[], context: FormatContext): string {
  const writer = stream(context);
  return results.map((result) => writer.file(result)).join('') + writer.end(tallyOf(results));
}

/**
 * A report of one item a line inside a JSON array (`[` then items joined by `,` then `]`, or
 * `[]` when there is none), written as items come.
 */
export function jsonArrayLines(linesOf: (result: FileResult) => readonly string[]): ReportStream {
  let opened = false;
  return {
    file(result) {
      return linesOf(result).map((line) => {
        const prefix = opened ? ',\n' : '[\n';
        opened = true;
        return prefix + line;
      }).join('');
    },
    end: () => (opened ? '\n]\n' : '[]\n'),
  };
}

/** A report that is each file's text one after the other, with nothing around them. */
export function eachFile(textOf: (context: FormatContext) => (result: FileResult) => string): (context: FormatContext) => ReportStream {
  return (context) => ({ file: textOf(context), end: () => '' });
}
