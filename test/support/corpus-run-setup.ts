import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder that lives as long as this test run, where the corpus is linted once (test/support/corpus.ts). */
    corpusRunDir: string;
  }
}

/** Vitest global setup: a folder per run, so the test files that need the linted corpus share one lint of it. */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'dflint-corpus-run-'));
  project.provide('corpusRunDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
