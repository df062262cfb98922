import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileResult } from '../../src/formatters/index.js';
import { lintModelWithSuppressions } from '../../src/lint.js';
import { buildModel } from '../../src/model/build.js';
import { initShellParser } from '../../src/model/shell/parser.js';

/** The shared corpus (as test/corpus.test.ts finds it); SARIF paths are relative to it. */
export const CORPUS_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const MANIFEST = join(CORPUS_DIR, 'MANIFEST.tsv');

export const corpusAvailable = (): boolean => existsSync(MANIFEST);

/**
 * Every corpus file linted as `lintFiles` would with `includeSuppressed` and
 * `reportUnusedIgnores` (so that suppressions and DF0002 fixes reach the SARIF), without
 * ShellCheck, whose presence varies between machines.
 */
export async function lintCorpus(): Promise<FileResult[]> {
  await initShellParser();
  const files = readFileSync(MANIFEST, 'utf8').trimEnd().split('\n').slice(1).map((row) => row.split('\t')[0]!);
  const results: FileResult[] = [];
  for (const [i, file] of files.entries()) {
    const text = readFileSync(join(CORPUS_DIR, file), 'utf8');
    const { findings, suppressed } = lintModelWithSuppressions(buildModel(text), { filename: file, reportUnusedIgnores: true });
    results.push({ file, text, findings, suppressed });
    // Let the hook's timeout fire if the run as a whole is far too slow.
    if (i % 200 === 199) await new Promise((resolve) => setImmediate(resolve));
  }
  return results;
}
