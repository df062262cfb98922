import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

/** One comment of ShellCheck's `json1` format (columns count a tab as one). */
export interface ShellcheckComment {
  readonly file: string;
  readonly line: number;
  readonly endLine: number;
  readonly column: number;
  readonly endColumn: number;
  readonly level: 'error' | 'warning' | 'info' | 'style';
  readonly code: number;
  readonly message: string;
}

/** What to check: a script's text and ShellCheck's `--shell` dialect. */
export interface BatchInput {
  readonly content: string;
  readonly dialect: string;
}

/** hadolint's exclusions: `source` needs directives a RUN cannot hold, and ash is checked as dash. */
export const DEFAULT_EXCLUSIONS = ['SC1090', 'SC1091', 'SC2187'];

/** Enough files per process to pay for its start many times over, few enough to spread over the cores. */
const MAX_FILES_PER_PROCESS = 200;

/**
 * Checks many scripts with as few ShellCheck processes as possible: each script is written to a
 * temporary file, the files of one dialect go to one process (split across the cores when there
 * are many), and each comment comes back to its script by file name. The result has one list
 * of comments per input, in input order. Rejects when ShellCheck fails to run or answers with
 * something other than json1.
 */
export async function checkScripts(executable: string, inputs: readonly BatchInput[]): Promise<ShellcheckComment[][]> {
  const results: ShellcheckComment[][] = inputs.map(() => []);
  if (inputs.length === 0) return results;
  const folder = mkdtempSync(join(tmpdir(), 'dflint-shellcheck-'));
  try {
    const byDialect = new Map<string, number[]>();
    inputs.forEach((input, index) => {
      writeFileSync(join(folder, `${index}.sh`), input.content);
      byDialect.set(input.dialect, [...(byDialect.get(input.dialect) ?? []), index]);
    });
    const cores = Math.max(1, availableParallelism());
    const jobs = [...byDialect].flatMap(([dialect, indexes]) => chunks(indexes, Math.min(MAX_FILES_PER_PROCESS, Math.ceil(inputs.length / cores))).map((chunk) => ({ dialect, chunk })));
    await inParallel(jobs, cores, async ({ dialect, chunk }) => {
      for (const comment of await runShellcheck(executable, folder, dialect, chunk.map((index) => `${index}.sh`))) {
        results[Number.parseInt(comment.file, 10)]?.push(comment);
      }
    });
    return results;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function runShellcheck(executable: string, folder: string, dialect: string, files: readonly string[]): Promise<ShellcheckComment[]> {
  const args = ['--norc', '--format=json1', `--shell=${dialect}`, `--exclude=${DEFAULT_EXCLUSIONS.join(',')}`, '--', ...files];
  return new Promise((resolve, reject) => {
    execFile(executable, args, { cwd: folder, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      // Exit status 1 means "found something"; anything else without a report is a failure.
      try {
        resolve((JSON.parse(stdout) as { comments: ShellcheckComment[] }).comments);
      } catch {
        const why = stderr.trim() || (error ? error.message : 'no json1 report');
        reject(new Error(`ShellCheck (${executable}) failed: ${why}`));
      }
    });
  });
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += Math.max(1, size)) out.push(items.slice(i, i + Math.max(1, size)));
  return out;
}

async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
