import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/rule-set.js';
import { formatters } from '../../src/formatters/index.js';
import { FIXTURES, formatContext, loadResults } from './results-fixture.js';

/** The golden file of a format: `fixtures/formatters/<name>.<extension>`; run vitest with `-u` to rewrite them. */
function goldenFile(name: string): string | undefined {
  return readdirSync(FIXTURES).find((file) => file.startsWith(`${name}.`) && file !== 'results.json');
}

describe('golden outputs', () => {
  for (const formatter of formatters.values()) {
    it(`${formatter.name} matches fixtures/formatters/${goldenFile(formatter.name) ?? `${formatter.name}.*`}`, async () => {
      const golden = goldenFile(formatter.name);
      expect(golden, `every format needs a golden file in fixtures/formatters/ named ${formatter.name}.<extension>`).toBeDefined();
      const output = formatter.format(loadResults(), formatContext({ rules: allRules() }));
      await expect(output).toMatchFileSnapshot(join(FIXTURES, golden!));
    });
  }
});
