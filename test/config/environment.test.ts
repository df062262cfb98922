import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLayer } from '../../src/config/command-line.js';
import { resolveLayers } from '../../src/config/effective.js';
import { readEnvironment } from '../../src/config/environment.js';
import { formatProblem } from '../../src/config/problems.js';
import { ConfigResolver } from '../../src/config/resolver.js';
import { ruleIds } from '../../src/config/schema.js';
import { allRules } from '../../src/rule-set.js';
import { tempTree } from '../cli/temp-tree.js';

const ids = ruleIds(allRules());
const fromEnv = (env: NodeJS.ProcessEnv) => {
  const read = readEnvironment(env, ids);
  return { ...read, config: resolveLayers(read.layers, allRules()), problems: read.problems.map(formatProblem) };
};
const setting = (config: ReturnType<typeof resolveLayers>, code: string) => config.rules.find((r) => r.rule.code === code)!;

describe('HADOLINT_* variables', () => {
  it('map each variable, naming it as the source', () => {
    const { config, problems } = fromEnv({
      HADOLINT_IGNORE: 'DL3006, DL3007,',
      HADOLINT_OVERRIDE_ERROR: 'DL3059',
      HADOLINT_OVERRIDE_WARNING: 'DL3009',
      HADOLINT_OVERRIDE_INFO: 'DL3004,DL3006',
      HADOLINT_OVERRIDE_STYLE: 'DL3042',
      HADOLINT_STRICT_LABELS: 'YES',
      HADOLINT_DISABLE_IGNORE_PRAGMA: '1',
      HADOLINT_TRUSTED_REGISTRIES: 'docker.io,*.example.com',
      HADOLINT_REQUIRE_LABELS: 'maintainer,org.opencontainers.image.version:semver',
      HADOLINT_FAILURE_THRESHOLD: 'error',
      HADOLINT_FORMAT: 'json',
      HADOLINT_VERBOSE: 'on',
    });
    expect(problems).toEqual([]);
    expect(['DL3006', 'DL3007', 'DL3059', 'DL3009', 'DL3004', 'DL3042'].map((code) => setting(config, code).setting)).toEqual(['off', 'off', 'error', 'warning', 'info', 'style']);
    expect(setting(config, 'DL3006').from).toBe('environment variable HADOLINT_IGNORE');
    expect(config.strictLabels).toEqual({ value: true, from: 'environment variable HADOLINT_STRICT_LABELS' });
    expect(config.disablePragmas.value).toBe(true);
    expect(config.trustedRegistries.value).toEqual(['docker.io', '*.example.com']);
    expect(config.labelSchema.value).toEqual({ maintainer: 'text', 'org.opencontainers.image.version': 'semver' });
    expect(config.failureThreshold.value).toBe('error');
    expect(config.format.value).toBe('json');
  });

  it('reads booleans as hadolint does, false included', () => {
    for (const value of ['1', 'y', 'Yes', 'ON', 'true']) expect(fromEnv({ HADOLINT_STRICT_LABELS: value }).config.strictLabels.value).toBe(true);
    for (const value of ['0', 'n', 'no', 'off', 'FALSE', '']) expect(fromEnv({ HADOLINT_STRICT_LABELS: value }).config.strictLabels).toEqual({ value: false, from: 'environment variable HADOLINT_STRICT_LABELS' });
  });

  it('lets HADOLINT_NOFAIL win over HADOLINT_FAILURE_THRESHOLD', () => {
    expect(fromEnv({ HADOLINT_NOFAIL: 'true', HADOLINT_FAILURE_THRESHOLD: 'style' }).config.failureThreshold.value).toBe('none');
    expect(fromEnv({ HADOLINT_NOFAIL: 'false', HADOLINT_FAILURE_THRESHOLD: 'style' }).config.failureThreshold.value).toBe('style');
  });

  it('takes an empty list as nothing (hadolint would trust one empty registry)', () => {
    const { config, layers } = fromEnv({ HADOLINT_TRUSTED_REGISTRIES: '', HADOLINT_IGNORE: ' ' });
    expect(config.trustedRegistries.value).toEqual([]);
    expect(layers).toEqual([]);
  });

  it('accepts codes dflint lacks, and takes the first of several formats with a warning', () => {
    const read = fromEnv({ HADOLINT_IGNORE: 'SC2086,DL3005', HADOLINT_FORMAT: 'codacy,tty' });
    expect(read.config.unknownRules.map((r) => r.value)).toEqual(['DL3005']);
    expect(read.config.shellcheckRules).toEqual({ SC2086: { value: 'off', from: 'environment variable HADOLINT_IGNORE' } });
    expect(read.config.format.value).toBe('codacy');
    expect(read.warnings).toEqual(['environment variable HADOLINT_FORMAT: dflint writes one report; using the `codacy` format']);
  });

  it('reports values that mean nothing, naming the variable', () => {
    expect(fromEnv({
      HADOLINT_STRICT_LABELS: 'maybe',
      HADOLINT_FAILURE_THRESHOLD: 'warn',
      HADOLINT_IGNORE: 'DL3006,no-sduo',
      HADOLINT_FORMAT: 'xml',
      HADOLINT_TRUSTED_REGISTRIES: 'a*b',
      HADOLINT_REQUIRE_LABELS: 'version:semvr',
    }).problems).toEqual([
      'environment variable HADOLINT_FAILURE_THRESHOLD: expected one of `error`, `warning`, `info`, `style`, `ignore`, `none`; got `warn`; did you mean `warning`?',
      'environment variable HADOLINT_FORMAT: unknown format `xml`; hadolint\'s formats are `tty`, `json`, `checkstyle`, `codeclimate`, `gitlab_codeclimate`, `gnu`, `codacy`, `sonarqube`, `sarif`, `junit`',
      'environment variable HADOLINT_IGNORE: unknown rule `no-sduo`; did you mean `no-sudo`?',
      'environment variable HADOLINT_STRICT_LABELS: expected a boolean (1, y, yes, on, true; or 0, n, no, off, false); got `maybe`',
      'environment variable HADOLINT_TRUSTED_REGISTRIES: expected a registry pattern: `*`, `*.example.com`, `registry*` or an exact name such as `docker.io`; got `a*b`',
      'environment variable HADOLINT_REQUIRE_LABELS: label `version`: expected one of `text`, `url`, `rfc3339`, `spdx`, `hash`, `semver`, `email`; got `semvr`; did you mean `semver`?',
    ]);
  });
});

