import { beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../../src/rule-set.js';
import { codeclimate } from '../../src/formatters/codeclimate.js';
import { gitlab } from '../../src/formatters/gitlab.js';
import type { FileResult } from '../../src/formatters/index.js';
import { sonarqube } from '../../src/formatters/sonarqube.js';
import { corpusDir, corpusResults, expectNone, hasCorpus } from '../support/corpus.js';
import { parseCodeClimateStream, sonarRangeProblem, validateReport } from './report-schemas.js';
import { formatContext } from './results-fixture.js';

interface Fingerprinted {
  readonly fingerprint: string;
  readonly location: { readonly path: string };
}

interface SonarReport {
  readonly rules: ReadonlyArray<{ readonly id: string }>;
  readonly issues: ReadonlyArray<{ readonly ruleId: string; readonly primaryLocation: { readonly filePath: string; readonly textRange: { startLine: number; endLine?: number; startColumn?: number; endColumn?: number } } }>;
}

/** The first entries that appear more than once. */
function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => seen.has(value) || !seen.add(value));
}

if (!hasCorpus()) {
  describe('machine reports of the corpus', () => {
    it.skip(`skipped: no corpus at ${corpusDir}`, () => {});
  });
} else {
  describe('machine reports of the whole shared corpus', () => {
    const results: FileResult[] = [];
    const context = formatContext({ cwd: corpusDir, rules: allRules() });
    let findings = 0;

    beforeAll(async () => {
      // Linted once per test run, shared with the other corpus tests.
      for (const { file, text, findings } of await corpusResults()) results.push({ file, text, findings });
      findings = results.reduce((sum, r) => sum + r.findings.length, 0);
    }, 180_000);

    it('gitlab: one valid issue per finding, with unique fingerprints', () => {
      const issues = JSON.parse(gitlab.format(results, context)) as Fingerprinted[];
      expect(findings).toBeGreaterThan(10_000);
      expect(issues).toHaveLength(findings);
      expect(validateReport('gitlab', issues)).toBeUndefined();
      expectNone(duplicates(issues.map((i) => i.fingerprint)), 'duplicate fingerprints');
    });

    it('codeclimate: one valid issue per finding, each ended by NUL, with the fingerprints of the gitlab report', () => {
      const issues = parseCodeClimateStream(codeclimate.format(results, context)) as Fingerprinted[];
      expect(issues).toHaveLength(findings);
      expectNone(issues.flatMap((issue) => validateReport('codeclimate', issue) ?? []), 'invalid issues');
      const fromGitlab = (JSON.parse(gitlab.format(results, context)) as Fingerprinted[]).map((i) => i.fingerprint);
      expect(issues.map((i) => i.fingerprint)).toEqual(fromGitlab);
    });

    it('sonarqube: valid, one issue per finding, each rule once, every range one SonarQube accepts', () => {
      const report = JSON.parse(sonarqube.format(results, context)) as SonarReport;
      expect(validateReport('sonarqube', report)).toBeUndefined();
      expect(report.issues).toHaveLength(findings);
      expectNone(duplicates(report.rules.map((r) => r.id)), 'duplicate rule ids');
      const ids = new Set(report.rules.map((r) => r.id));
      expectNone(report.issues.filter((i) => !ids.has(i.ruleId)).map((i) => i.ruleId), 'issues of undeclared rules');
      const texts = new Map(results.map((r) => [r.file, r.text]));
      const problems = report.issues.flatMap(({ ruleId, primaryLocation: { filePath, textRange } }) => {
        const problem = sonarRangeProblem(textRange, texts.get(filePath)!);
        return problem ? [`${filePath} ${ruleId} ${JSON.stringify(textRange)}: ${problem}`] : [];
      });
      expectNone(problems, 'ranges SonarQube would reject');
      // Ranges lose their columns only where SonarQube could not take them: a handful at most.
      const lineOnly = report.issues.filter((i) => i.primaryLocation.textRange.startColumn === undefined);
      expect(lineOnly.length).toBeLessThan(findings / 100);
    });
  });
}
