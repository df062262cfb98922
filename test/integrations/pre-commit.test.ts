import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Installs the hook the way its users get it: Debian's pre-commit runs `try-repo` on a committed
 * copy of this repository (pre-commit then runs `npm install`, `npm pack` and `npm install -g`
 * in it, with packages from the registry) and lints a temporary git repository with it.
 *
 * The copy holds the working tree's files as they are, tracked or new (ignored ones aside), so
 * uncommitted edits are tested too.
 * Without pre-commit on PATH the tests are skipped, unless CI is set: CI must run them.
 */
const root = join(import.meta.dirname, '../..');
const PRE_COMMIT = (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'pre-commit')).find((path) => existsSync(path));
const REQUIRED = Boolean(process.env.CI);

if (PRE_COMMIT === undefined && !REQUIRED) {
  console.warn('NOTE: `pre-commit` is not on PATH, so the pre-commit hook test is skipped (apt-get install pre-commit; .ci/run installs it)');
}

/** Each try-repo installs the hook afresh from the registry: about 10 s on a good connection. */
const INSTALL_TIMEOUT = 5 * 60_000;

/**
 * The environment of the commands: without the `npm_*` variables `npm test` exports (such as
 * this repository's ignore-scripts, which pre-commit's npm must not inherit), without the `GIT_*`
 * ones a git hook exports (GIT_INDEX_FILE would send the commits elsewhere), and without the
 * user's git configuration (a required commit signature would fail them).
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(npm_|GIT_)/i.test(name) && name !== 'INIT_CWD'));
  return { ...env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'dflint test', GIT_AUTHOR_EMAIL: 'test@dflint.invalid', GIT_COMMITTER_NAME: 'dflint test', GIT_COMMITTER_EMAIL: 'test@dflint.invalid' };
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: cleanEnv(), encoding: 'utf8' });

/**
 * Copies the working tree's files into `to` and commits them there: the files git tracks
 * (skipping deleted ones) and the untracked ones it does not ignore, such as a new file not yet
 * added, except symbolic links among those (a worktree's node_modules link to another checkout:
 * npm would install into it).
 */
function committedCopy(to: string): void {
  const list = (...args: string[]) => git(root, 'ls-files', '-z', ...args).split('\0').filter(Boolean);
  const untracked = new Set(list('--others', '--exclude-standard'));
  for (const path of [...list('--cached'), ...untracked]) {
    const from = join(root, path);
    const stat = lstatSync(from, { throwIfNoEntry: false });
    if (!stat || (stat.isSymbolicLink() && untracked.has(path))) continue;
    mkdirSync(dirname(join(to, path)), { recursive: true });
    if (stat.isSymbolicLink()) symlinkSync(readlinkSync(from), join(to, path));
    else copyFileSync(from, join(to, path)); // keeps the executable bit of bundle/dflint.mjs
  }
  git(to, 'init', '-q');
  git(to, 'add', '--all', '--force', '.');
  git(to, 'commit', '-q', '--no-verify', '-m', 'copy of the working tree');
}

/** A file without findings; one whose only findings have safe fixes (DL3020, DL3019), and it fixed. */
const CLEAN = 'FROM ubuntu:22.04\nUSER 10001\nCMD ["true"]\n';
const FIXABLE = 'FROM alpine:3.20\nADD app.conf /etc/app/\nRUN apk add bash=5.2.26-r0\nUSER 10001\nCMD ["true"]\n';
const FIXED = 'FROM alpine:3.20\nCOPY app.conf /etc/app/\nRUN apk add --no-cache bash=5.2.26-r0\nUSER 10001\nCMD ["true"]\n';

interface Run {
  readonly code: number;
  readonly output: string;
}

// Declared only when it fails, so that it never shows up as one more skipped test.
if (PRE_COMMIT === undefined && REQUIRED) {
  it('pre-commit is on PATH, as CI is set', () => {
    expect.fail('CI is set but `pre-commit` is not on PATH: install it (apt-get install pre-commit, as .ci/run does)');
  });
}

