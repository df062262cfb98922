import type { RuleMeta } from '../engine/types.js';
import type { FileResult } from '../lint-files.js';
import type { Tally } from './tally.js';

export type { FileResult } from '../lint-files.js';

/** What a formatter may know besides the results. */
export interface FormatContext {
  /** Whether ANSI colours may be used. */
  readonly color: boolean;
  /** The folder paths in the results are relative to. */
  readonly cwd: string;
  /** dflint's version, for formats that name their tool. */
  readonly version: string;
  /** Metadata of every known rule, for formats that describe rules (SARIF). */
  readonly rules: readonly RuleMeta[];
  /**
   * The code-scanning category of the report (`--sarif-category`), for formats that have one:
   * SARIF's `automationDetails.id`.
   */
  readonly category?: string;
  /** `--unsafe-fixes` was given: unsafe fixes count as fixable (and with `--fix` were applied). */
  readonly unsafeFixes?: boolean;
}

export interface Formatter {
  readonly name: string;
  /** One line, shown in `--help`. */
  readonly description: string;
  /** The whole report for all files; files are in lint order, each with its findings sorted. */
  format(results: readonly FileResult[], context: FormatContext): string;
  /**
   * For formats that print each file on its own: the same report, written file by file as
   * files are linted, so nothing of a file is kept once it is printed.
   */
  readonly stream?: (context: FormatContext) => ReportStream;
  /**
   * Whether `format` reads each result's `text` (source lines, line hashes). When false or
   * absent, the CLI keeps only the findings of each file until the report is written.
   */
  readonly readsText?: boolean;
}

/** A report written file by file, in lint order. */
export interface ReportStream {
  /** What to print for this file, right after it is linted. */
  file(result: FileResult): string;
  /** What to print after the last file, from the counts of every file. */
  end(tally: Tally): string;
}

/**
 * What a custom formatter module exports (`--format ./my-formatter.js`, docs/formatters.md): this
 * function, or an object with it as `format`, as the default export or as `format`.
 */
export type FormatFunction = (results: readonly FileResult[], context: FormatContext) => string | Promise<string>;
