import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, readFileSync, readlinkSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt } from './built-cli.js';
import { dflint } from './run-cli.js';
import { tempTree } from './temp-tree.js';

beforeAll(() => ensureBuilt());

/** DL3020 (ADD → COPY) and DL3019 (apk --no-cache) are safe; DL4000 (MAINTAINER) is unsafe. */
const FIXABLE = 'FROM alpine:3.20\nMAINTAINER jane@example.com\nADD app.conf /etc/app/\nRUN apk add --no-cache curl=8.9.1-r0 && apk add bash=5.2.26-r0\n';
const SAFE_FIXED = 'FROM alpine:3.20\nMAINTAINER jane@example.com\nCOPY app.conf /etc/app/\nRUN apk add --no-cache curl=8.9.1-r0 && apk add --no-cache bash=5.2.26-r0\n';
const ALL_FIXED = 'FROM alpine:3.20\nLABEL maintainer="jane@example.com"\nCOPY app.conf /etc/app/\nRUN apk add --no-cache curl=8.9.1-r0 && apk add --no-cache bash=5.2.26-r0\n';
const CLEAN = 'FROM alpine:3.20\nCOPY app.conf /etc/app/\n';

const read = (path: string) => readFileSync(path, 'utf8');

describe('--fix', () => {
  it('applies the safe fixes in place and reports what remains', async () => {
    const dir = tempTree({ Dockerfile: FIXABLE });
    const run = await dflint(['--fix', 'Dockerfile'], { cwd: dir });
    expect(read(join(dir, 'Dockerfile'))).toBe(SAFE_FIXED);
    expect(run.stdout).toContain('DL4000');
    expect(run.stdout).not.toContain('DL3020');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 1 problem (1 error, 0 warnings, 0 infos, 0 style) — 2 fixed, 1 remaining, 1 more with --fix --unsafe-fixes');
    expect(run.status).toBe(1);
  });

  it('applies unsafe fixes too with --unsafe-fixes, and exits 0 when nothing remains', async () => {
    const dir = tempTree({ Dockerfile: FIXABLE });
    const run = await dflint(['--fix', '--unsafe-fixes', 'Dockerfile'], { cwd: dir });
    expect(read(join(dir, 'Dockerfile'))).toBe(ALL_FIXED);
    expect(run.stdout).toBe('✔ 3 fixed, no problems remaining in 1 file\n');
    expect(run.status).toBe(0);
  });

  it('lists only the remaining findings in a JSON report, with the fix count on standard error', async () => {
    const dir = tempTree({ Dockerfile: FIXABLE });
    const run = await dflint(['--fix', '-f', 'json', 'Dockerfile'], { cwd: dir });
    expect(JSON.parse(run.stdout).map((f: { code: string }) => f.code)).toEqual(['DL4000']);
    expect(run.stderr).toBe('dflint: 2 fixed, 1 remaining (1 more fix with --fix --unsafe-fixes)\n');
  });

  it('says how many fixes are available without --fix', async () => {
    const dir = tempTree({ Dockerfile: FIXABLE });
    const run = await dflint(['Dockerfile'], { cwd: dir });
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/— 2 fixable with --fix, 1 more with --fix --unsafe-fixes$/);
    expect(read(join(dir, 'Dockerfile'))).toBe(FIXABLE);
  });

  it('does not open a file with nothing to fix: its mtime stays', async () => {
    const dir = tempTree({ Dockerfile: CLEAN });
    const path = join(dir, 'Dockerfile');
    utimesSync(path, new Date(2001, 1, 1), new Date(2001, 1, 1));
    const before = statSync(path).mtimeMs;
    expect((await dflint(['--fix', 'Dockerfile'], { cwd: dir })).status).toBe(0);
    expect(statSync(path).mtimeMs).toBe(before);
  });

  it('keeps CRLF line endings, the byte order mark and a missing final line break', async () => {
    const crlf = '\uFEFFFROM alpine:3.20\r\nADD app.conf /etc/app/\r\nRUN apk add \\\r\n    bash=5.2.26-r0';
    const dir = tempTree({ Dockerfile: crlf });
    await dflint(['--fix', 'Dockerfile'], { cwd: dir });
    expect(read(join(dir, 'Dockerfile'))).toBe('\uFEFFFROM alpine:3.20\r\nCOPY app.conf /etc/app/\r\nRUN apk add --no-cache \\\r\n    bash=5.2.26-r0');
  });

  it('keeps the file mode', async () => {
    const dir = tempTree({ Dockerfile: FIXABLE });
    chmodSync(join(dir, 'Dockerfile'), 0o640);
    await dflint(['--fix', 'Dockerfile'], { cwd: dir });
    expect(statSync(join(dir, 'Dockerfile')).mode & 0o777).toBe(0o640);
    expect(read(join(dir, 'Dockerfile'))).toBe(SAFE_FIXED);
  });

  it('writes through a symbolic link to its target; the link stays', async () => {
    const dir = tempTree({ 'real/Dockerfile': FIXABLE, Dockerfile: { symlink: 'real/Dockerfile' } });
    await dflint(['--fix', 'Dockerfile'], { cwd: dir });
    expect(lstatSync(join(dir, 'Dockerfile')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'Dockerfile'))).toBe('real/Dockerfile');
    expect(read(join(dir, 'real/Dockerfile'))).toBe(SAFE_FIXED);
  });

  it('names a file it cannot write, exits 2 and still fixes the others', () => {
    const dir = tempTree({ 'locked/Dockerfile': FIXABLE, 'open/Dockerfile': FIXABLE });
    // Root writes into read-only folders: run as nobody then, in a tree nobody can read.
    const asRoot = process.getuid?.() === 0;
    for (const folder of ['', 'locked', 'open']) chmodSync(join(dir, folder), 0o755);
    chmodSync(join(dir, 'open'), 0o777);
    for (const file of ['locked/Dockerfile', 'open/Dockerfile']) chmodSync(join(dir, file), 0o666);
    chmodSync(join(dir, 'locked'), 0o555);
    const command = asRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : [process.execPath];
    const run = spawnSync(command[0]!, [...command.slice(1), BIN, '--no-shellcheck', '--fix', 'locked/Dockerfile', 'open/Dockerfile'], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('dflint: locked/Dockerfile: Cannot write the fixed file (permission denied); it is left unchanged\n');
    expect(run.status).toBe(2);
    expect(read(join(dir, 'locked/Dockerfile'))).toBe(FIXABLE);
    expect(read(join(dir, 'open/Dockerfile'))).toBe(SAFE_FIXED);
    // The report of the unwritten file shows its findings as they still are.
    expect(run.stdout).toContain('locked/Dockerfile\n  2:1');
    expect(run.stdout).toMatch(/locked\/Dockerfile[\s\S]*DL3020/);
    chmodSync(join(dir, 'locked'), 0o755);
  });

  it('with -, prints the fixed text on standard output and the report on standard error', async () => {
    const run = await dflint(['--fix', '-'], { input: FIXABLE });
    expect(run.stdout).toBe(SAFE_FIXED);
    expect(run.stderr).toContain('DL4000');
    expect(run.stderr).toContain('2 fixed, 1 remaining');
    expect(run.status).toBe(1);
  });

  it('with -, prints the text unchanged when nothing is fixable', async () => {
    const run = await dflint(['--fix', '-'], { input: CLEAN });
    expect(run.stdout).toBe(CLEAN);
    expect(run.status).toBe(0);
  });

  it('never applies the fix of a rule that is off, ignored, below --quiet or suppressed by a pragma', async () => {
    const text = 'FROM alpine:3.20\n# dflint ignore=DL3020\nADD a.conf /etc/\nADD b.conf /etc/\nRUN apk add curl=8.9.1-r0\n';
    const dir = tempTree({ Dockerfile: text, 'quiet/Dockerfile': text, 'rule/Dockerfile': text });
    await dflint(['--fix', '--ignore', 'DL3019', 'Dockerfile'], { cwd: dir });
    expect(read(join(dir, 'Dockerfile'))).toBe(text.replace('ADD b', 'COPY b'));
    await dflint(['--fix', '--rule', 'DL3020:off', '--rule', 'require-apk-no-cache:error', 'rule/Dockerfile'], { cwd: dir });
    expect(read(join(dir, 'rule/Dockerfile'))).toBe(text.replace('apk add', 'apk add --no-cache'));
    // DL3019 is a warning, DL3020 an error: --quiet fixes only DL3020.
    await dflint(['--fix', '--quiet', 'quiet/Dockerfile'], { cwd: dir });
    expect(read(join(dir, 'quiet/Dockerfile'))).toBe(text.replace('ADD b', 'COPY b'));
  });

  it('applies overlapping fixes in later passes', async () => {
    const dir = tempTree({ Dockerfile: 'FROM debian:12\nRUN apt-get install curl=8.5.0-2\n' });
    await dflint(['--fix', '--unsafe-fixes', 'Dockerfile'], { cwd: dir });
    // DL3014 and DL3015 both insert right after `install`: one per pass.
    expect(read(join(dir, 'Dockerfile'))).toMatch(/^FROM debian:12\nRUN apt-get install (-y --no-install-recommends|--no-install-recommends -y) curl=8\.5\.0-2/);
  });
});