describe('precedence: command line > config file > environment > defaults', () => {
  const tree = tempTree({
    '.git/HEAD': '',
    '.dflint.yaml': 'rules: { DL3006: warning }\nignore: [DL3007]\nfailureThreshold: warning\n',
    'Dockerfile': '',
  });
  const env = { HADOLINT_OVERRIDE_STYLE: 'DL3006,DL3004,DL3007', HADOLINT_FAILURE_THRESHOLD: 'style', HADOLINT_STRICT_LABELS: 'true' };

  it('applies each source over the ones below it', async () => {
    const config = await new ConfigResolver({ cwd: tree, env }).forFile(join(tree, 'Dockerfile'));
    expect(setting(config, 'DL3004')).toMatchObject({ setting: 'style', from: 'environment variable HADOLINT_OVERRIDE_STYLE' });
    expect(setting(config, 'DL3006')).toMatchObject({ setting: 'warning', from: '.dflint.yaml' });
    expect(setting(config, 'DL3007')).toMatchObject({ setting: 'off', from: '.dflint.yaml' });
    expect(config.failureThreshold).toEqual({ value: 'warning', from: '.dflint.yaml' });
    expect(config.strictLabels.value).toBe(true);
  });

  it('lets the command line win, and --ignore add to the config file\'s ignore list', async () => {
    const cli = runLayer({ rules: { 'require-image-tag': 'error', DL3007: 'info' }, ignore: ['DL3004'], failureThreshold: 'none' });
    const config = await new ConfigResolver({ cwd: tree, env, cli }).forFile(join(tree, 'Dockerfile'));
    expect(setting(config, 'DL3006')).toMatchObject({ setting: 'error', from: 'command line' });
    expect(setting(config, 'DL3007')).toMatchObject({ setting: 'info', from: 'command line' }); // --rule re-enables a rule the config ignores
    expect(setting(config, 'DL3004')).toMatchObject({ setting: 'off', from: 'command line' });
    expect(config.failureThreshold).toEqual({ value: 'none', from: 'command line' });
  });

  it('keeps the config file\'s ignore list when the command line ignores other rules', async () => {
    const cli = runLayer({ ignore: ['DL3004'] });
    const config = await new ConfigResolver({ cwd: tree, env: {}, cli }).forFile(join(tree, 'Dockerfile'));
    // Opt-in rules (offByDefault) are off without any ignore list.
    expect(config.rules.filter((r) => r.setting === 'off' && !r.rule.offByDefault && !r.rule.experimental).map((r) => r.rule.code)).toEqual(['DL3004', 'DL3007']);
  });

  it('turns a rule off when the same source both sets and ignores it', () => {
    const layer = runLayer({ rules: { DL3004: 'warning' }, ignore: ['no-sudo'] });
    expect(setting(resolveLayers([layer], allRules()), 'DL3004').setting).toBe('off');
  });

  it('rejects an invalid variable even when a config file exists', async () => {
    await expect(new ConfigResolver({ cwd: tree, env: { HADOLINT_NOFAIL: 'perhaps' } }).forFile(join(tree, 'Dockerfile'))).rejects.toMatchObject({
      problems: [{ source: 'environment variable HADOLINT_NOFAIL' }],
    });
  });
});
