import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Finding } from '../../src/engine/types.js';
import type { FileResult } from '../../src/formatters/types.js';
import { lintModelWithSuppressions } from '../../src/lint.js';
import { buildModel } from '../../src/model/build.js';
import { initShellParser } from '../../src/model/shell/parser.js';
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

/** Lints one corpus file with every default rule, catching what it throws. */
export function lintOne(file: string, options: CorpusLintOptions = {}): Outcome {
  const started = performance.now();
  const text = readFileSync(join(corpusDir, file), 'utf8');
  const lines = text.replace(/^\uFEFF/, '').split('\n').map((l) => l.replace(/\r$/, ''));
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
 * Every corpus file as formatters receive it (named by its manifest path), with the findings
 * pragmas suppressed and the unused-ignore findings, so suppressions and DF0002 fixes reach the
 * reports. No ShellCheck and no build context, so the results are the same on every machine.
 */
export async function corpusResults(): Promise<FileResult[]> {
  const outcomes = await lintCorpus(readManifest(), { reportUnusedIgnores: true });
  return outcomes.map(({ file, text, findings, suppressed }) => ({ file, text, findings, suppressed }));
}

/** Fails listing how many entries there are and the first ones (vitest would elide them). */
export function expectNone(entries: readonly string[], what: string): void {
  expect(entries.length, `${entries.length} ${what}:\n${entries.slice(0, 25).join('\n')}`).toBe(0);
}
