import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileResult, FormatContext } from '../../src/formatters/index.js';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'formatters');

/** The results every formatter's golden output is made from (fixtures/formatters/results.json). */
export function loadResults(): FileResult[] {
  return JSON.parse(readFileSync(join(FIXTURES, 'results.json'), 'utf8')) as FileResult[];
}

export function formatContext(overrides: Partial<FormatContext> = {}): FormatContext {
  return { color: false, cwd: '/project', version: '0.0.0-test', rules: [], ...overrides };
}
