import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/rule-set.js';
import { codeclimate } from '../../src/formatters/codeclimate.js';
import type { FileResult } from '../../src/formatters/index.js';
import { fileResult, finding } from './make-results.js';
import { parseCodeClimateStream, validateReport } from './report-schemas.js';
import { formatContext, loadResults } from './results-fixture.js';

interface Issue {
  check_name: string;
  description: string;
  content?: { body: string };
  categories: string[];
  location: { path: string; positions: { begin: { line: number; column: number }; end: { line: number; column: number } } };
  severity: string;
  fingerprint: string;
}

const context = formatContext({ rules: allRules() });

function issues(results: readonly FileResult[], ctx = context): Issue[] {
  return parseCodeClimateStream(codeclimate.format(results, ctx)) as Issue[];
}

const TEXT = 'FROM ubuntu:latest\n';

describe('codeclimate formatter', () => {
  it('writes one issue per finding, each a JSON document ended by NUL and newline, valid by the spec', () => {
    const results = loadResults();
    const output = codeclimate.format(results, context);
    const parsed = parseCodeClimateStream(output);
    expect(parsed).toHaveLength(results.flatMap((r) => r.findings).length);
    expect(output.split('\0').length - 1).toBe(parsed.length);
    for (const issue of parsed) expect(validateReport('codeclimate', issue)).toBeUndefined();
    expect(new Set((parsed as Issue[]).map((i) => i.fingerprint)).size).toBe(parsed.length);
  });

  it('writes nothing for no files and for files without findings', () => {
    expect(codeclimate.format([], context)).toBe('');
    expect(codeclimate.format([fileResult('Dockerfile', TEXT)], context)).toBe('');
  });

  it('gives positions as dflint has them: 1-based, the end column just past the range', () => {
    const [issue] = issues([fileResult('Dockerfile', TEXT, [finding()])]);
    expect(issue!.location.positions).toEqual({ begin: { line: 1, column: 13 }, end: { line: 1, column: 19 } });
  });

  it('gives paths relative to the folder dflint ran in', () => {
    const [issue] = issues([fileResult('/project/services/Dockerfile', TEXT, [finding()])]);
    expect(issue!.location.path).toBe('services/Dockerfile');
  });

  it('maps severities, keeping blocker for syntax errors', () => {
    const severityOf = (overrides: Parameters<typeof finding>[0]) => issues([fileResult('Dockerfile', TEXT, [finding(overrides)])])[0]!.severity;
    expect(severityOf({ severity: 'error' })).toBe('critical');
    expect(severityOf({ severity: 'warning' })).toBe('major');
    expect(severityOf({ severity: 'info' })).toBe('minor');
    expect(severityOf({ severity: 'style' })).toBe('info');
    expect(severityOf({ code: 'DF1001', name: 'unknown-instruction', severity: 'error' })).toBe('blocker');
    expect(severityOf({ code: 'DF1001', name: 'unknown-instruction', severity: 'warning' })).toBe('major');
  });

  it('maps rule categories', () => {
    const categoryOf = (code: string) => issues([fileResult('Dockerfile', TEXT, [finding({ code })])])[0]!.categories;
    expect(categoryOf('DL3004')).toEqual(['Security']);
    expect(categoryOf('DL3019')).toEqual(['Performance']);
    expect(categoryOf('DL3029')).toEqual(['Compatibility']);
    expect(categoryOf('DL3007')).toEqual(['Clarity']);
    expect(categoryOf('DL3025')).toEqual(['Bug Risk']);
    expect(categoryOf('DF1001')).toEqual(['Bug Risk']);
    expect(categoryOf('DL3048')).toEqual(['Style']);
  });

  it('gives codes without rule metadata a category: ShellCheck by its severity, dflint\'s own checks by what they are', () => {
    const categoryOf = (code: string, severity: 'warning' | 'style' | 'error') =>
      issues([fileResult('Dockerfile', TEXT, [finding({ code, name: code.startsWith('SC') ? 'shellcheck' : 'x', severity })])])[0]!.categories;
    expect(categoryOf('SC2086', 'warning')).toEqual(['Bug Risk']);
    expect(categoryOf('SC2001', 'style')).toEqual(['Style']);
    expect(categoryOf('DF0002', 'warning')).toEqual(['Clarity']);
    expect(categoryOf('DF0001', 'error')).toEqual(['Bug Risk']);
  });

  it('describes the rule in content: summary, rationale and a link to its page; ShellCheck codes link to its wiki', () => {
    const [rule, shellcheck, unknown] = issues([
      fileResult('Dockerfile', 'FROM ubuntu:latest\nRUN echo $HOME\n', [
        finding(),
        finding({ code: 'SC2086', name: 'shellcheck', severity: 'info', line: 2, column: 10, endLine: 2, endColumn: 15 }),
        finding({ code: 'DF0002', name: 'unused-ignore', line: 2, column: 1, endLine: 2, endColumn: 4 }),
      ]),
    ]);
    expect(rule!.content!.body).toMatch(/^\*\*Do not use the `latest` tag for base images\.\*\*\n\n`latest` is not a version/);
    expect(rule!.content!.body).toContain('[DL3007 no-latest-tag](https://github.com/dflint/dflint/blob/v0.0.0-test/rules/no-latest-tag/README.md)');
    expect(shellcheck!.content!.body).toBe('[ShellCheck SC2086](https://www.shellcheck.net/wiki/SC2086)');
    expect(unknown!.content).toBeUndefined();
  });

  it('writes valid issues without any rule metadata', () => {
    const parsed = issues(loadResults(), formatContext({ rules: [] }));
    expect(parsed).toHaveLength(12);
    for (const issue of parsed) expect(validateReport('codeclimate', issue)).toBeUndefined();
  });

  it('puts a message of several lines on one', () => {
    const [issue] = issues([fileResult('Dockerfile', TEXT, [finding({ message: 'first\nsecond' })])]);
    expect(issue!.description).toBe('first second');
  });
});
