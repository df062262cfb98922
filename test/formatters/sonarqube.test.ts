import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/rule-set.js';
import type { FileResult } from '../../src/formatters/index.js';
import { sonarqube, textRange } from '../../src/formatters/sonarqube.js';
import { fileResult, finding } from './make-results.js';
import { sonarRangeProblem, validateReport } from './report-schemas.js';
import { formatContext, loadResults } from './results-fixture.js';

interface Report {
  rules: Array<{ id: string; name: string; description?: string; cleanCodeAttribute: string; impacts: Array<{ softwareQuality: string; severity: string }> }>;
  issues: Array<{ ruleId: string; primaryLocation: Location; secondaryLocations?: Location[] }>;
}

interface Location {
  message: string;
  filePath: string;
  textRange: { startLine: number; endLine?: number; startColumn?: number; endColumn?: number };
}

const context = formatContext({ rules: allRules() });

function report(results: readonly FileResult[], ctx = context): Report {
  return JSON.parse(sonarqube.format(results, ctx)) as Report;
}

/** Every issue's ranges (primary and secondary) as SonarQube's scanner would check them against its file. */
function rangeProblems(results: readonly FileResult[], parsed: Report): string[] {
  const texts = new Map(results.map((r) => [r.file, r.text]));
  return parsed.issues.flatMap((issue) => [issue.primaryLocation, ...(issue.secondaryLocations ?? [])].flatMap((location) => {
    const problem = sonarRangeProblem(location.textRange, texts.get(location.filePath)!);
    return problem ? [`${location.filePath} ${issue.ruleId}: ${problem}`] : [];
  }));
}

const TEXT = 'FROM ubuntu:latest\n';

