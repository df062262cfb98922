import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Log } from '../../src/formatters/sarif/sarif-types.js';
import { parseArgs } from '../../src/cli/options.js';
import { sarifSchemaErrors } from '../formatters/sarif-schema.js';
import { dflint } from './run-cli.js';
import { tempTree } from './temp-tree.js';

/** DL3007 is suppressed with a reason, the first DL3004 without one; the second DL3004 (an error) is not. */
const DOCKERFILE = [
  '# dflint ignore=DL3007 -- the base image is rebuilt nightly',
  'FROM debian:latest',
  '# hadolint ignore=DL3004',
  'RUN sudo make',
  'WORKDIR /src',
  'RUN sudo make install',
  '',
].join('\n');


const parse = (stdout: string): Log => {
  expect(sarifSchemaErrors(stdout)).toBeUndefined();
  return JSON.parse(stdout) as Log;
};

describe('SARIF on the command line', () => {
  const tree = tempTree({ 'app dir/Dockerfile': DOCKERFILE });

  it('-f sarif reports the findings with paths relative to the current folder, without suppressed ones by default', async () => {
    const run = await dflint(['-f', 'sarif', '.'], { cwd: tree });
    expect(run.status).toBe(1);
    const [sarifRun] = parse(run.stdout).runs;
    expect(sarifRun!.results.map((r) => r.ruleId)).toEqual(['DL3004']);
    expect(sarifRun!.results.every((r) => !r.suppressions)).toBe(true);
    expect(sarifRun!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'app%20dir/Dockerfile', uriBaseId: '%SRCROOT%' });
    expect(sarifRun!.originalUriBaseIds['%SRCROOT%']!.uri).toMatch(/^file:\/\/\/.*\/$/);
    expect(sarifRun).not.toHaveProperty('automationDetails');
  });

  it('--include-suppressed adds the suppressed findings, marked, and leaves the exit code alone', async () => {
    const run = await dflint(['-f', 'sarif', '--include-suppressed', '--failure-threshold', 'error', '.'], { cwd: tree });
    const [sarifRun] = parse(run.stdout).runs;
    expect(sarifRun!.results.map((r) => [r.ruleId, r.locations[0]!.physicalLocation.region.startLine, r.suppressions?.map((s) => s.justification ?? null)])).toEqual([
      ['DL3007', 2, ['the base image is rebuilt nightly']],
      ['DL3004', 4, [null]],
      ['DL3004', 6, undefined],
    ]);
    expect(sarifRun!.results[0]!.suppressions![0]).toMatchObject({ kind: 'inSource', status: 'accepted', location: { physicalLocation: { region: { startLine: 1, startColumn: 3 } } } });
    expect(run.status).toBe(1);
    const quietRun = await dflint(['-f', 'sarif', '--include-suppressed', '--quiet', '.'], { cwd: tree });
    expect(parse(quietRun.stdout).runs[0]!.results.map((r) => r.ruleId)).toEqual(['DL3004', 'DL3004']);
  });

  it('--include-suppressed changes nothing in the other formats', async () => {
    for (const format of ['json', 'stylish']) {
      const plain = await dflint(['-f', format, '.'], { cwd: tree });
      expect(await dflint(['-f', format, '--include-suppressed', '.'], { cwd: tree })).toEqual(plain);
    }
  });

  it('a suppressed finding alone does not fail the run', async () => {
    const clean = tempTree({ Dockerfile: '# dflint ignore=DL3007\nFROM debian:latest\nUSER 10001\n' });
    const run = await dflint(['-f', 'sarif', '--include-suppressed', 'Dockerfile'], { cwd: clean });
    expect(run.status).toBe(0);
    expect(parse(run.stdout).runs[0]!.results.map((r) => r.ruleId)).toEqual(['DL3007']);
  });

  it('--sarif-category sets automationDetails.id, with the trailing slash GitHub reads the category from', async () => {
    const run = await dflint(['-f', 'sarif', '--sarif-category', 'dockerfiles/api', '.'], { cwd: tree });
    expect(parse(run.stdout).runs[0]!.automationDetails).toEqual({ id: 'dockerfiles/api/' });
    const kept = await dflint(['-f', 'sarif', '--sarif-category', 'dflint/', '.'], { cwd: tree });
    expect(parse(kept.stdout).runs[0]!.automationDetails).toEqual({ id: 'dflint/' });
  });

  it('rejects an empty --sarif-category or one without a value', async () => {
    expect(await dflint(['-f', 'sarif', '--sarif-category', '', '.'], { cwd: tree })).toMatchObject({ status: 2, stdout: '', stderr: expect.stringContaining('--sarif-category needs a category') });
    expect((await dflint(['-f', 'sarif', '.', '--sarif-category'], { cwd: tree })).status).toBe(2);
  });

  it('-o writes the SARIF file', async () => {
    const run = await dflint(['-f', 'sarif', '-o', 'out.sarif', '.'], { cwd: tree });
    expect(run).toMatchObject({ status: 1, stdout: '' });
    expect(parse(readFileSync(join(tree, 'out.sarif'), 'utf8')).runs[0]!.results).toHaveLength(1);
  });

  it('names standard input stdin, or by --stdin-filename', async () => {
    expect(parse((await dflint(['-f', 'sarif', '-'], { cwd: tree, input: DOCKERFILE })).stdout).runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('stdin');
    const named = await dflint(['-f', 'sarif', '--stdin-filename', 'app dir/Dockerfile'], { cwd: tree, input: DOCKERFILE });
    expect(parse(named.stdout).runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('app%20dir/Dockerfile');
  });

  it('--help lists both options', async () => {
    const help = (await dflint(['--help'])).stdout;
    expect(help).toContain('--sarif-category');
    expect(help).toContain('--include-suppressed');
    expect(help).toContain('sarif');
  });
});

describe('parseArgs', () => {
  it('reads --sarif-category and --include-suppressed, the last value winning', async () => {
    const parsed = await parseArgs(['--sarif-category', 'a', '--sarif-category', 'b', '--include-suppressed', 'x'], 80);
    expect(parsed.ok && parsed.options).toMatchObject({ sarifCategory: 'b', includeSuppressed: true, paths: ['x'] });
    const plain = await parseArgs(['x'], 80);
    expect(plain.ok && plain.options).toMatchObject({ sarifCategory: undefined, includeSuppressed: false });
  });
});
