import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types.js';
import { junit } from '../../src/formatters/junit.js';
import type { FileResult } from '../../src/formatters/types.js';
import { formatContext, loadResults } from './results-fixture.js';
import { hasPython, parseXml, pythonParseError, wellFormednessProblems } from './xml-check.js';

interface Outcome { message: string; type: string; '#text': string }
interface TestCase { name: string; classname: string; file: string; time: string; failure?: Outcome; error?: Outcome; 'system-out'?: string }
interface TestSuite { name: string; tests: string; failures: string; errors: string; testcase: TestCase[] }
interface TestSuites { name: string; tests: string; failures: string; errors: string; testsuite?: TestSuite[] }

function read(xml: string): TestSuites {
  expect(wellFormednessProblems(xml)).toEqual([]);
  return parseXml(xml).testsuites as TestSuites;
}

const finding = (overrides: Partial<Finding>): Finding => ({
  file: 'Dockerfile', code: 'DL3004', name: 'no-sudo', severity: 'error', message: 'Do not use `sudo`',
  line: 2, column: 5, endLine: 2, endColumn: 9, ...overrides,
});
const result = (findings: Finding[], extra: Partial<FileResult> = {}): FileResult => ({ file: 'Dockerfile', text: 'FROM debian:12\nRUN sudo true\n', findings, ...extra });

describe('junit formatter', () => {
  it('writes one suite per file and one case per finding, with a passing case for a file without findings', () => {
    const results = loadResults();
    const report = read(junit.format(results, formatContext()));
    expect(report.testsuite!.map((s) => s.name)).toEqual(results.map((r) => r.file));
    expect(report.testsuite!.map((s) => s.testcase.length)).toEqual(results.map((r) => Math.max(r.findings.length, 1)));
    const clean = report.testsuite!.find((s) => s.name === 'clean/Dockerfile')!;
    expect(clean).toMatchObject({ tests: '1', failures: '0', errors: '0' });
    expect(clean.testcase).toEqual([{ name: 'no findings', classname: 'clean/Dockerfile', file: 'clean/Dockerfile', time: '0' }]);
  });

  it('counts tests, failures and errors per suite and in total', () => {
    const report = read(junit.format(loadResults(), formatContext()));
    const sum = (key: 'tests' | 'failures' | 'errors') => report.testsuite!.reduce((n, s) => n + Number(s[key]), 0);
    for (const suite of report.testsuite!) {
      expect(Number(suite.tests)).toBe(suite.testcase.length);
      expect(Number(suite.failures)).toBe(suite.testcase.filter((c) => c.failure).length);
      expect(Number(suite.errors)).toBe(suite.testcase.filter((c) => c.error).length);
    }
    expect(report).toMatchObject({ name: 'dflint', tests: String(sum('tests')), failures: String(sum('failures')), errors: String(sum('errors')) });
    expect(report).toMatchObject({ tests: '14', failures: '11', errors: '0' });
  });

  it('names a case by code, rule name and position, its class by the file, and fails it with the message, severity and details', () => {
    const [testCase] = read(junit.format([result([finding({})])], formatContext())).testsuite![0]!.testcase;
    expect(testCase).toMatchObject({ name: 'DL3004 no-sudo at 2:5', classname: 'Dockerfile', file: 'Dockerfile' });
    expect(testCase!.failure).toEqual({
      message: 'Do not use `sudo`',
      type: 'error',
      '#text': 'error: Do not use `sudo`\nRule: DL3004 no-sudo\nLocation: Dockerfile:2:5\n\n2 | RUN sudo true\n  |     ^^^^',
    });
  });

  it('fails what fails the run: findings below the file’s failure threshold pass, with the finding in system-out', () => {
    const findings = [finding({ severity: 'warning' }), finding({ severity: 'info' }), finding({ severity: 'style' })];
    const outcomes = (threshold?: FileResult['failureThreshold']) =>
      read(junit.format([result(findings, threshold ? { failureThreshold: threshold } : {})], formatContext())).testsuite![0]!.testcase.map((c) => (c.failure ? 'failure' : c['system-out'] ? 'passed' : '?'));
    expect(outcomes()).toEqual(['failure', 'failure', 'passed']);
    expect(outcomes('warning')).toEqual(['failure', 'passed', 'passed']);
    expect(outcomes('none')).toEqual(['passed', 'passed', 'passed']);
    expect(outcomes('style')).toEqual(['failure', 'failure', 'failure']);
  });

  it('reports DF0001 (a rule crashed) as an error, not a failure', () => {
    const report = read(junit.format([result([finding({ code: 'DF0001', name: 'internal-error', message: 'Rule DL3004 (no-sudo) crashed', line: 1, column: 1, endLine: 1, endColumn: 1 })])], formatContext()));
    expect(report).toMatchObject({ failures: '0', errors: '1' });
    expect(report.testsuite![0]!.testcase[0]!.error).toMatchObject({ message: 'Rule DL3004 (no-sudo) crashed', type: 'error' });
  });

  it('mentions a fix, and leaves out the source frame when the line is not in the text', () => {
    const fix = { description: 'Remove sudo', safety: 'unsafe' as const, edits: [] };
    const [testCase] = read(junit.format([result([finding({ fix, line: 9, endLine: 9 })])], formatContext())).testsuite![0]!.testcase;
    expect(testCase!.failure!['#text']).toBe('error: Do not use `sudo`\nRule: DL3004 no-sudo\nLocation: Dockerfile:9:5\nFix (unsafe): Remove sudo');
  });

  it('escapes XML specials and characters XML cannot hold in names, messages and bodies', () => {
    const message = 'Quote <this> & "that" ]]> \'too\'\nnext\u0007';
    const xml = junit.format([result([finding({ message })], { file: 'a&b <c>.Dockerfile', text: 'FROM x\nRUN echo "<&>" \u0001\n' })], formatContext());
    const suite = read(xml).testsuite![0]!;
    expect(suite.name).toBe('a&b <c>.Dockerfile');
    expect(suite.testcase[0]!.failure!.message).toBe('Quote <this> & "that" ]]> \'too\'\nnext\uFFFD');
    expect(suite.testcase[0]!.failure!['#text']).toContain('2 | RUN echo "<&>" \uFFFD');
    if (hasPython) expect(pythonParseError(xml)).toBeUndefined();
  });

  it('writes an empty, valid report when nothing was linted', () => {
    const xml = junit.format([], formatContext());
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="dflint" tests="0" failures="0" errors="0" time="0"/>\n');
    expect(read(xml)).toMatchObject({ tests: '0' });
  });
});
