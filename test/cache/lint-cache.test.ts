import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LintCache, type LintInput } from '../../src/cache/lint-cache.js';
import { lintSettingsOf } from '../../src/config/effective.js';
import { ConfigResolver } from '../../src/config/resolver.js';
import { lintFiles } from '../../src/lint-files.js';
import { tempTree } from '../cli/temp-tree.js';
import { hasShellcheck, isShellcheck, SHELLCHECK } from '../shellcheck/support.js';

const UNASSIGNED = (name: string) => `${name} is referenced but not assigned`;

/**
 * A project with a ShellCheck wrapper that logs how many scripts each call checks, and answers
 * `--version` from the file `version`, so a test can "upgrade" ShellCheck.
 */
function project(files: Record<string, string>) {
  const tree = tempTree({ '.git/HEAD': '', 'bin/shellcheck': '', version: 'ShellCheck - fake\nversion: 0.9.0\n', ...files });
  const log = join(tree, 'calls.log');
  writeFileSync(log, '');
  const wrapper = join(tree, 'bin', 'shellcheck');
  writeFileSync(wrapper, `#!/bin/sh\nif [ "$1" = --version ]; then cat '${join(tree, 'version')}'; exit 0; fi\nn=0\nfor a in "$@"; do case "$a" in *.sh) n=$((n+1));; esac; done\necho "$n" >> '${log}'\nexec '${SHELLCHECK}' "$@"\n`);
  chmodSync(wrapper, 0o755);
  const run = () => lintFiles(['.'], { cwd: tree, shellcheck: wrapper, cache: true, cacheLocation: 'cache/' });
  /** Scripts ShellCheck checked since the last call. */
  const checked = () => {
    const counts = readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map(Number);
    writeFileSync(log, '');
    return counts.reduce((sum, n) => sum + n, 0);
  };
  return { tree, run, checked };
}

