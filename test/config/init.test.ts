import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refFor } from '../../src/config/discover.js';
import { resolveLayers } from '../../src/config/effective.js';
import { planInit, STARTER } from '../../src/config/init.js';
import { createLoader } from '../../src/config/load.js';
import { printConfigJson, printConfigYaml } from '../../src/config/print-config.js';
import { ConfigError } from '../../src/config/problems.js';
import type { EffectiveConfig } from '../../src/config/types.js';
import { allRules } from '../../src/rule-set.js';
import { tempTree } from '../cli/temp-tree.js';

const display = (path: string) => basename(path);
const HADOLINT = [
  'ignored: [DL3006, SC2086, DL3005]',
  'override:',
  '  error: [DL3059]',
  '  style: [DL3004, DL3031]',
  'trustedRegistries: [docker.io]',
  'label-schema: { maintainer: email }',
  'strict-labels: true',
  'failure-threshold: none',
  'no-color: true',
  'formats: [json, codacy]',
  'disable-ignore-pragma: true',
  '',
].join('\n');

/** What a config means, without saying where each value came from. */
function meaning(config: EffectiveConfig) {
  const { rules, unknownRules: _unknown, configFile: _file, overrides: _overrides, targets: _targets, ...settings } = config;
  return {
    rules: rules.map((r) => [r.rule.code, r.setting]),
    settings: Object.fromEntries(Object.entries(settings).map(([key, sourced]) => [key, sourced.value])),
  };
}

function effectiveOf(path: string): EffectiveConfig {
  const loaded = createLoader(allRules(), display)(refFor(path));
  if (!loaded.ok) throw new ConfigError(loaded.problems);
  return resolveLayers([loaded.config.base], allRules(), { configFile: path });
}

describe('--init', () => {
  it('plans the starter where there is no config', () => {
    const dir = tempTree({ 'Dockerfile': '' });
    expect(planInit(dir, allRules(), display)).toEqual({ ok: true, path: join(dir, '.dflint.yaml'), text: STARTER, message: 'Wrote .dflint.yaml' });
  });

  it('refuses when a dflint config is already there, in any of its forms', () => {
    for (const [name, text] of [['.dflint.yaml', ''], ['.dflint.yml', ''], ['.dflint.json', '{}'], ['package.json', '{"dflint":{}}']] as const) {
      const dir = tempTree({ [name]: text, '.hadolint.yaml': 'ignored: [DL3006]\n' });
      expect(planInit(dir, allRules(), display)).toEqual({ ok: false, message: `${name} already configures dflint here; nothing was written` });
    }
  });

  it('converts .hadolint.yaml into a dflint config with the same effect', () => {
    const dir = tempTree({ '.hadolint.yaml': HADOLINT });
    const plan = planInit(dir, allRules(), display);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.message).toMatch(/^Converted \.hadolint\.yaml into \.dflint\.yaml; /);
    writeFileSync(plan.path, plan.text);
    expect(meaning(effectiveOf(plan.path))).toEqual(meaning(effectiveOf(join(dir, '.hadolint.yaml'))));
    expect(plan.text).toContain('# Left out, because dflint has no rule with these codes yet (add them back when it does): DL3031 (style), DL3005 (ignored).');
    expect(plan.text).toMatch(/^ignore:\n {2}- DL3006\n {2}- SC2086\n/m);
    expect(plan.text).toContain('# Left out: .hadolint.yaml: dflint writes one report; using the `json` format.');
    expect(plan.text).toMatch(/^ignore:\n {2}- DL3006\n/m);
    expect(plan.text).toMatch(/^failureThreshold: style$/m);
  });

  it('converts a .hadolint.yml too, and an empty one into an empty config', () => {
    const dir = tempTree({ '.hadolint.yml': '' });
    const plan = planInit(dir, allRules(), display);
    expect(plan.ok && plan.text).toMatch(/^# dflint configuration, converted from \.hadolint\.yml/);
    if (plan.ok) writeFileSync(plan.path, plan.text);
    expect(meaning(effectiveOf(join(dir, '.dflint.yaml')))).toEqual(meaning(resolveLayers([], allRules())));
  });

  it('does not convert an invalid hadolint file', () => {
    const dir = tempTree({ '.hadolint.yaml': 'ignored: DL3006\n' });
    expect(() => planInit(dir, allRules(), display)).toThrow(ConfigError);
  });
});

describe('--print-config', () => {
  const dir = tempTree({ '.hadolint.yaml': HADOLINT });
  const config = effectiveOf(join(dir, '.hadolint.yaml'));
  const printed = { file: 'Dockerfile', config, display, warnings: ['a warning'] };

  it('prints YAML with the source of each value', () => {
    const text = printConfigYaml(printed);
    expect(text).toMatch(/^# The configuration dflint uses for Dockerfile\n# Config file: \.hadolint\.yaml\n/);
    expect(text).toContain('\nfailureThreshold: style # .hadolint.yaml\n');
    expect(text).toContain('\ntrustedRegistries: [ docker.io ] # .hadolint.yaml\n');
    expect(text).toContain('\nshell: null # default (stages without SHELL use /bin/sh -c)\n');
    expect(text).toContain('\n  DL3004: style # no-sudo; .hadolint.yaml\n');
    expect(text).toContain('\n  DL3007: warning # no-latest-tag; default\n');
    expect(text).toContain('\n  SC2086: off # ShellCheck; .hadolint.yaml\n');
    expect(text).toContain('# DL3005 (from .hadolint.yaml) names no dflint rule: no effect\n');
    expect(text).toContain('# warning: a warning\n');
  });

  it('prints JSON with { value, from } for every setting and rule', () => {
    const json = JSON.parse(printConfigJson(printed)) as Record<string, unknown>;
    expect(json).toMatchObject({
      file: 'Dockerfile',
      configFile: '.hadolint.yaml',
      overrides: [],
      settings: { failureThreshold: { value: 'style', from: '.hadolint.yaml' }, context: { value: null, from: 'default' } },
      rules: { DL3004: { name: 'no-sudo', setting: 'style', from: '.hadolint.yaml' }, DL3007: { setting: 'warning', from: 'default' } },
      shellcheckRules: { SC2086: { setting: 'off', from: '.hadolint.yaml' } },
      unknownRules: [{ code: 'DL3031', from: '.hadolint.yaml' }, { code: 'DL3005', from: '.hadolint.yaml' }],
      warnings: ['a warning'],
    });
    expect(Object.keys(json.rules as object)).toHaveLength(allRules().length);
  });
});
