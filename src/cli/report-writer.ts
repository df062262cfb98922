import type { ReportFormatter } from '../formatters/load.js';
import type { FileResult, FormatContext } from '../formatters/types.js';

/** A report written as files are linted: streamed formats print each file at once, the others collect what they read. */
export interface ReportWriter {
  /** The text to print for this file now (empty for formats that wait for every file). */
  file(result: FileResult): string;
  /** The rest of the report; `results` are every file's, without their text. */
  end(results: readonly FileResult[]): Promise<string>;
}

/** A result without what only its own file's output needs: what the run keeps of each file. */
export function withoutText(result: FileResult): FileResult {
  const { source: _source, suppressed: _suppressed, ...rest } = result;
  return { ...rest, text: '' };
}

export function reportWriter(formatter: ReportFormatter, context: FormatContext): ReportWriter {
  if (formatter.stream) {
    const stream = formatter.stream(context);
    return { file: (result) => stream.file(result), end: async (results) => stream.end(results) };
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
