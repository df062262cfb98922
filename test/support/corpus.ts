import { closeSync, existsSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject } from 'vitest';
import type { Finding } from '../../src/engine/types.js';
import type { FileResult } from '../../src/formatters/types.js';
import { lintModelWithSuppressions } from '../../src/lint.js';
import { buildModel } from '../../src/model/build.js';
import { initShellParser } from '../../src/model/shell/parser.js';
import { UNUSED_IGNORE } from '../../src/suppress/resolve-code.js';
import type { SuppressedFinding } from '../../src/suppress/types.js';

/** The shared corpus of real Dockerfiles (../shared/corpus), listed in its MANIFEST.tsv. */
export const corpusDir = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
export const manifestPath = join(corpusDir, 'MANIFEST.tsv');

export function hasCorpus(): boolean {
  return existsSync(manifestPath);
}

/** The corpus files, relative to the corpus folder (`files/<repo>/<path>`). */
export function readManifest(): string[] {
  return readFileSync(manifestPath, 'utf8').trimEnd().split('\n').slice(1).map((row) => row.split('\t')[0]!);
}

export interface Outcome {
  readonly file: string;
  readonly text: string;
  readonly findings: readonly Finding[];
  readonly suppressed: readonly SuppressedFinding[];
  readonly error?: string;
  readonly ms: number;
  /** The file's lines, without terminators or byte order mark. */
  readonly lines: readonly string[];
}

export interface CorpusLintOptions {
  /** Also report pragmas that suppress nothing (DF0002), as `--report-unused-ignores` does. */
  readonly reportUnusedIgnores?: boolean;
}

/** A file's lines, without terminators or byte order mark. */
function linesOf(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split('\n').map((l) => l.replace(/\r$/, ''));
}

/** Lints one corpus file with every default rule, catching what it throws. */
export function lintOne(file: string, options: CorpusLintOptions = {}): Outcome {
  const started = performance.now();
  const text = readFileSync(join(corpusDir, file), 'utf8');
  const lines = linesOf(text);
  try {
    const { findings, suppressed } = lintModelWithSuppressions(buildModel(text), { filename: file, reportUnusedIgnores: options.reportUnusedIgnores });
    return { file, text, findings, suppressed, ms: performance.now() - started, lines };
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { file, text, findings: [], suppressed: [], error: message, ms: performance.now() - started, lines };
  }
}

/** Lints every file of the list in order, yielding now and then so that a hook's timeout can fire. */
export async function lintCorpus(files: readonly string[], options: CorpusLintOptions = {}): Promise<Outcome[]> {
  await initShellParser();
  const outcomes: Outcome[] = [];
  for (const [i, file] of files.entries()) {
    outcomes.push(lintOne(file, options));
    if (i % 200 === 199) await new Promise((resolve) => setImmediate(resolve));
  }
  return outcomes;
}

/**
 * Every corpus file linted as `dflint --report-unused-ignores` would, once per test run: the first
 * test file that asks lints the corpus and leaves the outcomes in the run's folder (made by
 * corpus-run-setup.ts), the others read them, or wait while another test process is linting.
 * Outside such a run (no folder provided) it lints.
 */
export async function sharedCorpus(): Promise<Outcome[]> {
  const dir = inject('corpusRunDir');
  if (dir === undefined) return lintCorpus(readManifest(), { reportUnusedIgnores: true });
  const done = join(dir, 'outcomes.json');
  const lock = join(dir, 'linting');
  if (!existsSync(done) && claim(lock)) {
    const outcomes = await lintCorpus(readManifest(), { reportUnusedIgnores: true });
    const stored: StoredOutcome[] = outcomes.map(({ file, findings, suppressed, error, ms }) => ({ file, findings, suppressed, error, ms }));
    writeFileSync(`${done}.tmp`, JSON.stringify(stored));
    renameSync(`${done}.tmp`, done);
    return outcomes;
  }
  const waitUntil = Date.now() + WAIT_MS;
  while (!existsSync(done)) {
    // The process that claimed the lint died or stalled: lint here rather than fail every corpus test.
    if (Date.now() > waitUntil) return lintCorpus(readManifest(), { reportUnusedIgnores: true });
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return (JSON.parse(readFileSync(done, 'utf8')) as StoredOutcome[]).map((stored) => {
    const text = readFileSync(join(corpusDir, stored.file), 'utf8');
    return { ...stored, text, lines: linesOf(text) };
  });
}

/** How long a test process waits for another one's lint of the corpus (it takes 20–60 s). */
const WAIT_MS = 240_000;

/** An outcome as stored in the run's folder: the text and lines are read again from the file. */
type StoredOutcome = Omit<Outcome, 'text' | 'lines'>;

/** Whether this process created the lock file, and so lints the corpus for the run. */
function claim(lock: string): boolean {
  try {
    closeSync(openSync(lock, 'wx'));
    return true;
  } catch {
    return false;
  }
}

/** The shared corpus lint without DF0002 `unused-ignore` findings, as plain `dflint` reports. */
export async function sharedCorpusWithoutUnusedIgnores(): Promise<Outcome[]> {
  return (await sharedCorpus()).map((outcome) => ({ ...outcome, findings: outcome.findings.filter((f) => f.code !== UNUSED_IGNORE.code) }));
}

/**
 * Every corpus file as formatters receive it (named by its manifest path), with the findings
 * pragmas suppressed and the unused-ignore findings, so suppressions and DF0002 fixes reach the
 * reports. No ShellCheck and no build context, so the results are the same on every machine.
 */
export async function corpusResults(): Promise<FileResult[]> {
  return (await sharedCorpus()).map(({ file, text, findings, suppressed }) => ({ file, text, findings, suppressed }));
}

/** Fails listing how many entries there are and the first ones (vitest would elide them). */
export function expectNone(entries: readonly string[], what: string): void {
  expect(entries.length, `${entries.length} ${what}:\n${entries.slice(0, 25).join('\n')}`).toBe(0);
}
