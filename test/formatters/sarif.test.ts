import { describe, expect, it } from 'vitest';
import { dflintFormatOf } from '../../src/config/hadolint-format.js';
import { renderRuleDoc } from '../../src/docs/rule-doc.js';
import { allRules } from '../../src/rule-set.js';
import type { Finding, RuleMeta, Severity } from '../../src/engine/types.js';
import type { FileResult, FormatContext } from '../../src/formatters/index.js';
import { getFormatter } from '../../src/formatters/index.js';
import { SECURITY_SEVERITY, truncate } from '../../src/formatters/sarif/descriptors.js';
import { sarif } from '../../src/formatters/sarif/index.js';
import { lineHashes } from '../../src/formatters/sarif/line-hash.js';
import type { Log, ReportingDescriptor, Run } from '../../src/formatters/sarif/sarif-types.js';
import { REPOSITORY_URL } from '../../src/repository.js';
import type { PragmaLocation } from '../../src/suppress/types.js';
import { formatContext, loadResults } from './results-fixture.js';
import { sarifSchemaErrors } from './sarif-schema.js';

const TEXT = 'FROM debian:12\nRUN sudo make install\n';

function finding(overrides: Partial<Finding> = {}): Finding {
  return { file: 'Dockerfile', code: 'DL3004', name: 'no-sudo', severity: 'error', message: 'Do not use `sudo`', line: 2, column: 5, endLine: 2, endColumn: 9, ...overrides };
}

function fileResult(findings: readonly Finding[], extra: Partial<FileResult> = {}): FileResult {
  return { file: 'Dockerfile', text: TEXT, findings, ...extra };
}

/** The log for these results, checked against the SARIF schema first. */
function format(results: readonly FileResult[], context: Partial<FormatContext> = {}): Log {
  const output = sarif.format(results, formatContext({ rules: allRules(), ...context }));
  expect(sarifSchemaErrors(output)).toBeUndefined();
  return JSON.parse(output) as Log;
}

function runOf(results: readonly FileResult[], context: Partial<FormatContext> = {}): Run {
  const log = format(results, context);
  expect(log.runs).toHaveLength(1);
  return log.runs[0]!;
}

function descriptorOf(code: string, overrides: Partial<Finding> = {}, context: Partial<FormatContext> = {}): ReportingDescriptor {
  const run = runOf([fileResult([finding({ code, ...overrides })])], context);
  return run.tool.driver.rules.find((r) => r.id === code)!;
}

const rule = (code: string): RuleMeta => allRules().find((r) => r.code === code)!;