describe('sonarqube formatter', () => {
  it('writes the 10.3+ report: each rule once, one issue per finding pointing at its rule, ranges the scanner accepts', () => {
    const results = loadResults();
    const parsed = report(results);
    expect(validateReport('sonarqube', parsed)).toBeUndefined();
    expect(parsed.issues).toHaveLength(results.flatMap((r) => r.findings).length);
    const ids = parsed.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...new Set(parsed.issues.map((i) => i.ruleId))].sort()).toEqual([...ids].sort());
    expect(rangeProblems(results, parsed)).toEqual([]);
  });

  it('writes empty lists for no files and for files without findings', () => {
    expect(report([])).toEqual({ rules: [], issues: [] });
    expect(report([fileResult('Dockerfile', TEXT)])).toEqual({ rules: [], issues: [] });
  });

  it('gives 0-based columns and 1-based lines', () => {
    const { issues } = report([fileResult('Dockerfile', TEXT, [finding()])]);
    expect(issues[0]!.primaryLocation).toEqual({
      message: 'Pin the image version instead of `latest`',
      filePath: 'Dockerfile',
      textRange: { startLine: 1, endLine: 1, startColumn: 12, endColumn: 18 },
    });
  });

  it('gives paths relative to the folder dflint ran in', () => {
    const { issues } = report([fileResult('/project/a b/Dockerfile', TEXT, [finding()])]);
    expect(issues[0]!.primaryLocation.filePath).toBe('a b/Dockerfile');
  });

  it('maps categories to clean code attributes and software qualities, severities to impact severities', () => {
    const ruleOf = (overrides: Parameters<typeof finding>[0]) => {
      const { rules } = report([fileResult('Dockerfile', TEXT, [finding(overrides)])]);
      return [rules[0]!.cleanCodeAttribute, rules[0]!.impacts];
    };
    expect(ruleOf({ code: 'DL3004', severity: 'error' })).toEqual(['TRUSTWORTHY', [{ softwareQuality: 'SECURITY', severity: 'HIGH' }]]);
    expect(ruleOf({ code: 'DL3025', severity: 'warning' })).toEqual(['LOGICAL', [{ softwareQuality: 'RELIABILITY', severity: 'MEDIUM' }]]);
    expect(ruleOf({ code: 'DF1001', severity: 'error' })).toEqual(['LOGICAL', [{ softwareQuality: 'RELIABILITY', severity: 'HIGH' }]]);
    expect(ruleOf({ code: 'DL3019', severity: 'info' })).toEqual(['EFFICIENT', [{ softwareQuality: 'MAINTAINABILITY', severity: 'LOW' }]]);
    expect(ruleOf({ code: 'DL3007', severity: 'style' })).toEqual(['CLEAR', [{ softwareQuality: 'MAINTAINABILITY', severity: 'LOW' }]]);
    expect(ruleOf({ code: 'DL3029' })).toEqual(['CONVENTIONAL', [{ softwareQuality: 'MAINTAINABILITY', severity: 'MEDIUM' }]]);
    expect(ruleOf({ code: 'DL3048' })).toEqual(['CONVENTIONAL', [{ softwareQuality: 'MAINTAINABILITY', severity: 'MEDIUM' }]]);
  });

  it('describes codes without rule metadata: ShellCheck by its wiki, dflint\'s own checks by name', () => {
    const { rules } = report([
      fileResult('Dockerfile', 'RUN echo $HOME\n', [
        finding({ code: 'SC2086', name: 'shellcheck', severity: 'info', column: 10, endColumn: 15 }),
        finding({ code: 'DF0002', name: 'unused-ignore', column: 1, endColumn: 4 }),
        finding({ code: 'DF0001', name: 'internal-error', severity: 'error', column: 1, endColumn: 4 }),
      ]),
    ]);
    expect(rules).toEqual([
      { id: 'DF0001', name: 'internal-error', engineId: 'dflint', cleanCodeAttribute: 'LOGICAL', impacts: [{ softwareQuality: 'RELIABILITY', severity: 'HIGH' }] },
      { id: 'DF0002', name: 'unused-ignore', engineId: 'dflint', cleanCodeAttribute: 'CLEAR', impacts: [{ softwareQuality: 'MAINTAINABILITY', severity: 'MEDIUM' }] },
      {
        id: 'SC2086',
        name: 'ShellCheck SC2086',
        description: '<p><a href="https://www.shellcheck.net/wiki/SC2086">ShellCheck SC2086</a></p>',
        engineId: 'dflint',
        cleanCodeAttribute: 'LOGICAL',
        impacts: [{ softwareQuality: 'RELIABILITY', severity: 'LOW' }],
      },
    ]);
  });

  it('describes rules in HTML, escaped, with code in <code> and a link to the rule page', () => {
    const { rules } = report([fileResult('Dockerfile', TEXT, [finding({ code: 'DL3025', name: 'prefer-exec-form' })])]);
    expect(rules[0]!.name).toBe('Use the JSON (exec) form for CMD, ENTRYPOINT and HEALTHCHECK CMD');
    expect(rules[0]!.description).toMatch(/^<p>Use the JSON \(exec\) form .*<\/p><p>In shell form Docker runs the command as <code>\/bin\/sh -c &quot;\.\.\.&quot;<\/code>/);
    expect(rules[0]!.description).toMatch(/<p><a href="https:\/\/github\.com\/dflint\/dflint\/blob\/v0\.0\.0-test\/rules\/prefer-exec-form\/README\.md">DL3025 prefer-exec-form<\/a><\/p>$/);
  });

  it('gives a rule the worst severity of its findings, since severities can differ by folder', () => {
    const { rules } = report([
      fileResult('a/Dockerfile', TEXT, [finding({ severity: 'info' })]),
      fileResult('b/Dockerfile', TEXT, [finding({ severity: 'error' })]),
      fileResult('c/Dockerfile', TEXT, [finding({ severity: 'warning' })]),
    ]);
    expect(rules.map((r) => [r.id, r.impacts[0]!.severity])).toEqual([['DL3007', 'HIGH']]);
  });

  it('writes no severity or type on issues, which the scanner rejects in this format', () => {
    for (const issue of report(loadResults()).issues) {
      expect(Object.keys(issue).filter((key) => key !== 'secondaryLocations')).toEqual(['ruleId', 'primaryLocation']);
    }
  });

  it('gives related locations as secondary locations, with 0-based columns', () => {
    const related = [{ line: 1, column: 6, endLine: 1, endColumn: 12, message: 'here\n  too' }];
    const { issues } = report([fileResult('Dockerfile', TEXT, [finding({ related })]), fileResult('other', TEXT, [finding()])]);
    expect(issues[0]!.secondaryLocations).toEqual([{ message: 'here too', filePath: 'Dockerfile', textRange: { startLine: 1, endLine: 1, startColumn: 5, endColumn: 11 } }]);
    expect(issues[1]).not.toHaveProperty('secondaryLocations');
  });

  it('puts a message of several lines on one', () => {
    const { issues } = report([fileResult('Dockerfile', TEXT, [finding({ message: 'first\n  second' })])]);
    expect(issues[0]!.primaryLocation.message).toBe('first second');
  });
});

