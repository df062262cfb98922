import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './built-cli.js';
import { tempTree } from './temp-tree.js';

type Library = typeof import('../../src/index.js');

describe('library entry point (package exports)', () => {
  let library: Library;
  beforeAll(async () => {
    ensureBuilt();
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: { '.': { import: string } } };
    library = (await import(pathToFileURL(join(ROOT, manifest.exports['.'].import)).href)) as Library;
  }, 120_000);

  it('exports the library functions', () => {
    expect(Object.keys(library).sort()).toEqual(['CheckOptionsError', 'ConfigError', 'UnknownTargetError', 'allRules', 'fix', 'formatters', 'getFormatter', 'lint', 'lintFiles', 'lintModel', 'parseDockerfile']);
  });

  it('lint() takes a target and build arguments, and names the stages of a target that is not there', async () => {
    const text = 'FROM node:22 AS app\nCMD ["node", "app.js"]\nFROM node:22 AS hardened\nUSER 10001\nCMD ["node", "app.js"]\n';
    const codes = async (options: object) => (await library.lint(text, { rules: { DF5001: 'warning' }, ...options })).map((f) => f.code);
    expect(await codes({})).not.toContain('DF5001');
    expect(await codes({ target: 'app' })).toContain('DF5001');
    expect(await codes({ target: 'app', buildArgs: { BUILDKIT_DOCKERFILE_CHECK: 'skip=all' } })).toContain('DF5001');
    await expect(library.lint(text, { target: 'prod' })).rejects.toThrow(library.UnknownTargetError);
  });

  it('lint() lints text', async () => {
    const findings = await library.lint('FROM debian:12\nRUN sudo true\n', { filename: 'Dockerfile' });
    expect(findings).toEqual([expect.objectContaining({ file: 'Dockerfile', code: 'DL3004', line: 2, column: 5 })]);
  });

  it('lintFiles() lints paths and reports the ones that fail', async () => {
    const result = await library.lintFiles(['fixtures/samples', 'missing'], { cwd: ROOT });
    expect(result.files).toEqual(['fixtures/samples/bad.Dockerfile', 'fixtures/samples/node-service/Dockerfile']);
    expect(result.errors).toEqual([{ path: 'missing', message: 'No such file or directory; check the path (it is relative to the current folder)' }]);
    expect(result.findings).toContainEqual(expect.objectContaining({ file: 'fixtures/samples/bad.Dockerfile', code: 'DL3004', line: 14 }));
    expect(result.findings.filter((f) => f.file.includes('node-service'))).toEqual([]);
  });

  it('lintFiles() rejects an invalid config file with a ConfigError listing its problems', async () => {
    const dir = tempTree({ '.git/HEAD': '', '.dflint.yaml': 'ignore: [no-sduo]\n', 'Dockerfile': 'FROM debian:12\n' });
    const failure = library.lintFiles(['Dockerfile'], { cwd: dir, env: {} });
    await expect(failure).rejects.toBeInstanceOf(library.ConfigError);
    await expect(failure).rejects.toMatchObject({ problems: [{ source: '.dflint.yaml', line: 1, column: 10, path: ['ignore', 0] }] });
  });

  it('formats lintFiles() results with a built-in formatter, as the CLI does', async () => {
    const result = await library.lintFiles(['fixtures/samples/bad.Dockerfile'], { cwd: ROOT, shellcheck: false });
    const sarif = library.getFormatter('sarif')!;
    const log = JSON.parse(sarif.format(result.results, { color: false, cwd: ROOT, version: '1.0.0', rules: library.allRules() })) as { runs: Array<{ results: unknown[] }> };
    expect(log.runs[0]!.results).toHaveLength(result.findings.length);
    expect([...library.formatters.keys()]).toContain('checkstyle');
  });

  it('allRules() lists rule metadata', () => {
    expect(library.allRules().map((r) => r.code)).toContain('DL3004');
  });
});
