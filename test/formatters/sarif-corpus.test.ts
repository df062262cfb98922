import { beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../../src/rule-set.js';
import type { FileResult } from '../../src/formatters/index.js';
import { sarif } from '../../src/formatters/sarif/index.js';
import type { Log } from '../../src/formatters/sarif/sarif-types.js';
import { formatContext } from './results-fixture.js';
import { corpusDir, corpusResults, hasCorpus } from '../support/corpus.js';
import { sarifSchemaErrors } from './sarif-schema.js';

const context = formatContext({ cwd: corpusDir, version: '0.1.0', rules: allRules(), category: 'dflint' });

if (!hasCorpus()) {
  const reason = `skipped: no corpus at ${corpusDir} (MANIFEST.tsv not found)`;
  console.warn(`SARIF corpus tests ${reason}`);
  describe('SARIF of the corpus', () => {
    it.skip(reason, () => {});
  });
} else {
  describe('SARIF of every file of ../shared/corpus', () => {
    let results: FileResult[] = [];

    beforeAll(async () => {
      results = await corpusResults();
    }, 180_000);

    it('validates against the SARIF 2.1.0 schema, file by file', () => {
      const invalid: string[] = [];
      for (const result of results) {
        const errors = sarifSchemaErrors(sarif.format([result], context));
        if (errors) invalid.push(`${result.file}:\n${errors}`);
      }
      expect(invalid.length, `${invalid.length} invalid logs:\n${invalid.slice(0, 10).join('\n')}`).toBe(0);
    }, 120_000);

    it('validates as one log of the whole corpus, with a result for every finding and suppressed finding', () => {
      const log = JSON.parse(sarif.format(results, context)) as Log;
      expect(sarifSchemaErrors(log)).toBeUndefined();
      const expected = results.reduce((n, r) => n + r.findings.length + (r.suppressed?.length ?? 0), 0);
      const run = log.runs[0]!;
      expect(run.results).toHaveLength(expected);
      expect(run.results.filter((r) => r.suppressions).length).toBeGreaterThan(0);
      expect(run.results.filter((r) => r.fixes).length).toBeGreaterThan(0);
      expect(run.results.every((r) => run.tool.driver.rules[r.ruleIndex]!.id === r.ruleId)).toBe(true);
      expect(run.results.every((r) => r.partialFingerprints?.primaryLocationLineHash)).toBe(true);
    }, 120_000);
  });
}