describe('sarif formatter', () => {
  it("is registered as `sarif`, which hadolint's `sarif` format setting now selects", () => {
    expect(getFormatter('sarif')).toBe(sarif);
    expect(dflintFormatOf('sarif')).toBe('sarif');
  });

  it('writes one SARIF 2.1.0 run with the schema GitHub names, pretty-printed', () => {
    const output = sarif.format([], formatContext());
    expect(output.endsWith('}\n')).toBe(true);
    const log = JSON.parse(output) as Log;
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(sarifSchemaErrors(log)).toBeUndefined();
  });

  it('names the tool with its version and home', () => {
    expect(runOf([], { version: '1.2.3' }).tool.driver).toEqual({
      name: 'dflint', version: '1.2.3', semanticVersion: '1.2.3', informationUri: REPOSITORY_URL, rules: [],
    });
  });

  it('has an empty rule list and no results without findings, even for linted files', () => {
    const run = runOf([fileResult([])]);
    expect(run.tool.driver.rules).toEqual([]);
    expect(run.results).toEqual([]);
  });

  it('counts columns in UTF-16 code units and roots relative URIs in the current folder', () => {
    const run = runOf([], { cwd: '/home/me/my repo' });
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///home/me/my%20repo/' } });
  });

  describe('rules', () => {
    it('describes each code that fired once, sorted by code, and results point at theirs by index', () => {
      const run = runOf([
        fileResult([finding({ code: 'DL3007', line: 1 }), finding({ code: 'DL3004' }), finding({ code: 'SC2086', name: 'shellcheck' }), finding({ code: 'DL3004', column: 10, endColumn: 12 })]),
        fileResult([finding({ code: 'DF0002', name: 'unused-ignore' })], { file: 'b/Dockerfile' }),
      ]);
      expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['DF0002', 'DL3004', 'DL3007', 'SC2086']);
      for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
    });

    it('includes the codes of suppressed findings', () => {
      const run = runOf([fileResult([], { suppressed: [{ finding: finding({ code: 'DL3007' }), pragmas: [] }] })]);
      expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['DL3007']);
    });

    it("describes a dflint rule from its documentation", () => {
      const meta = rule('DL3004');
      const descriptor = descriptorOf('DL3004', {}, { version: '2.0.0' });
      expect(descriptor).toMatchObject({
        id: 'DL3004',
        name: 'no-sudo',
        shortDescription: { text: meta.docs.summary },
        fullDescription: { text: `${meta.docs.summary}. ${meta.docs.why}` },
        help: { markdown: renderRuleDoc(meta) },
        helpUri: `${REPOSITORY_URL}/blob/v2.0.0/rules/no-sudo/README.md`,
        defaultConfiguration: { level: 'error' },
      });
      expect(descriptor.help.text).toContain(meta.docs.why);
      expect(descriptor.help.text).toContain('    RUN sudo apt-get update');
      expect(descriptor.help.text).not.toMatch(/```|\*\*|^#/m);
    });

    it('maps the default severity to defaultConfiguration.level and problem.severity', () => {
      const cases: Array<[string, string, string]> = [['DL3004', 'error', 'error'], ['DL3007', 'warning', 'warning'], ['DL3019', 'note', 'recommendation']];
      for (const [code, level, problem] of cases) {
        const descriptor = descriptorOf(code);
        expect(descriptor.defaultConfiguration.level).toBe(level);
        expect(descriptor.properties['problem.severity']).toBe(problem);
      }
    });

    it('marks rules that are off by default as not enabled', () => {
      expect(descriptorOf('DL3057').defaultConfiguration).toEqual({ level: 'note', enabled: false });
      expect(descriptorOf('DL3004').defaultConfiguration).toEqual({ level: 'error' });
    });

    it('tags rules with dockerfile, their category and fixable; precision comes from the category', () => {
      expect(descriptorOf('DL3004').properties).toMatchObject({ tags: ['dockerfile', 'security'], precision: 'high' });
      expect(descriptorOf('DL3020').properties.tags).toEqual(['dockerfile', 'maintainability', 'fixable']);
      const syntax = allRules().find((r) => r.category === 'syntax')!;
      expect(descriptorOf(syntax.code).properties).toMatchObject({ tags: expect.arrayContaining(['dockerfile', 'syntax']), precision: 'very-high' });
    });

    it("lists a rule's other names, such as its BuildKit check name, and only when it has some", () => {
      expect(descriptorOf('DL4000').properties.aliases).toEqual(['MaintainerDeprecated']);
      expect(descriptorOf('DL3004').properties).not.toHaveProperty('aliases');
    });

    it('scores security rules, and only them, with security-severity by default severity', () => {
      expect(descriptorOf('DL3004').properties['security-severity']).toBe('8.0');
      expect(descriptorOf('DL3002').properties['security-severity']).toBe('5.5');
      expect(descriptorOf('DL3007').properties).not.toHaveProperty('security-severity');
      for (const severity of ['error', 'warning', 'info', 'style'] as Severity[]) {
        const score = Number(SECURITY_SEVERITY[severity]);
        expect(score).toBeGreaterThanOrEqual(0.1);
        expect(score).toBeLessThan(9);
      }
      expect(Number(SECURITY_SEVERITY.error)).toBeGreaterThanOrEqual(7);
    });

    it('cuts descriptions at GitHub’s 1024 characters', () => {
      const long = allRules().find((r) => `${r.docs.summary}. ${r.docs.why}`.length > 1024);
      if (long) expect(descriptorOf(long.code).fullDescription.text).toHaveLength(1024);
      const huge: RuleMeta = { ...rule('DL3004'), code: 'DF9990', docs: { ...rule('DL3004').docs, summary: 'x'.repeat(2000), why: 'y' } };
      const descriptor = descriptorOf('DF9990', {}, { rules: [huge] });
      expect(descriptor.shortDescription.text).toBe(`${'x'.repeat(1023)}…`);
      expect(descriptor.fullDescription.text).toHaveLength(1024);
    });

    it('never cuts a surrogate pair in two', () => {
      expect(truncate(`${'a'.repeat(1022)}😀😀`, 1024)).toBe(`${'a'.repeat(1022)}…`);
      expect(truncate('short', 1024)).toBe('short');
    });

    it('describes ShellCheck codes with their wiki page', () => {
      const descriptor = descriptorOf('SC2086', { name: 'shellcheck', severity: 'info' });
      expect(descriptor).toMatchObject({
        id: 'SC2086',
        name: 'shellcheck',
        helpUri: 'https://www.shellcheck.net/wiki/SC2086',
        defaultConfiguration: { level: 'note' },
        properties: { tags: ['dockerfile', 'shell', 'shellcheck'] },
      });
      expect(descriptor.help.markdown).toContain('https://www.shellcheck.net/wiki/SC2086');
    });

    it("describes dflint's own checks DF0001 and DF0002, which are not rules", () => {
      expect(allRules().map((r) => r.code)).not.toContain('DF0001');
      expect(descriptorOf('DF0001', { name: 'internal-error' })).toMatchObject({ name: 'internal-error', helpUri: `${REPOSITORY_URL}/issues`, defaultConfiguration: { level: 'error' } });
      expect(descriptorOf('DF0002', { name: 'unused-ignore' }, { version: '3.0.0' })).toMatchObject({
        name: 'unused-ignore',
        helpUri: `${REPOSITORY_URL}/blob/v3.0.0/docs/suppressions.md#reporting-unused-pragmas`,
        defaultConfiguration: { level: 'warning' },
      });
    });

    it('describes a code it knows nothing about from the finding, without a helpUri', () => {
      const descriptor = descriptorOf('XY1234', { name: 'mystery', severity: 'warning' });
      expect(descriptor).toMatchObject({ id: 'XY1234', name: 'mystery', defaultConfiguration: { level: 'warning' }, properties: { precision: 'medium' } });
      expect(descriptor).not.toHaveProperty('helpUri');
      expect(descriptorOf('XY1235', { name: '' }).name).toBe('XY1235');
    });

    it('gives every kind of descriptor what GitHub requires: non-empty descriptions and help, ≤ 20 tags', () => {
      const codes = [['DL3004', 'no-sudo'], ['SC2086', 'shellcheck'], ['DF0001', 'internal-error'], ['DF0002', 'unused-ignore'], ['XY0001', 'x']] as const;
      const run = runOf([fileResult(codes.map(([code, name]) => finding({ code, name })))]);
      expect(run.tool.driver.rules).toHaveLength(codes.length);
      for (const descriptor of run.tool.driver.rules) {
        for (const text of [descriptor.shortDescription.text, descriptor.fullDescription.text, descriptor.help.text, descriptor.help.markdown!]) {
          expect(text.trim().length).toBeGreaterThan(0);
        }
        expect(descriptor.fullDescription.text.length).toBeLessThanOrEqual(1024);
        expect(descriptor.name.length).toBeLessThanOrEqual(255);
        expect(descriptor.properties.tags.length).toBeLessThanOrEqual(20);
      }
    });

    it('describes every dflint rule within the schema and GitHub’s limits', () => {
      const findings = allRules().map((r) => finding({ code: r.code, name: r.name, severity: r.severity }));
      const run = runOf([fileResult(findings)]);
      expect(run.tool.driver.rules).toHaveLength(allRules().length);
      for (const descriptor of run.tool.driver.rules) {
        expect(descriptor.shortDescription.text.length).toBeLessThanOrEqual(1024);
        expect(descriptor.fullDescription.text.length).toBeLessThanOrEqual(1024);
      }
    });
  });

  describe('results', () => {
    it('carry the rule, level, message and exact region', () => {
      const [result] = runOf([fileResult([finding({ message: 'Two\nlines & <tags>' })])]).results;
      expect(result).toMatchObject({
        ruleId: 'DL3004',
        ruleIndex: 0,
        level: 'error',
        message: { text: 'Two\nlines & <tags>' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'Dockerfile', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 9 } } }],
      });
    });

    it('map error and warning to themselves, info and style to note', () => {
      const severities: Severity[] = ['error', 'warning', 'info', 'style'];
      const run = runOf([fileResult(severities.map((severity) => finding({ severity })))]);
      expect(run.results.map((r) => r.level)).toEqual(['error', 'warning', 'note', 'note']);
    });

    it('keep an empty range and ranges over several lines as valid regions', () => {
      const run = runOf([fileResult([finding({ line: 2, column: 22, endLine: 2, endColumn: 22 }), finding({ line: 1, column: 6, endLine: 2, endColumn: 1 })])]);
      expect(run.results.map((r) => r.locations[0]!.physicalLocation.region)).toEqual([
        { startLine: 1, startColumn: 6, endLine: 2, endColumn: 1 },
        { startLine: 2, startColumn: 22, endLine: 2, endColumn: 22 },
      ]);
    });

    it('carry the line hash upload-sarif would compute for their start line', () => {
      const text = 'FROM a\nRUN x\nRUN x\n';
      const run = runOf([{ file: 'Dockerfile', text, findings: [finding({ line: 2 }), finding({ line: 3 })] }]);
      const hashes = lineHashes(text);
      expect(run.results.map((r) => r.partialFingerprints?.primaryLocationLineHash)).toEqual([hashes[1], hashes[2]]);
    });

    it('place files by their path relative to the current folder, or by a file: URI outside it', () => {
      const run = runOf([
        fileResult([finding()], { file: 'a dir/Dockerfile' }),
        fileResult([finding()], { file: '/elsewhere/Dockerfile' }),
        fileResult([finding()], { file: '-' }),
      ], { cwd: '/repo' });
      expect(run.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation)).toEqual([
        { uri: 'a%20dir/Dockerfile', uriBaseId: '%SRCROOT%' },
        { uri: 'file:///elsewhere/Dockerfile' },
        { uri: 'stdin', description: { text: 'Standard input' } },
      ]);
    });

    it('carry fixes as replacements: a deletion has no inserted content', () => {
      const fix = {
        description: 'Replace sudo',
        safety: 'unsafe' as const,
        edits: [{ line: 2, column: 5, endLine: 2, endColumn: 10, text: '' }, { line: 1, column: 15, endLine: 1, endColumn: 15, text: ' AS base' }],
      };
      const [result] = runOf([fileResult([finding({ fix })])]).results;
      expect(result!.fixes).toEqual([{
        description: { text: 'Replace sudo' },
        artifactChanges: [{
          artifactLocation: { uri: 'Dockerfile', uriBaseId: '%SRCROOT%' },
          replacements: [
            { deletedRegion: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 10 } },
            { deletedRegion: { startLine: 1, startColumn: 15, endLine: 1, endColumn: 15 }, insertedContent: { text: ' AS base' } },
          ],
        }],
      }]);
      expect(runOf([fileResult([finding()])]).results[0]).not.toHaveProperty('fixes');
    });

    it('carry related locations numbered from 0, each with its region and message', () => {
      const related = [
        { line: 2, column: 24, endLine: 2, endColumn: 28, message: '`curl` has no pinned version' },
        { line: 3, column: 5, endLine: 3, endColumn: 8, message: '`git` (from `$PKGS`) has no pinned version' },
      ];
      const [result] = runOf([fileResult([finding({ code: 'DL3008', line: 2, column: 24, endLine: 2, endColumn: 28, related })])]).results;
      const artifactLocation = { uri: 'Dockerfile', uriBaseId: '%SRCROOT%' };
      expect(result!.relatedLocations).toEqual([
        { id: 0, physicalLocation: { artifactLocation, region: { startLine: 2, startColumn: 24, endLine: 2, endColumn: 28 } }, message: { text: '`curl` has no pinned version' } },
        { id: 1, physicalLocation: { artifactLocation, region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 8 } }, message: { text: '`git` (from `$PKGS`) has no pinned version' } },
      ]);
      expect(runOf([fileResult([finding()])]).results[0]).not.toHaveProperty('relatedLocations');
    });
  });

  describe('suppressed findings', () => {
    const pragma = (overrides: Partial<PragmaLocation> = {}): PragmaLocation => ({ tool: 'dflint', scope: 'instruction', line: 2, column: 1, endLine: 2, endColumn: 23, reason: 'vendored', ...overrides });

    it('are results with an accepted in-source suppression per pragma, with its reason and place', () => {
      const run = runOf([fileResult([finding({ code: 'DL3007', line: 1 })], {
        suppressed: [{ finding: finding({ line: 3 }), pragmas: [pragma(), pragma({ tool: 'hadolint', scope: 'file', line: 1, endColumn: 30, reason: undefined })] }],
      })]);
      expect(run.results.map((r) => r.ruleId)).toEqual(['DL3007', 'DL3004']);
      expect(run.results[0]).not.toHaveProperty('suppressions');
      expect(run.results[1]!.suppressions).toEqual([
        { kind: 'inSource', status: 'accepted', justification: 'vendored', location: { physicalLocation: { artifactLocation: { uri: 'Dockerfile', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 23 } } } },
        { kind: 'inSource', status: 'accepted', location: { physicalLocation: { artifactLocation: { uri: 'Dockerfile', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 1, endLine: 2, endColumn: 30 } } } },
      ]);
    });

    it('take their place among the findings of their file, by position', () => {
      const run = runOf([fileResult([finding({ line: 1, column: 1 }), finding({ line: 2, column: 9 })], {
        suppressed: [{ finding: finding({ code: 'DL3007', line: 2, column: 1 }), pragmas: [pragma()] }],
      })]);
      expect(run.results.map((r) => `${r.ruleId}@${r.locations[0]!.physicalLocation.region.startLine}`)).toEqual(['DL3004@1', 'DL3007@2', 'DL3004@2']);
    });
  });

  describe('category', () => {
    it('sets automationDetails.id to the category followed by a slash', () => {
      expect(runOf([], { category: 'dflint' }).automationDetails).toEqual({ id: 'dflint/' });
      expect(runOf([], { category: 'docker/api' }).automationDetails).toEqual({ id: 'docker/api/' });
    });

    it('keeps a category that already ends with a slash', () => {
      expect(runOf([], { category: 'dflint/' }).automationDetails).toEqual({ id: 'dflint/' });
    });

    it('leaves automationDetails out without a category', () => {
      expect(runOf([])).not.toHaveProperty('automationDetails');
      expect(runOf([], { category: '  ' })).not.toHaveProperty('automationDetails');
    });
  });

  it('formats the shared fixture into a valid log with one result per finding and suppressed finding', () => {
    const results = loadResults();
    const run = runOf(results);
    const expected = results.reduce((n, r) => n + r.findings.length + (r.suppressed?.length ?? 0), 0);
    expect(run.results).toHaveLength(expected);
  });

  it('the schema check catches what it should (formats included)', () => {
    const log = format([fileResult([finding()])]);
    const broken = JSON.parse(JSON.stringify(log)) as { runs: Array<{ results: Array<Record<string, unknown>>; originalUriBaseIds: Record<string, { uri: string }> }> };
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(sarifSchemaErrors(broken)).toContain('level');
    const badUri = JSON.parse(JSON.stringify(log)) as typeof broken;
    badUri.runs[0]!.originalUriBaseIds['%SRCROOT%']!.uri = 'not a uri';
    expect(sarifSchemaErrors(badUri)).toContain('format');
  });
});
