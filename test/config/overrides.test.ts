import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileGlobs, globProblem } from '../../src/config/path-match.js';
import { ConfigResolver } from '../../src/config/resolver.js';
import type { EffectiveConfig } from '../../src/config/types.js';
import { tempTree } from '../cli/temp-tree.js';

describe('override globs', () => {
  it.each([
    ['Dockerfile', 'Dockerfile', true],
    ['Dockerfile', 'services/api/Dockerfile', true],
    ['Dockerfile.*', 'a/Dockerfile.dev', true],
    ['*.Dockerfile', 'a/b/.hidden.Dockerfile', false],
    ['services/*/Dockerfile', 'services/api/Dockerfile', true],
    ['services/*/Dockerfile', 'other/services/api/Dockerfile', false],
    ['services/*/Dockerfile', 'services/a/b/Dockerfile', false],
    ['services/**/Dockerfile', 'services/Dockerfile', true],
    ['services/**/Dockerfile', 'services/a/.b/c/Dockerfile', true],
    ['**/*.dev.Dockerfile', 'x.dev.Dockerfile', true],
    ['**/*.dev.Dockerfile', 'a/b/x.dev.Dockerfile', true],
    ['**', 'anything/at/all', true],
    ['tools/', 'tools/ci/Dockerfile', true],
    ['tools/', 'tool/Dockerfile', false],
    ['./api/Dockerfile', 'api/Dockerfile', true],
    ['{api,web}/Dockerfile', 'web/Dockerfile', true],
    ['{api,web}/Dockerfile', 'db/Dockerfile', false],
    ['Dockerfile.[a-c]*', 'x/Dockerfile.beta', true],
    ['Dockerfile.[!a-c]*', 'x/Dockerfile.beta', false],
    ['../shared/Dockerfile', '../shared/Dockerfile', true],
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(globProblem(glob)).toBeUndefined();
    expect(compileGlobs([glob])(path)).toBe(expected);
  });

  it.each([
    ['/abs/Dockerfile', 'globs are relative to the config file\'s folder: remove the leading `/`'],
    ['a/[bc', 'a `[` is not closed by `]` in the same folder name'],
    ['a/[b/c]', 'a `[` is not closed by `]` in the same folder name'],
    ['{a,b', 'a `{` is not closed by `}`'],
    ['a}', 'a `}` has no `{` before it'],
    ['a\\', 'it ends with a lone `\\`'],
  ])('%s is rejected', (glob, problem) => {
    expect(globProblem(glob)).toBe(problem);
  });
});

describe('overrides', () => {
  const tree = tempTree({
    '.git/HEAD': '',
    'docker/.dflint.yaml': [
      'rules: { DL3004: warning, DL3006: info }',
      'trustedRegistries: [docker.io]',
      'overrides:',
      '  - files: ["dev/**"]',
      '    rules: { DL3004: off }',
      '    ignore: [DL3007]',
      '    trustedRegistries: ["*"]',
      '    shell: pwsh -Command',
      '    context: ..',
      '  - files: ["*.test.Dockerfile", "dev/special/Dockerfile"]',
      '    rules: { DL3004: style }',
      '    failureThreshold: none',
      '',
    ].join('\n'),
    'docker/Dockerfile': '',
    'docker/dev/Dockerfile': '',
    'docker/dev/special/Dockerfile': '',
    'docker/prod/app.test.Dockerfile': '',
  });
  const resolver = new ConfigResolver({ cwd: tree, env: {} });
  const of = (path: string) => resolver.forFile(join(tree, 'docker', path));
  const setting = (config: EffectiveConfig, code: string) => config.rules.find((r) => r.rule.code === code)!.setting;

  it('apply to the Dockerfiles they match, relative to the config file, in order', async () => {
    const base = await of('Dockerfile');
    expect([setting(base, 'DL3004'), setting(base, 'DL3007'), base.overrides]).toEqual(['warning', 'warning', []]);

    const dev = await of('dev/Dockerfile');
    expect([setting(dev, 'DL3004'), setting(dev, 'DL3006'), setting(dev, 'DL3007'), dev.overrides]).toEqual(['off', 'info', 'off', [0]]);
    expect(dev.trustedRegistries).toEqual({ value: ['*'], from: join('docker', '.dflint.yaml') + ' overrides[0]' });
    expect(dev.shell.value).toEqual(['pwsh', '-Command']);
    expect(dev.context.value).toBe(tree);

    const special = await of('dev/special/Dockerfile');
    expect([setting(special, 'DL3004'), special.failureThreshold.value, special.overrides]).toEqual(['style', 'none', [0, 1]]);

    const test = await of('prod/app.test.Dockerfile');
    expect([setting(test, 'DL3004'), test.trustedRegistries.value, test.overrides]).toEqual(['style', ['docker.io'], [1]]);
  });
});
