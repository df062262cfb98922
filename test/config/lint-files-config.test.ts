import { describe, expect, it, vi } from 'vitest';
import * as runModule from '../../src/engine/run.js';
import * as lintModule from '../../src/lint.js';
import { lintFiles } from '../../src/lint-files.js';
import { ConfigError } from '../../src/config/problems.js';
import type { LintOptions } from '../../src/lint.js';
import type { Model } from '../../src/model/types.js';
import { tempTree } from '../cli/temp-tree.js';

vi.mock('../../src/engine/run.js', async (importOriginal) => {
  const original = await importOriginal<typeof runModule>();
  return { ...original, runRules: vi.fn(original.runRules) };
});
vi.mock('../../src/lint.js', async (importOriginal) => {
  const original = await importOriginal<typeof lintModule>();
  return { ...original, lintModelWithSuppressions: vi.fn(original.lintModelWithSuppressions) };
});

const calls = () => vi.mocked(lintModule.lintModelWithSuppressions).mock.calls as Array<[Model, LintOptions]>;
const SUDO = 'FROM debian:12\nRUN sudo true\n';

describe('lintFiles with config files', () => {
  const tree = tempTree({
    '.git/HEAD': '',
    '.dflint.yaml': [
      'rules: { no-sudo: warning }',
      'failureThreshold: error',
      'trustedRegistries: ["*.corp.example"]',
      'labelSchema: { maintainer: text }',
      'strictLabels: true',
      'shell: /bin/bash -o pipefail -c',
      'reportUnusedIgnores: true',
      'disablePragmas: true',
      'overrides:',
      '  - files: [legacy/Dockerfile]',
      '    ignore: [DL3004]',
      '',
    ].join('\n'),
    'Dockerfile': SUDO,
    'legacy/Dockerfile': SUDO,
    'broken/.dflint.yaml': 'rules: { no-sduo: off }\n',
    'broken/Dockerfile': SUDO,
    'other/.dflint.json': '{ "strictLabels": 3 }',
    'other/Dockerfile': SUDO,
  });

  it('lints each file with its settings, rules, default shell and pragma switches', async () => {
    vi.mocked(lintModule.lintModelWithSuppressions).mockClear();
    vi.mocked(runModule.runRules).mockClear();
    const result = await lintFiles(['Dockerfile', 'legacy/Dockerfile'], { cwd: tree, env: {}, shellcheck: false });
    const [[model, options]] = calls();
    expect(options).toMatchObject({
      settings: { trustedRegistries: ['*.corp.example'], labelSchema: { maintainer: 'text' }, strictLabels: true },
      reportUnusedIgnores: true,
      disablePragmas: true,
      defaultShell: ['/bin/bash', '-o', 'pipefail', '-c'],
    });
    expect(model.shellAt(model.instructions[1]!).argv).toEqual(['/bin/bash', '-o', 'pipefail', '-c']);
    expect(vi.mocked(runModule.runRules).mock.calls[0]![2].settings).toEqual({ trustedRegistries: ['*.corp.example'], labelSchema: { maintainer: 'text' }, strictLabels: true, targets: [] });
    expect(result.results.map((r) => [r.file, r.failureThreshold, r.findings.filter((f) => f.code === 'DL3004').map((f) => f.severity)])).toEqual([
      ['Dockerfile', 'error', ['warning']],
      ['legacy/Dockerfile', 'error', []],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('lets its own options win over the config files', async () => {
    const result = await lintFiles(['Dockerfile'], { cwd: tree, env: {}, rules: { DL3004: 'info' }, failureThreshold: 'style' });
    expect(result.results[0]!.failureThreshold).toBe('style');
    expect(result.findings.find((f) => f.code === 'DL3004')!.severity).toBe('info');
    const ignored = await lintFiles(['Dockerfile'], { cwd: tree, env: {}, ignore: ['no-sudo'] });
    expect(ignored.findings.some((f) => f.code === 'DL3004')).toBe(false);
  });

  it('reads no config file with config: false, or the one given', async () => {
    const none = await lintFiles(['Dockerfile'], { cwd: tree, env: {}, config: false });
    expect(none.findings.find((f) => f.code === 'DL3004')!.severity).toBe('error');
    expect(none.results[0]!.failureThreshold).toBe('info');
    const given = await lintFiles(['broken/Dockerfile'], { cwd: tree, env: {}, config: '.dflint.yaml' });
    expect(given.results[0]!.failureThreshold).toBe('error');
  });

  it('rejects with every problem of every config file before linting anything', async () => {
    vi.mocked(lintModule.lintModelWithSuppressions).mockClear();
    const failure = lintFiles(['.'], { cwd: tree, env: {} });
    await expect(failure).rejects.toBeInstanceOf(ConfigError);
    await expect(failure).rejects.toMatchObject({
      problems: [
        { source: 'broken/.dflint.yaml', line: 1, path: ['rules', 'no-sduo'] },
        { source: 'other/.dflint.json', line: 1, path: ['strictLabels'] },
      ],
    });
    expect(calls()).toEqual([]);
  });

  it('resolves standard input from the --stdin-filename folder, overrides included', async () => {
    const named = await lintFiles(['-'], { cwd: tree, env: {}, stdin: SUDO, stdinFilename: 'legacy/Dockerfile' });
    expect(named.findings.some((f) => f.code === 'DL3004')).toBe(false);
    const plain = await lintFiles(['-'], { cwd: tree, env: {}, stdin: SUDO });
    expect(plain.findings.find((f) => f.code === 'DL3004')!.severity).toBe('warning');
  });

  it('lint() builds the model with the default shell and passes the settings on', async () => {
    const { lint } = await vi.importActual<typeof lintModule>('../../src/lint.js');
    expect((await lint(SUDO)).some((f) => f.code === 'DL3004')).toBe(true);
    expect((await lint(SUDO, { defaultShell: ['pwsh', '-Command'] })).some((f) => f.code === 'DL3004')).toBe(false);
    vi.mocked(runModule.runRules).mockClear();
    await lint(SUDO, { settings: { strictLabels: true } });
    expect(vi.mocked(runModule.runRules).mock.calls[0]![2].settings).toEqual({ trustedRegistries: [], labelSchema: {}, strictLabels: true, targets: [] });
  });

  it('still rejects unknown rule ids in its own options', async () => {
    await expect(lintFiles(['Dockerfile'], { cwd: tree, env: {}, rules: { DL9999: 'off' } })).rejects.toThrow('Unknown rule `DL9999`');
  });
});
