import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateFindings } from '../formatters/findings-schema.js';
import { BIN, dflintProcess, ensureBuilt, ROOT } from './built-cli.js';
import { dflint } from './run-cli.js';
import { tempTree } from './temp-tree.js';

const BAD = 'fixtures/samples/bad.Dockerfile';
const GOOD = 'fixtures/samples/node-service/Dockerfile';
const SUDO = 'FROM debian:12\nRUN make && \\\n    sudo make install\n';
const ANSI = /\u001b\[\d+m/;

interface JsonFinding { file: string; code: string; line: number; column: number }
const parse = (stdout: string) => JSON.parse(stdout) as JsonFinding[];

beforeAll(ensureBuilt, 120_000);

describe('dflint (the built binary for exit codes and standard input, main() in-process otherwise)', () => {
  const tree = tempTree({
    'Dockerfile': SUDO,
    'services/api/Dockerfile': SUDO,
    'services/web/web.Dockerfile': 'FROM nginx:1.27\n',
    'services/web/node_modules/pkg/Dockerfile': SUDO,
    'services/notes.md': '# notes',
    'broken/Dockerfile': { symlink: 'missing-target' },
  });

  it('starts with a shebang so it runs as an npm bin', () => {
    expect(readFileSync(BIN, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  describe('exit codes', () => {
    it('0 when nothing reaches the threshold, with a success line', () => {
      const run = dflintProcess([GOOD]);
      expect(run).toMatchObject({ status: 0, stderr: '' });
      expect(run.stdout).toBe('✔ No problems found in 1 file\n');
    });

    it('1 when a finding does, reporting it with the path, position and source line', () => {
      const run = dflintProcess([BAD]);
      expect(run.status).toBe(1);
      expect(run.stdout).toContain(`${BAD}\n`);
      expect(run.stdout).toMatch(/ {2}14:5 +error +Do not use `sudo`.* DL3004 no-sudo\n +14 \| {5}sudo chown -R www-data \/app\n +\| {5}\^{4}\n/);
      expect(run.stdout).toMatch(/✖ \d+ problems? \(/);
    });

    it('2 for a missing path, the other files still linted and reported', () => {
      const run = dflintProcess(['missing.Dockerfile', BAD, GOOD]);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe('dflint: missing.Dockerfile: No such file or directory; check the path (it is relative to the current folder)\n');
      expect(run.stdout).toContain(BAD);
    });

    it('2 for an unreadable file, naming it, the others still reported', () => {
      const run = dflintProcess(['.', '-f', 'json'], { cwd: tree });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^dflint: broken\/Dockerfile: Cannot read the file: .*\n$/);
      expect(parse(run.stdout).map((f) => f.file)).toEqual(['Dockerfile', 'services/api/Dockerfile']);
    });

    it('2 without any path, with a hint', async () => {
      const run = await dflint([]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('no Dockerfile given');
      expect(run.stderr).toContain('dflint --help');
      expect(run.stdout).toBe('');
    });

    it('2 for unknown options and invalid values', async () => {
      expect(await dflint(['--bogus', BAD])).toMatchObject({ status: 2, stdout: '', stderr: expect.stringContaining('Unknown argument: bogus') });
      expect(await dflint(['-f', 'xml', BAD])).toMatchObject({ status: 2, stdout: '', stderr: expect.stringContaining('unknown format xml: use one of stylish, json, ') });
      expect((await dflint(['--failure-threshold', 'fatal', BAD])).status).toBe(2);
      expect(await dflint(['--context', 'no-such-dir', BAD])).toMatchObject({ status: 2, stderr: expect.stringContaining('not a directory') });
    });
  });

  describe('--failure-threshold', () => {
    it('none never fails', async () => {
      const run = await dflint(['--failure-threshold', 'none', BAD]);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('DL3004');
    });

    it('error fails on errors', async () => {
      expect((await dflint(['-t', 'error', BAD])).status).toBe(1);
    });

    it('does not hide a usage error: 2 wins over 1', async () => {
      expect((await dflint(['-t', 'style', BAD, 'missing'])).status).toBe(2);
    });
  });

  describe('inputs', () => {
    it('searches folders, skipping node_modules', async () => {
      const run = await dflint(['services', '-f', 'json'], { cwd: tree });
      expect(run.status).toBe(1);
      expect(parse(run.stdout).map((f) => f.file)).toEqual(['services/api/Dockerfile']);
    });

    it('expands globs itself', async () => {
      const run = await dflint(['**/Dockerfile', 'services/*/*.Dockerfile', '-f', 'json'], { cwd: tree });
      expect(run.stderr).toMatch(/broken\/Dockerfile: Cannot read/);
      expect(parse(run.stdout).map((f) => f.file)).toEqual(['Dockerfile', 'services/api/Dockerfile']);
    });

    it('reports a glob matching nothing as a usage error', async () => {
      const run = await dflint(['*.yaml', 'Dockerfile'], { cwd: tree });
      expect(run.status).toBe(2);
      expect(run.stderr).toBe('dflint: *.yaml: No files match the pattern\n');
      expect(run.stdout).toContain('Dockerfile');
    });

    it('reads - from standard input, named -', () => {
      const run = dflintProcess(['-', '-f', 'json'], { input: SUDO });
      expect(run.status).toBe(1);
      expect(parse(run.stdout).map((f) => [f.file, f.line, f.column])).toEqual([['-', 3, 5]]);
    });

    it('names standard input with --stdin-filename, which alone implies -', async () => {
      for (const args of [['-', '--stdin-filename', 'app/Dockerfile'], ['--stdin-filename', 'app/Dockerfile']]) {
        const run = await dflint([...args, '-f', 'json'], { input: SUDO });
        expect(parse(run.stdout).map((f) => f.file)).toEqual(['app/Dockerfile']);
      }
    });

    it('rejects --stdin-filename when the paths leave out -', async () => {
      expect((await dflint([BAD, '--stdin-filename', 'x'], { input: SUDO })).status).toBe(2);
    });

    it('lints standard input alongside files', async () => {
      const run = await dflint([GOOD, '-', '-f', 'json'], { input: SUDO });
      expect(parse(run.stdout).map((f) => f.file)).toEqual(['-']);
    });
  });

  describe('output', () => {
    it('prints JSON that the schema accepts', async () => {
      const run = await dflint(['-f', 'json', BAD, GOOD]);
      const findings = parse(run.stdout);
      expect(findings.length).toBeGreaterThan(0);
      expect(findings).toContainEqual(expect.objectContaining({ file: BAD, code: 'DL3004', line: 14, column: 5 }));
      expect(validateFindings(findings)).toBeUndefined();
    });

    it('-o writes the report to a file instead of standard output', async () => {
      const out = join(tree, 'report.json');
      const run = await dflint(['-f', 'json', '-o', out, BAD]);
      expect(run).toMatchObject({ status: 1, stdout: '' });
      expect(parse(readFileSync(out, 'utf8'))).toContainEqual(expect.objectContaining({ code: 'DL3004' }));
    });

    it('-o into a missing folder is an error', async () => {
      const run = await dflint(['-o', join(tree, 'nope', 'report.txt'), GOOD]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('cannot write');
    });

    it('stops quietly when the reader of its output goes away', () => {
      const big = join(tree, 'big.Dockerfile');
      writeFileSync(big, `FROM debian:12\n${'RUN sudo true\n'.repeat(5000)}`);
      const run = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" --no-shellcheck -f json "${big}" | head -1 >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe('1\n');
    });

    it('--quiet keeps errors', async () => {
      expect((await dflint(['--quiet', BAD])).stdout).toContain('DL3004');
    });
  });

  describe('colour', () => {
    it('is off when standard output is not a terminal', async () => {
      expect((await dflint([BAD])).stdout).not.toMatch(ANSI);
    });

    it('is on with FORCE_COLOR or --color, even with NO_COLOR', async () => {
      expect((await dflint([BAD], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
      expect((await dflint([BAD, '--color'], { env: { NO_COLOR: '1' } })).stdout).toMatch(ANSI);
    });

    it('is off with --no-color or NO_COLOR', async () => {
      expect((await dflint([BAD, '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
      expect((await dflint([BAD], { env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    });
  });

  describe('information', () => {
    it('--list-rules prints a table, or JSON with --format json', async () => {
      const table = await dflint(['--list-rules']);
      expect(table.status).toBe(0);
      expect(table.stdout.split('\n')[0]).toMatch(/^CODE +NAME +SEVERITY +CATEGORY +FIXABLE +ALIASES +SUMMARY$/);
      expect(table.stdout).toMatch(/^DL3004 +no-sudo +error +security /m);
      const json = JSON.parse((await dflint(['--list-rules', '-f', 'json'])).stdout) as Array<{ code: string }>;
      expect(json).toContainEqual(expect.objectContaining({ code: 'DL3004', name: 'no-sudo', severity: 'error' }));
    });

    it('--explain prints the rule documentation by code or name', async () => {
      for (const id of ['DL3004', 'no-sudo']) {
        const run = await dflint(['--explain', id]);
        expect(run.status).toBe(0);
        expect(run.stdout).toMatch(/^# no-sudo \(DL3004\)\n/);
        expect(run.stdout).toContain('## Why is this bad?');
      }
    });

    it('--explain of an unknown rule suggests the nearest and exits 2', async () => {
      const run = await dflint(['--explain', 'no-sudoo']);
      expect(run).toMatchObject({ status: 2, stdout: '' });
      expect(run.stderr).toBe('dflint: Unknown rule `no-sudoo`: did you mean `DL3004` (no-sudo)?\n');
    });

    it('--version prints the package version', async () => {
      const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
      expect(await dflint(['--version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
      expect((await dflint(['-v'])).stdout).toBe(`${version}\n`);
    });

    it('--help shows the options and examples', async () => {
      const run = await dflint(['--help']);
      expect(run.status).toBe(0);
      for (const text of ['--format', '--failure-threshold', '--stdin-filename', 'Examples:', 'Exit codes:']) expect(run.stdout).toContain(text);
    });
  });
});
