import { join, resolve } from 'node:path';
import { loadBuildContext, type BuildContext } from './engine/build-context.js';
import { selectRules, type RuleSetting } from './engine/registry.js';
import type { Finding } from './engine/types.js';
import { discover, STDIN, type PathError, type Source } from './files/discover.js';
import { readStdin, readTextFile } from './files/read.js';
import { isDirectory } from './files/stat.js';
import { lintModel } from './lint.js';
import { buildModel } from './model/build.js';
import { initShellParser } from './model/shell/parser.js';

export type { PathError } from './files/discover.js';

export interface LintFilesOptions {
  /** Per-rule settings by code, name or alias: a severity or `off`. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** The build context folder for every file; by default each Dockerfile's own folder. */
  readonly context?: string;
  /** Where relative paths start and what shown paths are relative to; default `process.cwd()`. */
  readonly cwd?: string;
  /** For `-`: the name shown in findings and used to locate the build context. */
  readonly stdinFilename?: string;
  /** For `-`: the text to lint; read from `process.stdin` when absent. */
  readonly stdin?: string;
}

/** One linted file with its text, which formatters need to show source lines. */
export interface FileResult {
  readonly file: string;
  readonly text: string;
  readonly findings: readonly Finding[];
}

export interface LintFilesResult {
  /** Every finding of every file, file by file in order, each sorted by position. */
  readonly findings: readonly Finding[];
  /** Paths that named nothing or could not be read or linted; the other files were still linted. */
  readonly errors: readonly PathError[];
  /** The files linted, as shown in findings. */
  readonly files: readonly string[];
  readonly results: readonly FileResult[];
}

/**
 * Lints files, folders (searched for Dockerfiles), globs and `-` (standard input) in one
 * process. Each file's build context (its folder, or `options.context`) is loaded so the
 * `.dockerignore` rules run.
 */
export async function lintFiles(paths: readonly string[], options: LintFilesOptions = {}): Promise<LintFilesResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const contextDir = options.context === undefined ? undefined : resolve(cwd, options.context);
  if (contextDir !== undefined && !isDirectory(contextDir)) {
    throw new Error(`The build context \`${options.context}\` is not a directory`);
  }
  selectRules(options.rules); // reject unknown rule ids before any work
  const { sources, errors: pathErrors } = discover(paths, cwd);
  const errors: PathError[] = [...pathErrors];
  const results: FileResult[] = [];
  if (sources.length > 0) await initShellParser();

  for (const source of sources) {
    const input = await readSource(source, options, cwd, contextDir);
    if ('error' in input) {
      errors.push({ path: input.file, message: input.error });
      continue;
    }
    try {
      const findings = lintModel(buildModel(input.text), { filename: input.file, rules: options.rules, buildContext: input.buildContext });
      results.push({ file: input.file, text: input.text, findings });
    } catch (error) {
      errors.push({ path: input.file, message: `Internal error while linting: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  return {
    findings: results.flatMap((r) => r.findings),
    errors,
    files: results.map((r) => r.file),
    results,
  };
}

type ReadSource = { file: string; text: string; buildContext: BuildContext | undefined } | { file: string; error: string };

async function readSource(source: Source, options: LintFilesOptions, cwd: string, contextDir: string | undefined): Promise<ReadSource> {
  if (source.kind === 'stdin') {
    const file = options.stdinFilename ?? STDIN;
    const text = options.stdin ?? (await readStdin());
    const located = options.stdinFilename === undefined ? (contextDir && join(contextDir, 'Dockerfile')) : resolve(cwd, options.stdinFilename);
    return { file, text, buildContext: located ? loadBuildContext(located, contextDir) : undefined };
  }
  const read = readTextFile(source.absolute);
  if ('error' in read) return { file: source.path, error: read.error };
  return { file: source.path, text: read.text, buildContext: loadBuildContext(source.absolute, contextDir) };
}
