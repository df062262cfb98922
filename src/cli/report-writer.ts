import type { ReportFormatter } from '../formatters/load.js';
import type { Tally } from '../formatters/tally.js';
import type { FileResult, FormatContext } from '../formatters/types.js';

/** A report written as files are linted: streamed formats print each file at once, the others collect what they read. */
export interface ReportWriter {
  /** The text to print for this file now (empty for formats that wait for every file). */
  file(result: FileResult): string;
  /** The rest of the report. */
  end(tally: Tally): Promise<string>;
}

export function reportWriter(formatter: ReportFormatter, context: FormatContext): ReportWriter {
  if (formatter.stream) {
    const stream = formatter.stream(context);
    return { file: (result) => stream.file(result), end: async (tally) => stream.end(tally) };
  }
  // Formats that need every file before they write keep each file's findings, and its text only when they read it.
  const kept: FileResult[] = [];
  return {
    file(result) {
      kept.push(formatter.readsText ? result : { ...result, text: '' });
      return '';
    },
    end: async () => formatter.format(kept, context),
  };
}
