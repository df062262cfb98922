import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Finding } from '../../src/engine/types.js';
import { lintModel } from '../../src/lint.js';
import { buildModel } from '../../src/model/build.js';
import { initShellParser } from '../../src/model/shell/parser.js';

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
  readonly error?: string;
  readonly ms: number;
  /** The file's lines, without terminators or byte order mark. */
  readonly lines: readonly string[];
}

/** Lints one corpus file with every default rule, catching what it throws. */
export function lintOne(file: string): Outcome {
  const started = performance.now();
  const text = readFileSync(join(corpusDir, file), 'utf8');
  const lines = text.replace(/^\uFEFF/, '').split('\n').map((l) => l.replace(/\r$/, ''));
  try {
    const findings = lintModel(buildModel(text), { filename: file });
    return { file, text, findings, ms: performance.now() - started, lines };
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { file, text, findings: [], error: message, ms: performance.now() - started, lines };
  }
}

/** Lints every file of the list in order, yielding now and then so that a hook's timeout can fire. */
export async function lintCorpus(files: readonly string[]): Promise<Outcome[]> {
  await initShellParser();
  const outcomes: Outcome[] = [];
  for (const [i, file] of files.entries()) {
    outcomes.push(lintOne(file));
    if (i % 200 === 199) await new Promise((resolve) => setImmediate(resolve));
  }
  return outcomes;
}

/** Fails listing how many entries there are and the first ones (vitest would elide them). */
export function expectNone(entries: readonly string[], what: string): void {
  expect(entries.length, `${entries.length} ${what}:\n${entries.slice(0, 25).join('\n')}`).toBe(0);
}
