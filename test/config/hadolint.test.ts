import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refFor } from '../../src/config/discover.js';
import { resolveLayers } from '../../src/config/effective.js';
import { createLoader } from '../../src/config/load.js';
import { formatProblem } from '../../src/config/problems.js';
import type { EffectiveConfig, LoadedConfig } from '../../src/config/types.js';
import { allRules } from '../../src/rule-set.js';
import { tempTree } from '../cli/temp-tree.js';

const folder = tempTree({});
const load = createLoader(allRules(), (path) => basename(path));

function read(text: string, name = '.hadolint.yaml'): { config?: LoadedConfig; problems: string[] } {
  const path = join(folder, name);
  writeFileSync(path, text);
  const loaded = load(refFor(path));
  return loaded.ok ? { config: loaded.config, problems: [] } : { problems: loaded.problems.map(formatProblem) };
}
function effective(text: string): EffectiveConfig {
  const { config, problems } = read(text);
  if (!config) throw new Error(problems.join('\n'));
  return resolveLayers([config.base], allRules(), { configFile: config.path });
}
const setting = (config: EffectiveConfig, code: string) => config.rules.find((r) => r.rule.code === code)!.setting;

describe('.hadolint.yaml', () => {
  it('maps ignored and override onto rule settings, ignored winning as in hadolint', () => {
    const config = effective('ignored: [DL3006, DL3007]\noverride:\n  error: [DL3059]\n  warning: [DL3009, DL3007]\n  info: [DL3004]\n  style: [DL3042]\n');
    expect(['DL3006', 'DL3007', 'DL3059', 'DL3009', 'DL3004', 'DL3042'].map((code) => setting(config, code))).toEqual(['off', 'off', 'error', 'warning', 'info', 'style']);
    expect(config.rules.find((r) => r.rule.code === 'DL3004')!.from).toBe('.hadolint.yaml');
  });

  it('maps DL1000 onto every syntax rule', () => {
    const config = effective('ignored: [DL1000]\n');
    expect(config.rules.filter((r) => r.rule.aliases.includes('DL1000')).map((r) => r.setting)).toEqual(['off', 'off', 'off', 'off', 'off', 'off']);
  });

  it('accepts DL codes dflint lacks, without effect, and keeps SC codes for ShellCheck', () => {
    const config = effective('ignored: [DL3005, SC2086]\noverride:\n  error: [DL3031, SC2164]\n');
    expect(config.unknownRules.map((r) => r.value)).toEqual(['DL3031', 'DL3005']);
    expect(Object.fromEntries(Object.entries(config.shellcheckRules).map(([code, { value }]) => [code, value]))).toEqual({ SC2164: 'error', SC2086: 'off' });
  });

  it('maps the settings keys', () => {
    const config = effective([
      'trustedRegistries: [docker.io, "*.corp.example"]',
      'label-schema:',
      '  maintainer: text',
      '  org.opencontainers.image.created: rfc3339',
      'strict-labels: true',
      'failure-threshold: warning',
      'no-color: true',
      'format: json',
      'disable-ignore-pragma: true',
      'verbose: true',
      '',
    ].join('\n'));
    expect({
      trustedRegistries: config.trustedRegistries.value,
      labelSchema: config.labelSchema.value,
      strictLabels: config.strictLabels.value,
      failureThreshold: config.failureThreshold.value,
      color: config.color.value,
      format: config.format.value,
      disablePragmas: config.disablePragmas.value,
    }).toEqual({
      trustedRegistries: ['docker.io', '*.corp.example'],
      labelSchema: { maintainer: 'text', 'org.opencontainers.image.created': 'rfc3339' },
      strictLabels: true,
      failureThreshold: 'warning',
      color: false,
      format: 'json',
      disablePragmas: true,
    });
  });

  it('accepts one trusted registry as a string, as hadolint\'s README shows', () => {
    expect(effective('trustedRegistries: my.registry\n').trustedRegistries.value).toEqual(['my.registry']);
  });

  it('maps no-fail to the none threshold, and hadolint\'s none and ignore to style (they fail on any finding there)', () => {
    expect(effective('no-fail: true\nfailure-threshold: error\n').failureThreshold.value).toBe('none');
    expect(effective('no-fail: false\n').failureThreshold.value).toBe('info');
    expect(effective('failure-threshold: none\n').failureThreshold.value).toBe('style');
    expect(effective('failure-threshold: ignore\n').failureThreshold.value).toBe('style');
    expect(effective('no-color: false\n').color.value).toBeUndefined();
  });

  it('maps tty to stylish, and takes the first of several formats with a warning', () => {
    expect(effective('format: tty\n').format.value).toBe('stylish');
    expect(effective('format: codacy\n').format.value).toBe('codacy');
    const { config } = read('formats: [tty, json, codacy]\n');
    expect(config!.base.format).toBe('stylish');
    expect(config!.warnings).toEqual(['.hadolint.yaml: dflint writes one report; using the `stylish` format']);
  });

  it('treats keys with no value as absent, as hadolint does', () => {
    const config = effective('ignored:\noverride:\n  error:\ntrustedRegistries:\nlabel-schema:\n');
    expect(config.rules.every((r) => r.from === 'default')).toBe(true);
    expect(config.trustedRegistries.value).toEqual([]);
  });

  it('reports typos with hadolint\'s key names', () => {
    expect(read('ignore: [DL3006]\n').problems).toEqual(['.hadolint.yaml:1:1: ignore: unknown key `ignore`: hadolint calls it `ignored`']);
    expect(read('overide:\n  error: [DL3006]\n').problems).toEqual(['.hadolint.yaml:1:1: overide: unknown key `overide`; did you mean `override`?']);
    expect(read('override:\n  fatal: [DL3006]\n').problems).toEqual(['.hadolint.yaml:2:3: override.fatal: unknown key `fatal`; expected one of `error`, `warning`, `info`, `style`']);
    expect(read('failure-threshold: warn\n').problems).toEqual(['.hadolint.yaml:1:20: failure-threshold: expected one of `error`, `warning`, `info`, `style`, `ignore`, `none`; got `warn`; did you mean `warning`?']);
    expect(read('label-schema:\n  version: semver2\n').problems).toEqual(['.hadolint.yaml:2:12: label-schema.version: expected one of `text`, `url`, `rfc3339`, `spdx`, `hash`, `semver`, `email`; got `semver2`; did you mean `semver`?']);
    expect(read('strict-labels: yes\n').problems).toEqual(['.hadolint.yaml:1:16: strict-labels: expected `true` or `false`; got `yes` (a string)']);
    expect(read('format: sonar\n').problems).toEqual([expect.stringMatching(/^\.hadolint\.yaml:1:9: format: expected one of `tty`, .*; got `sonar`; did you mean `sonarqube`\?$/)]);
    expect(read('ignored: [DL3006, DL3O06, no-sduo]\n').problems).toEqual([
      '.hadolint.yaml:1:19: ignored[1]: unknown rule `DL3O06`; did you mean `DL3006`?',
      '.hadolint.yaml:1:27: ignored[2]: unknown rule `no-sduo`; did you mean `no-sudo`?',
    ]);
    expect(read('rules: {}\n').problems).toEqual([expect.stringContaining('rules: unknown key `rules`: hadolint has no `rules`')]);
  });

  it('reads hadolint\'s XDG file names given with --config in hadolint\'s format', () => {
    expect(read('ignored: [DL3006]\n', 'hadolint.yml').config!.format).toBe('hadolint');
    expect(read('ignored: [DL3006]\n', '.hadolint.yml').config!.format).toBe('hadolint');
  });
});