describe('--diff', () => {
  it('prints a unified diff, writes nothing and exits 1', async () => {
    const dir = tempTree({ Dockerfile: FIXABLE });
    const path = join(dir, 'Dockerfile');
    const before = statSync(path).mtimeMs;
    const run = await dflint(['--diff', 'Dockerfile'], { cwd: dir });
    expect(run.stdout).toBe([
      '--- a/Dockerfile',
      '+++ b/Dockerfile',
      '@@ -1,4 +1,4 @@',
      ' FROM alpine:3.20',
      ' MAINTAINER jane@example.com',
      '-ADD app.conf /etc/app/',
      '-RUN apk add --no-cache curl=8.9.1-r0 && apk add bash=5.2.26-r0',
      '+COPY app.conf /etc/app/',
      '+RUN apk add --no-cache curl=8.9.1-r0 && apk add --no-cache bash=5.2.26-r0',
      '',
    ].join('\n'));
    expect(run.stderr).toBe('dflint: would apply 2 fixes to 1 file\n');
    expect(run.status).toBe(1);
    expect(read(path)).toBe(FIXABLE);
    expect(statSync(path).mtimeMs).toBe(before);
  });

  it('includes unsafe fixes with --unsafe-fixes', async () => {
    const dir = tempTree({ Dockerfile: FIXABLE });
    const run = await dflint(['--diff', '--unsafe-fixes', 'Dockerfile'], { cwd: dir });
    expect(run.stdout).toContain('+LABEL maintainer="jane@example.com"\n');
    expect(run.status).toBe(1);
  });

  it('prints nothing and exits 0 when nothing would change, even with findings', async () => {
    const dir = tempTree({ Dockerfile: 'FROM alpine\n' });
    const run = await dflint(['--diff', 'Dockerfile'], { cwd: dir });
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('dflint: no fixes to apply\n');
    expect(run.status).toBe(0);
  });

  it('is a patch that `patch -p1` applies to the same result as --fix', async () => {
    const dir = tempTree({ 'a/Dockerfile': FIXABLE, 'b/Dockerfile': FIXABLE });
    const diff = (await dflint(['--diff', 'a/Dockerfile'], { cwd: dir })).stdout;
    const patched = spawnSync('patch', ['-p1', '-o', 'patched', 'a/Dockerfile'], { cwd: dir, input: diff, encoding: 'utf8' });
    expect(patched.error, 'patch(1) is needed: apt-get install patch').toBeUndefined();
    expect(patched.status).toBe(0);
    await dflint(['--fix', 'b/Dockerfile'], { cwd: dir });
    expect(read(join(dir, 'patched'))).toBe(read(join(dir, 'b/Dockerfile')));
  });

  it('works on standard input', async () => {
    const run = await dflint(['--diff', '--stdin-filename', 'api/Dockerfile', '-'], { input: FIXABLE });
    expect(run.stdout.split('\n').slice(0, 2)).toEqual(['--- a/api/Dockerfile', '+++ b/api/Dockerfile']);
    expect(run.status).toBe(1);
  });

  it('leaves CRLF in the changed lines', async () => {
    const dir = tempTree({ Dockerfile: 'FROM alpine:3.20\r\nADD a.conf /etc/\r\n' });
    expect((await dflint(['--diff', 'Dockerfile'], { cwd: dir })).stdout).toContain('+COPY a.conf /etc/\r\n');
  });
});

describe('--fix on a file that changes between passes', () => {
  it('keeps the write atomic: no temporary file is left beside it', async () => {
    const dir = tempTree({ Dockerfile: FIXABLE });
    await dflint(['--fix', 'Dockerfile'], { cwd: dir });
    writeFileSync(join(dir, 'other'), '');
    expect(spawnSync('ls', ['-A', dir], { encoding: 'utf8' }).stdout.split('\n').filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
