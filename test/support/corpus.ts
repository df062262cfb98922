import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileResult } from '../../src/formatters/types.js';
import { lintModelWithSuppressions } from '../../src/lint.js';
import { buildModel } from '../../src/model/build.js';
import { initShellParser } from '../../src/model/shell/parser.js';

/** The shared corpus of real Dockerfiles, beside the repository: ../shared/corpus. */
export const corpusDir = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
export const manifestPath = join(corpusDir, 'MANIFEST.tsv');

export const hasCorpus = (): boolean => existsSync(manifestPath);

/** The corpus files, as paths relative to corpusDir, in manifest order. */
export function readManifest(): string[] {
  return readFileSync(manifestPath, 'utf8').trimEnd().split('\n').slice(1).map((row) => row.split('\t')[0]!);
}

/**
 * Every corpus file linted with every rule, as formatters receive results (the file named by its
 * manifest path, with the findings pragmas suppressed). No ShellCheck and no build context, so
 * the results are the same on every machine.
 */
export async function lintCorpus(): Promise<FileResult[]> {
  await initShellParser();
  return readManifest().map((file) => {
    const text = readFileSync(join(corpusDir, file), 'utf8');
    const { findings, suppressed } = lintModelWithSuppressions(buildModel(text), { filename: file });
    return { file, text, findings, suppressed };
  });
}