describe('sonarqube text ranges', () => {
  const lines = ['FROM alpine:3.20', '', 'RUN a \\', '  b'];

  it('run across lines', () => {
    expect(textRange(finding({ line: 3, column: 1, endLine: 4, endColumn: 4 }), lines)).toEqual({ startLine: 3, endLine: 4, startColumn: 0, endColumn: 3 });
  });

  it('cover the character after an empty range, or the last one at the end of a line', () => {
    expect(textRange(finding({ line: 1, column: 6, endLine: 1, endColumn: 6 }), lines)).toEqual({ startLine: 1, endLine: 1, startColumn: 5, endColumn: 6 });
    expect(textRange(finding({ line: 1, column: 17, endLine: 1, endColumn: 17 }), lines)).toEqual({ startLine: 1, endLine: 1, startColumn: 15, endColumn: 16 });
  });

  it('fall back to the line for an empty range on an empty line', () => {
    expect(textRange(finding({ line: 2, column: 1, endLine: 2, endColumn: 1 }), lines)).toEqual({ startLine: 2 });
  });

  it('fall back to the line, kept in the file, for ranges the file does not have', () => {
    expect(textRange(finding({ line: 1, column: 1, endLine: 1, endColumn: 40 }), lines)).toEqual({ startLine: 1 });
    expect(textRange(finding({ line: 4, column: 1, endLine: 5, endColumn: 1 }), lines)).toEqual({ startLine: 4 });
    expect(textRange(finding({ line: 9, column: 1, endLine: 9, endColumn: 2 }), lines)).toEqual({ startLine: 4 });
  });

  it('fall back to the line in a file with a lone carriage return, where SonarQube counts lines differently', () => {
    const text = 'FROM alpine:3.20\rRUN x\n';
    const { issues } = report([fileResult('Dockerfile', text, [finding({ column: 1, endColumn: 5 })])]);
    expect(issues[0]!.primaryLocation.textRange).toEqual({ startLine: 1 });
  });

  it('count columns after a byte order mark and before a CRLF as SonarQube does', () => {
    const text = '\uFEFFFROM ubuntu:latest\r\nRUN x\r\n';
    const results = [fileResult('Dockerfile', text, [finding(), finding({ code: 'DL3059', line: 2, column: 1, endLine: 2, endColumn: 6 })])];
    const parsed = report(results);
    expect(parsed.issues.map((i) => i.primaryLocation.textRange)).toEqual([
      { startLine: 1, endLine: 1, startColumn: 12, endColumn: 18 },
      { startLine: 2, endLine: 2, startColumn: 0, endColumn: 5 },
    ]);
    expect(rangeProblems(results, parsed)).toEqual([]);
  });
});
