import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/lint-files.js';
import { dflintProcess as dflint, ensureBuilt } from '../cli/built-cli.js';
import { tempTree } from '../cli/temp-tree.js';

/** These tests need no ShellCheck: they check what happens when it is missing. */
describe('ShellCheck missing', () => {
  const tree = tempTree({ '.git/HEAD': '', 'a/Dockerfile': 'FROM alpine\nRUN cd /x\n', 'b/Dockerfile': 'FROM alpine\nRUN cd /y\n' });
  const missing = join(tree, 'no', 'shellcheck');

  beforeAll(() => ensureBuilt());

  it('lintFiles gives one notice for the run and lints every file without ShellCheck', async () => {
    const result = await lintFiles(['.'], { cwd: tree, shellcheck: missing });
    expect(result.warnings).toEqual([`the ShellCheck executable \`${missing}\` was not found, so RUN scripts were not checked with ShellCheck (install it, pass --shellcheck PATH, or turn it off with --no-shellcheck)`]);
    expect(result.files).toEqual(['a/Dockerfile', 'b/Dockerfile']);
    expect(result.findings.map((f) => f.code)).toEqual(['DL3006', 'DL3003', 'DL3006', 'DL3003']);
  });

  it('the CLI says so once on stderr, for --shellcheck PATH and for an empty PATH, and goes on', () => {
    const given = dflint(['--shellcheck', missing, '-f', 'json', '.'], { cwd: tree, shellcheck: true });
    expect(given.stderr.trim().split('\n')).toEqual([expect.stringContaining(`dflint: warning: the ShellCheck executable \`${missing}\` was not found`)]);
    expect(given.status).toBe(1);
    expect((JSON.parse(given.stdout) as unknown[]).length).toBeGreaterThan(0);

    const onPath = dflint(['.'], { cwd: tree, env: { PATH: join(tree, 'no') }, shellcheck: true });
    expect(onPath.stderr.trim().split('\n')).toEqual(['dflint: warning: `shellcheck` was not found on PATH, so RUN scripts were not checked with ShellCheck (install it, pass --shellcheck PATH, or turn it off with --no-shellcheck)']);
  });

  it('says nothing with --no-shellcheck', () => {
    const run = dflint(['--no-shellcheck', '.'], { cwd: tree, env: { PATH: join(tree, 'no') }, shellcheck: true });
    expect(run.stderr).toBe('');
  });
});