describe.skipIf(PRE_COMMIT === undefined)('the pre-commit hook, installed by `pre-commit try-repo`', () => {
  let scratch = '';
  let hookRepo = '';
  let target = '';
  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'dflint-pre-commit-'));
    hookRepo = join(scratch, 'dflint');
    target = join(scratch, 'target');
    committedCopy(hookRepo);
    mkdirSync(join(target, 'web'), { recursive: true });
    writeFileSync(join(target, 'Dockerfile'), 'FROM ubuntu\nRUN sudo make install\n');
    writeFileSync(join(target, 'web/app.Dockerfile'), CLEAN);
    writeFileSync(join(target, 'README.md'), '# A project with Dockerfiles\n');
    writeFileSync(join(target, 'fixable.Dockerfile'), FIXABLE);
    git(target, 'init', '-q');
    git(target, 'add', '.');
    git(target, 'commit', '-q', '--no-verify', '-m', 'files to lint');
  }, 60_000);

  /** `pre-commit try-repo <copy> dflint --files …` in the target repository, with its own store and log. */
  function tryRepo(...files: string[]): Promise<Run> {
    return tryHook('dflint', ...files);
  }

  function tryHook(hookId: string, ...files: string[]): Promise<Run> {
    const home = mkdtempSync(join(scratch, 'home-'));
    const args = ['try-repo', hookRepo, hookId, '--color', 'never', '--files', ...files];
    return new Promise((resolve) => {
      execFile(PRE_COMMIT!, args, { cwd: target, env: { ...cleanEnv(), PRE_COMMIT_HOME: home }, encoding: 'utf8', timeout: INSTALL_TIMEOUT }, (error, stdout, stderr) => {
        // pre-commit logs installation failures there; show them when an assertion fails.
        const log = join(home, 'pre-commit.log');
        const output = `${stdout}${stderr}${existsSync(log) ? `\n--- ${log} ---\n${readFileSync(log, 'utf8')}` : ''}`;
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, output });
      });
    });
  }

  it('fails on a Dockerfile with findings, showing them', { timeout: INSTALL_TIMEOUT }, async () => {
    const run = await tryRepo('Dockerfile', 'README.md');
    expect(run.code, run.output).toBe(1);
    expect(run.output).toMatch(/^dflint\.+Failed$/m);
    expect(run.output).toContain('- exit code: 1');
    expect(run.output).toMatch(/^Dockerfile$/m);
    expect(run.output).toMatch(/2:5 +error +Do not use `sudo`.*DL3004 no-sudo/);
    expect(run.output).toMatch(/1:6 +warning .*DL3006 require-image-tag/);
  });

  it('passes on a Dockerfile without findings', { timeout: INSTALL_TIMEOUT }, async () => {
    const run = await tryRepo('web/app.Dockerfile');
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/^dflint\.+Passed$/m);
  });

  it('dflint-fix applies the safe fixes, and fails because it changed files', { timeout: INSTALL_TIMEOUT }, async () => {
    const run = await tryHook('dflint-fix', 'fixable.Dockerfile', 'web/app.Dockerfile');
    expect(run.code, run.output).toBe(1);
    expect(run.output).toMatch(/^dflint \(fix\)\.+Failed$/m);
    expect(run.output).toContain('- files were modified by this hook');
    expect(readFileSync(join(target, 'fixable.Dockerfile'), 'utf8')).toBe(FIXED);
    expect(readFileSync(join(target, 'web/app.Dockerfile'), 'utf8')).toBe(CLEAN);
    // Run again on the fixed file: nothing left to fix, nothing left to report.
    const again = await tryHook('dflint-fix', 'fixable.Dockerfile');
    expect(again.code, again.output).toBe(0);
    expect(again.output).toMatch(/^dflint \(fix\)\.+Passed$/m);
  });

  it('skips a commit without Dockerfiles', { timeout: INSTALL_TIMEOUT }, async () => {
    const run = await tryRepo('README.md');
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/^dflint\.+\(no files to check\)Skipped$/m);
  });
});
