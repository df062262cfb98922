import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { OUTPUT_NAMES } from '../../src/action/outputs.js';
import { packageVersion } from '../../src/cli/version.js';
import { allRules } from '../../src/rule-set.js';
import { getFormatter } from '../../src/formatters/index.js';
import { lintFiles, type LintFilesResult } from '../../src/lint-files.js';
import { tempTree } from '../cli/temp-tree.js';
import { sarifSchemaErrors } from '../formatters/sarif-schema.js';
import { bundledAction, runAction, type ActionRun } from './run-action.js';

// Runs bundle/action.mjs (copied alone to a temporary folder) as GitHub runs it. test/bundle.test.ts
// fails when the bundle is older than the sources, so this tests the sources too.
const entry = bundledAction();

// A repository: `.git` stops the config search; ShellCheck is off so that results do not depend on it being installed.
const workspace = tempTree({
  '.git/': '',
  '.dflint.yaml': 'shellcheck: false\n',
  'bad/Dockerfile': 'FROM ubuntu\nRUN sudo make install\nRUN echo done\n',
  'warn/Dockerfile': 'FROM ubuntu:latest\nUSER 10001\n',
  'good/Dockerfile': 'FROM alpine:3.20\nUSER 10001\nCMD ["true"]\n',
  'ci/errors-only.yaml': 'shellcheck: false\nfailureThreshold: error\n',
  'ci/broken.yaml': 'shellcheck: false\nrules:\n  no-sduo: error\n',
});

/** What the sources find in the workspace: the oracle for the bundled Action's reports. */
const expected = (paths: readonly string[]): Promise<LintFilesResult> => lintFiles(paths, { cwd: workspace, env: {} });

