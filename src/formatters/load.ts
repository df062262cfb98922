import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadBuiltInFormatter } from './by-name.js';
import { isFormatName } from './names.js';
import type { FileResult, FormatContext, FormatFunction, Formatter } from './types.js';
import { errorMessage } from '../error-message.js';
import { importModule } from '../module-import.js';

/** What writes the report: a built-in formatter, or one loaded from a module (which may be async). */
export interface ReportFormatter extends Pick<Formatter, 'stream' | 'readsText'> {
  readonly name: string;
  format(results: readonly FileResult[], context: FormatContext): string | Promise<string>;
}

/** A custom formatter that cannot be loaded or that fails: the CLI prints the message and exits with 2. */
export class FormatterError extends Error {
  override readonly name = 'FormatterError';
}

/**
 * Whether a `--format` value names a module rather than a built-in format: it has a path
 * separator or a JavaScript extension, as `./report.js`, `tools\report.cjs` or `report.mjs`.
 */
export function isFormatterPath(value: string): boolean {
  return /[/\\]/.test(value) || /\.[cm]?js$/i.test(value);
}


/** The function a module exports as its formatter: the default export, else a `format` export; each a function or an object with `format`. */
function formatFunctionOf(module: Readonly<Record<string, unknown>>): FormatFunction | undefined {
  for (const candidate of [module.default, module.format]) {
    if (typeof candidate === 'function') return candidate as FormatFunction;
    if (typeof candidate === 'object' && candidate !== null && 'format' in candidate && typeof candidate.format === 'function') {
      return (candidate.format as FormatFunction).bind(candidate);
    }
  }
  return undefined;
}

/**
 * Loads a formatter module by path, relative to `cwd`. The module runs when it is imported, so
 * only the command line may name one (not a config file: see docs/formatters.md).
 */
export async function loadFormatter(path: string, cwd: string): Promise<ReportFormatter> {
  const file = resolve(cwd, path);
  if (!existsSync(file)) throw new FormatterError(`cannot find the formatter module ${path} (looked for ${file})`);
  let module: Record<string, unknown>;
  try {
    module = (await importModule(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    throw new FormatterError(`the formatter module ${path} failed to load: ${errorMessage(error)}`);
  }
  const format = formatFunctionOf(module);
  if (!format) {
    throw new FormatterError(
      `the formatter module ${path} exports no formatter: export a function (results, context) => string, or an object with such a \`format\` method, as the default export or as \`format\``,
    );
  }
  return {
    name: path,
    // A module of the user's may read anything of a result.
    readsText: true,
    async format(results, context) {
      let report: unknown;
      try {
        report = await format(results, context);
      } catch (error) {
        throw new FormatterError(`the formatter ${path} failed: ${errorMessage(error)}`);
      }
      if (typeof report !== 'string') throw new FormatterError(`the formatter ${path} returned ${report === null ? 'null' : typeof report}, not a string`);
      return report;
    },
  };
}

/** The built-in formatter of that name, or the module at that path (see isFormatterPath). */
export async function formatterFor(name: string, cwd: string): Promise<ReportFormatter> {
  if (isFormatterPath(name)) return loadFormatter(name, cwd);
  if (!isFormatName(name)) throw new FormatterError(`unknown format ${name}`);
  return loadBuiltInFormatter(name);
}