const summary = (findings: readonly { file: string; code: string; line: number; column: number; message: string }[]) => findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.code} ${f.message}`);

describe.skipIf(!hasShellcheck)('--cache', () => {
  it('serves an unchanged file from the cache, and lints a changed one again (only its new script goes to ShellCheck)', async () => {
    const { tree, run, checked } = project({ 'a/Dockerfile': 'FROM alpine:3.20\nRUN echo "$one"\n', 'b/Dockerfile': 'FROM alpine:3.20\nRUN echo "$two"\n' });
    const first = await run();
    expect(first.warnings).toEqual([]);
    expect(checked()).toBe(2);
    expect(readdirSync(join(tree, 'cache'))).toEqual(['results.json']); // no temporary file left behind

    const second = await run();
    expect(checked()).toBe(0);
    expect(summary(second.findings)).toEqual(summary(first.findings));
    expect(second.findings.filter(isShellcheck).map((f) => f.message)).toEqual([UNASSIGNED('one'), UNASSIGNED('two')]);

    writeFileSync(join(tree, 'b/Dockerfile'), 'FROM alpine:3.20\nRUN echo "$one"\nRUN echo "$three"\n');
    const third = await run();
    expect(checked()).toBe(1); // `echo "$one"` is known from a/Dockerfile
    expect(third.findings.filter((f) => f.file === 'b/Dockerfile' && isShellcheck(f)).map((f) => [f.line, f.message])).toEqual([[2, UNASSIGNED('one')], [3, UNASSIGNED('three')]]);
  });

  it('lints again when the configuration changes, and checks every script again when ShellCheck\'s version does', async () => {
    const { tree, run, checked } = project({ 'Dockerfile': 'FROM alpine\nRUN echo "$one"\n' });
    const codes = async () => (await run()).findings.map((f) => f.code);
    expect(await codes()).toEqual(['DL3006', 'SC2154']);
    checked();
    writeFileSync(join(tree, '.dflint.yaml'), 'rules:\n  DL3006: off\n');
    expect(await codes()).toEqual(['SC2154']);
    expect(checked()).toBe(0); // ShellCheck's answer does not depend on dflint's configuration
    writeFileSync(join(tree, '.dflint.yaml'), 'rules:\n  SC2154: off\n');
    expect(await codes()).toEqual(['DL3006']);
    writeFileSync(join(tree, 'version'), 'ShellCheck - fake\nversion: 0.10.0\n');
    expect(await codes()).toEqual(['DL3006']);
    expect(checked()).toBe(1);
  });

  it('maps the comments of a script found in several files, or twice in one, to each place, whatever ARGs it does not read', async () => {
    const script = 'RUN cd "$dir" && ls';
    const { run, checked } = project({ 'a/Dockerfile': `FROM alpine:3.20\n${script}\n`, 'b/Dockerfile': `FROM alpine:3.20\nARG VERSION\n\n${script}\nRUN true\n${script}\n` });
    const result = await run();
    expect(checked()).toBe(2); // the shared script once (VERSION, which it does not read, makes no difference), and `true`
    expect(result.findings.filter(isShellcheck).map((f) => `${f.file}:${f.line}:${f.column}-${f.endColumn} ${f.code}`)).toEqual([
      'a/Dockerfile:2:9-13 SC2154',
      'b/Dockerfile:4:9-13 SC2154',
      'b/Dockerfile:6:9-13 SC2154',
    ]);
  });

  it('ignores a corrupt cache file with a warning, and rewrites it', async () => {
    const { tree, run } = project({ 'Dockerfile': 'FROM alpine:3.20\nRUN echo "$one"\n', 'cache/results.json': '{"format":"dflint-cache/1","entr' });
    const result = await run();
    expect(result.warnings).toEqual([`the cache file ${join(tree, 'cache', 'results.json')} could not be read (${jsonError('{"format":"dflint-cache/1","entr')}); it was ignored and will be rewritten`]);
    expect(result.findings.map((f) => f.code)).toEqual(['SC2154']);
    expect(JSON.parse(readFileSync(join(tree, 'cache', 'results.json'), 'utf8'))).toMatchObject({ format: 'dflint-cache/1' });
    expect((await run()).warnings).toEqual([]);
  });

  it('lints on with a warning when the cache cannot be written', async () => {
    const tree = tempTree({ '.git/HEAD': '', Dockerfile: 'FROM alpine:3.20\n', 'a-file': '' });
    const result = await lintFiles(['Dockerfile'], { cwd: tree, shellcheck: false, cache: true, cacheLocation: 'a-file/results.json' });
    expect(result.findings).toEqual([]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/^the cache file .*a-file\/results\.json could not be written \(EEXIST: .*\), so this run's results were not cached: check that its folder is writable, or pass --cache-location$/);
  });
});

describe('cache keys', () => {
  it('change with dflint\'s version, the settings, the file\'s name and text, and the build context', async () => {
    const tree = tempTree({ '.git/HEAD': '', '.dflint.yaml': 'rules:\n  DL3006: off\n' });
    const resolver = new ConfigResolver({ cwd: tree, config: false });
    const settings = lintSettingsOf(await resolver.forFolder(tree));
    const other = lintSettingsOf(await new ConfigResolver({ cwd: tree }).forFolder(tree));
    const base = { shellcheck: false } as const;
    const input: LintInput = { file: 'Dockerfile', text: 'FROM alpine\n', buildContext: undefined };
    const key = (tool: string, changes: Partial<LintInput> = {}, which = settings) => new LintCache({ cwd: tree, location: 'c.json', tool }).fileKey({ ...input, ...changes }, { ...which, ...base });
    expect(key('1')).toBe(key('1'));
    const variants = [
      key('2'),
      key('1', { text: 'FROM alpine \n' }),
      key('1', { file: 'other/Dockerfile' }),
      key('1', { buildContext: { dir: tree, dockerignore: undefined } }),
      key('1', {}, other),
    ];
    expect(new Set([key('1'), ...variants]).size).toBe(variants.length + 1);
  });
});

function jsonError(text: string): string {
  try {
    JSON.parse(text);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}