describe('the bundled GitHub Action', () => {
  let run: ActionRun;
  let lint: LintFilesResult;
  beforeAll(async () => {
    [run, lint] = await Promise.all([runAction(entry, workspace), expected(['.'])]);
  });

  it('fails the step when a finding reaches the failure threshold', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error::dflint: 4 findings reach the failure threshold');
  });

  it('sets every output: the SARIF path and the counts', () => {
    expect(Object.keys(run.outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
    expect(run.outputs).toEqual({
      'sarif-file': join(workspace, 'dflint.sarif'),
      errors: '1',
      warnings: '2',
      infos: '1',
      styles: '0',
      total: '4',
      files: '3',
    });
    expect(lint.findings.map((f) => `${f.file} ${f.code} ${f.severity}`)).toEqual([
      'bad/Dockerfile DL3006 warning',
      'bad/Dockerfile DL3004 error',
      'bad/Dockerfile DL3059 info',
      'warn/Dockerfile DL3007 warning',
    ]);
  });

  it('prints one annotation per finding, on the file in the repository', () => {
    const github = getFormatter('github')!.format(lint.results, { color: false, cwd: workspace, version: packageVersion(), rules: allRules() });
    const lines = run.annotations.filter((a) => a.properties['file'] !== undefined).map((a) => a.line);
    expect(lines).toEqual(github.trimEnd().split('\n'));
    expect(lines).toHaveLength(lint.findings.length);
    const sudo = run.annotations.find((a) => a.properties['title']?.startsWith('DL3004'))!;
    expect(sudo).toMatchObject({ level: 'error', properties: { file: join(workspace, 'bad/Dockerfile'), line: '2', col: '5', endLine: '2', endColumn: '9' } });
  });

  it('writes SARIF with a result for each finding, at repository-relative URIs', () => {
    const text = readFileSync(join(workspace, 'dflint.sarif'), 'utf8');
    expect(sarifSchemaErrors(text)).toBeUndefined();
    const sarif = JSON.parse(text) as SarifLog;
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    const results = sarif.runs[0]!.results.map((r) => ({
      ruleId: r.ruleId,
      uri: r.locations[0]!.physicalLocation.artifactLocation.uri,
      base: r.locations[0]!.physicalLocation.artifactLocation.uriBaseId,
      line: r.locations[0]!.physicalLocation.region.startLine,
      column: r.locations[0]!.physicalLocation.region.startColumn,
    }));
    expect(results).toEqual(lint.findings.map((f) => ({ ruleId: f.code, uri: f.file, base: '%SRCROOT%', line: f.line, column: f.column })));
    expect(sarif.runs[0]!.automationDetails).toBeUndefined();
  });

  it('writes a job summary with the totals and a table of findings per file and rule', () => {
    expect(run.summary).toMatch(/^## dflint\n\n❌ \*\*4 problems\*\* in 2 of 3 Dockerfiles: 4 reach the failure threshold\.\n/);
    expect(run.summary).toContain('| Error | 1 |');
    expect(run.summary).toMatch(/\| bad\/Dockerfile \| \[DL3004\]\(<https:\/\/github\.com\/dflint\/dflint\/[^>]+\/rules\/no-sudo\/README\.md>\) no-sudo \| Error \| 1 \| \[2\]\(<https:\/\/github\.com\/octo\/app\/blob\/abc123\/bad\/Dockerfile#L2>\) \|/);
    expect(run.summary).toContain('<details><summary>All 4 findings</summary>');
  });
});

describe('the bundled GitHub Action, with inputs', () => {
  it('reports but does not fail with no-fail', async () => {
    const run = await runAction(entry, workspace, { 'no-fail': 'true' });
    expect(run.status).toBe(0);
    expect(run.outputs['total']).toBe('4');
    expect(run.annotations.filter((a) => a.properties['file'])).toHaveLength(4);
    expect(run.stdout).toContain('no-fail is set');
    expect(run.summary).toContain('4 reach the failure threshold, but `no-fail` is set.');
  });

  it('fails at the failure threshold it is given, over the config file', async () => {
    const warn = (threshold: string) => runAction(entry, workspace, { paths: 'warn', 'failure-threshold': threshold });
    const [error, warning, none] = await Promise.all([warn('error'), warn('warning'), warn('none')]);
    expect([error.status, warning.status, none.status]).toEqual([0, 1, 0]);
    expect(error.summary).toContain('none reaches the failure threshold');
    expect(error.summary).toContain('failure threshold `error`');
    expect(warning.stdout).toContain('::error::dflint: 1 finding reaches the failure threshold');
  });

  it('reads the config file it is given for every Dockerfile', async () => {
    const run = await runAction(entry, workspace, { paths: 'bad warn', config: 'ci/errors-only.yaml' });
    expect(run.status).toBe(1); // DL3004 is an error
    const relaxed = await runAction(entry, workspace, { paths: 'warn', config: 'ci/errors-only.yaml' });
    expect(relaxed.status).toBe(0);
    expect(relaxed.outputs['warnings']).toBe('1');
  });

  it('writes the extra report in a built-in format, and the SARIF where asked, creating folders', async () => {
    const run = await runAction(entry, workspace, { paths: 'bad', format: 'json', 'output-file': 'reports/dflint.json', 'sarif-file': 'reports/sub/bad.sarif', 'no-fail': 'true' });
    expect(run.status).toBe(0);
    const report = JSON.parse(readFileSync(join(workspace, 'reports/dflint.json'), 'utf8')) as Array<{ file: string; code: string }>;
    expect(report.map((f) => `${f.file} ${f.code}`)).toEqual(['bad/Dockerfile DL3006', 'bad/Dockerfile DL3004', 'bad/Dockerfile DL3059']);
    expect(run.outputs['sarif-file']).toBe(join(workspace, 'reports/sub/bad.sarif'));
    expect(existsSync(join(workspace, 'reports/sub/bad.sarif'))).toBe(true);
  });

  it('prints the extra report to the log, in a group, when no output-file is given', async () => {
    const run = await runAction(entry, workspace, { paths: 'bad', format: 'stylish', 'sarif-file': '' });
    expect(run.stdout).toMatch(/::group::dflint report \(stylish\)\n[\s\S]*bad\/Dockerfile[\s\S]*::endgroup::/);
    expect(run.outputs['sarif-file']).toBe('');
  });

  it('sets the code-scanning category in the SARIF', async () => {
    const run = await runAction(entry, workspace, { paths: 'good', 'sarif-file': 'categorised.sarif', category: 'dockerfiles' });
    const text = readFileSync(run.outputs['sarif-file']!, 'utf8');
    expect(sarifSchemaErrors(text)).toBeUndefined();
    expect((JSON.parse(text) as SarifLog).runs[0]!.automationDetails).toEqual({ id: 'dockerfiles/' });
  });

  it('says so when everything is clean', async () => {
    const run = await runAction(entry, workspace, { paths: 'good', 'sarif-file': 'good.sarif' });
    expect(run.status).toBe(0);
    expect(run.annotations).toEqual([]);
    expect(run.outputs['total']).toBe('0');
    expect(run.summary).toMatch(/^## dflint\n\n✅ \*\*No problems\*\* in 1 Dockerfile\.\n/);
    const text = readFileSync(run.outputs['sarif-file']!, 'utf8');
    expect(sarifSchemaErrors(text)).toBeUndefined();
    expect((JSON.parse(text) as SarifLog).runs[0]!.results).toEqual([]);
  });

  it('lints the paths that exist and fails for the missing ones, even with no-fail', async () => {
    const run = await runAction(entry, workspace, { paths: 'bad\nmissing/Dockerfile\nnone/*.Dockerfile', 'no-fail': 'true' });
    expect(run.status).toBe(1);
    expect(run.outputs['total']).toBe('3');
    expect(run.annotations.filter((a) => a.level === 'error' && !a.properties['file']).map((a) => a.message)).toEqual([
      expect.stringMatching(/^dflint: missing\/Dockerfile: /),
      'dflint: none/*.Dockerfile: No files match the pattern',
      'dflint: 2 paths could not be linted',
    ]);
    expect(run.summary).toContain('### Not linted');
    expect(existsSync(run.outputs['sarif-file']!)).toBe(true);
  });

  it('warns when the paths hold no Dockerfile', async () => {
    const run = await runAction(entry, workspace, { paths: 'ci', 'sarif-file': '' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('::warning::dflint: no Dockerfiles found in ci');
    expect(run.summary).toContain('⚠️ **No Dockerfiles found** in `ci`.');
  });

  it('fails with every wrong input named, before linting', async () => {
    const run = await runAction(entry, workspace, { 'failure-threshold': 'high', format: 'html', 'output-file': 'x.html' });
    expect(run.status).toBe(1);
    expect(run.annotations).toHaveLength(1);
    expect(run.annotations[0]!.message).toMatch(/^dflint: invalid inputs:\n- format: unknown format `html`; choose one of stylish, json[^\n]*\n- failure-threshold: unknown value `high`; choose one of error, warning, info, style, none$/);
    expect(run.outputs).toEqual({});
    expect(existsSync(join(workspace, 'x.html'))).toBe(false);
  });

  it('fails on an invalid configuration with an annotation on the config file, and writes no SARIF', async () => {
    const run = await runAction(entry, workspace, { config: 'ci/broken.yaml', 'sarif-file': 'broken.sarif' });
    expect(run.status).toBe(1);
    const problem = run.annotations.find((a) => a.properties['title'] === 'dflint configuration')!;
    expect(problem.properties).toMatchObject({ file: join(workspace, 'ci/broken.yaml'), line: '3' });
    expect(problem.message).toMatch(/no-sduo/);
    expect(run.stdout).toContain('::error::dflint: the configuration is invalid, so nothing was linted');
    expect(run.outputs).toMatchObject({ 'sarif-file': '', total: '0', files: '0' });
    expect(existsSync(join(workspace, 'broken.sarif'))).toBe(false);
    expect(run.summary).toContain('❌ **Invalid configuration: nothing was linted.**');
  });
});

interface SarifLog {
  version: string;
  runs: Array<{
    automationDetails?: { id: string };
    results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number } } }> }>;
  }>;
}
