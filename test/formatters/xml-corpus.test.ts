import { beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../../src/rule-set.js';
import { checkstyle } from '../../src/formatters/checkstyle.js';
import { junit } from '../../src/formatters/junit.js';
import type { FileResult } from '../../src/formatters/types.js';
import { escapeAttribute } from '../../src/formatters/xml.js';
import { corpusDir, corpusResults, hasCorpus } from '../support/corpus.js';
import { formatContext } from './results-fixture.js';
import { hasPython, parseXml, pythonParseError, wellFormednessProblems } from './xml-check.js';

/** A value as a parser gives it back: what XML cannot hold is replaced, the rest is kept. */
const asParsed = (value: string) => value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD');

if (!hasCorpus()) {
  describe('XML reports of the corpus', () => {
    it.skip(`skipped: no corpus at ${corpusDir}`, () => {});
  });
} else {
  describe('checkstyle and junit reports of every file of ../shared/corpus', () => {
    let results: FileResult[] = [];
    let checkstyleXml = '';
    let junitXml = '';

    beforeAll(async () => {
      results = await corpusResults();
      const context = formatContext({ rules: allRules() });
      checkstyleXml = checkstyle.format(results, context);
      junitXml = junit.format(results, context);
    }, 180_000);

    it('lints enough of the corpus for the test to mean something', () => {
      expect(results.length).toBeGreaterThan(1000);
      expect(results.flatMap((r) => r.findings).length).toBeGreaterThan(10_000);
    });

    it('checkstyle: well-formed XML', () => {
      expect(wellFormednessProblems(checkstyleXml)).toEqual([]);
      if (hasPython) expect(pythonParseError(checkstyleXml)).toBeUndefined();
    });

    it('checkstyle: one <file> per file and one <error> per finding, each with the finding’s fields', () => {
      type Error = { line: string; column: string; message: string; source: string };
      const files = (parseXml(checkstyleXml).checkstyle as { file: Array<{ name: string; error?: Error[] }> }).file;
      expect(files.map((f) => f.name)).toEqual(results.map((r) => r.file));
      const mismatches = results.flatMap((result, index) => {
        const errors = files[index]!.error ?? [];
        if (errors.length !== result.findings.length) return [`${result.file}: ${errors.length} errors for ${result.findings.length} findings`];
        return result.findings.flatMap((f, i) => {
          const e = errors[i]!;
          const same = e.line === String(f.line) && e.column === String(f.column) && e.message === asParsed(f.message) && e.source.endsWith(`.${f.code}`);
          return same ? [] : [`${result.file}:${f.line}:${f.column} ${f.code}: ${JSON.stringify(e)}`];
        });
      });
      expect(mismatches.slice(0, 10)).toEqual([]);
    });

    it('junit: well-formed XML', () => {
      expect(wellFormednessProblems(junitXml)).toEqual([]);
      if (hasPython) expect(pythonParseError(junitXml)).toBeUndefined();
    });

    it('junit: one suite per file and one case per finding (one passing case for a clean file), counts adding up', () => {
      type Case = { name: string; failure?: { message: string }; error?: { message: string }; 'system-out'?: string };
      type Suite = { name: string; tests: string; failures: string; errors: string; testcase: Case[] };
      const report = parseXml(junitXml).testsuites as { tests: string; failures: string; errors: string; testsuite: Suite[] };
      expect(report.testsuite.map((s) => s.name)).toEqual(results.map((r) => r.file));
      const mismatches = results.flatMap((result, index) => {
        const suite = report.testsuite[index]!;
        if (suite.testcase.length !== Math.max(result.findings.length, 1)) return [`${result.file}: ${suite.testcase.length} cases for ${result.findings.length} findings`];
        if (Number(suite.tests) !== suite.testcase.length) return [`${result.file}: tests=${suite.tests}`];
        if (Number(suite.failures) !== suite.testcase.filter((c) => c.failure).length) return [`${result.file}: failures=${suite.failures}`];
        return result.findings.flatMap((f, i) => {
          const c = suite.testcase[i]!;
          const outcome = c.failure ?? c.error;
          const same = c.name === `${f.code} ${f.name} at ${f.line}:${f.column}` && (outcome ? outcome.message === asParsed(f.message) : c['system-out'] !== undefined);
          return same ? [] : [`${result.file}:${f.line}:${f.column} ${f.code}: ${JSON.stringify(c)}`];
        });
      });
      expect(mismatches.slice(0, 10)).toEqual([]);
      const sum = (key: 'tests' | 'failures' | 'errors') => report.testsuite.reduce((n, s) => n + Number(s[key]), 0);
      expect([report.tests, report.failures, report.errors]).toEqual([String(sum('tests')), String(sum('failures')), String(sum('errors'))]);
    });

    it('needs no escaping help beyond the shared module: every file name survives as an attribute', () => {
      expect(results.filter((r) => escapeAttribute(r.file) !== r.file && !/[&<>"']/.test(r.file)).map((r) => r.file)).toEqual([]);
    });
  });
}
