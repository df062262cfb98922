import { describe, expect, it } from 'vitest';
import { quickParse } from '../../src/cli/quick-args.js';
import { parseArgs, parseWithYargs } from '../../src/cli/options.js';

/** Command lines the quick parser reads: it must read them exactly as yargs does. */
const READ = [
  [],
  ['Dockerfile'],
  ['--no-shellcheck', 'fixtures/samples/bad.Dockerfile'],
  ['-f', 'json', '-o', 'out.json', '.', 'a/Dockerfile'],
  ['--format=sarif', '--sarif-category', 'dflint', '--include-suppressed', '.'],
  ['-f', 'json', '--format', 'compact', 'x'],
  ['-t', 'warning', '-q', '--no-color', '--no-config', '--no-report-unused-ignores', 'x'],
  ['--color', '--report-unused-ignores', '--config', 'c.yaml', '--shellcheck', '/usr/bin/shellcheck', 'x'],
  ['--rule', 'DL3008:off', '--rule', 'DL3006:error,DL3007:off', '--ignore', 'DL3059', '--ignore', 'DL3013,DL3014', 'x'],
  ['--fix', '--unsafe-fixes', '--diff', 'x'],
  ['--jobs', '3', '-j', '1', 'x'],
  ['--jobs=many', 'x'],
  ['--cache', '--cache-location', 'tmp/cache', 'x'],
  ['--cache-location=c.json', '--cache', '--cache', 'x'],
  ['--stdin-filename', 'api/Dockerfile', '-'],
  ['--context', 'ctx', '--print-config', 'Dockerfile'],
  ['--list-rules', '-f', 'json'],
  ['--explain', 'DL3004'],
  ['--init'],
  ['-v'],
  ['--version'],
  ['-f', './my-formatter.js', 'x'],
  ['--', '--weird-name', 'x'],
  ['123', '-'],
  ['--build-arg', 'VARIANT=slim', '--build-arg', 'HTTP_PROXY', '--build-arg=BUILDKIT_DOCKERFILE_CHECK=skip=all;error=true', 'x'],
  ['--target', 'build', '--target=release', 'x'],
  ['--lsp'],
  ['--lsp', '--stdio'],
];

/** Command lines it leaves to yargs. */
const LEFT = [
  ['--help'],
  ['-h'],
  ['--failureThreshold', 'error'],
  ['--format'],
  ['--format', '--quiet'],
  ['--unknown'],
  ['-t', 'loud'],
  ['--color', '--no-color'],
  ['--quiet=false'],
  ['--rule', ''],
  ['--no-quiet'],
];

describe('the quick argument parser', () => {
  it.each(READ.map((argv) => [argv.join(' ') || '(none)', argv]))('reads %s as yargs does', async (_name, argv) => {
    const quick = quickParse(argv);
    expect(quick).toBeDefined();
    const parsed = await parseWithYargs(argv, 100);
    expect(parsed.ok).toBe(true);
    expect(quick).toEqual(parsed.ok ? parsed.options : undefined);
  });

  it.each(LEFT.map((argv) => [argv.join(' '), argv]))('leaves %s to yargs', (_name, argv) => {
    expect(quickParse(argv)).toBeUndefined();
  });

  it('leaves an unknown format to yargs, which says so', async () => {
    expect(await parseArgs(['-f', 'nope', 'x'], 100)).toEqual(await parseWithYargs(['-f', 'nope', 'x'], 100));
    expect(await parseArgs(['-f', 'nope', 'x'], 100)).toMatchObject({ ok: false, message: expect.stringContaining('unknown format nope') });
  });
});
