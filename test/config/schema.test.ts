import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { refFor } from '../../src/config/discover.js';
import { resolveLayers } from '../../src/config/effective.js';
import { STARTER } from '../../src/config/init.js';
import { createLoader } from '../../src/config/load.js';
import { formatProblem } from '../../src/config/problems.js';
import { buildConfigSchema, renderConfigSchema } from '../../src/config/schema.js';
import { allRules } from '../../src/rule-set.js';
import { formatters } from '../../src/formatters/index.js';
import type { Rule } from '../../src/engine/types.js';
import noSudo from '../../rules/no-sudo/no-sudo.js';
import { tempTree } from '../cli/temp-tree.js';

const root = join(import.meta.dirname, '..', '..');

/** A rule that takes options, as the rule metadata describes them. */
const withOptions: Rule = {
  ...noSudo,
  code: 'DF9001',
  name: 'max-layers',
  aliases: ['MaxLayers', 'SharedAlias'],
  severity: 'warning',
  options: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        max: { type: 'integer', minimum: 1, description: 'The most layers allowed' },
        allow: { type: 'array', items: { type: 'string' }, description: 'Instructions not counted' },
      },
    },
    defaults: { max: 20, allow: [] },
  },
};
const other: Rule = { ...noSudo, code: 'DF9002', name: 'other-rule', aliases: ['SharedAlias'] };
const rules = [withOptions, other];

const folder = tempTree({});
const load = createLoader(rules, (path) => basename(path));
function problems(text: string): string[] {
  const path = join(folder, '.dflint.yaml');
  writeFileSync(path, text);
  const loaded = load(refFor(path));
  return loaded.ok ? [] : loaded.problems.map(formatProblem);
}
function loaded(text: string) {
  const path = join(folder, '.dflint.yaml');
  writeFileSync(path, text);
  const result = load(refFor(path));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.config;
}

describe('config schema from rule metadata', () => {
  const { schema } = buildConfigSchema(rules, ['stylish', 'json']);
  const ruleKeys = (schema.definitions as { rules: { properties: Record<string, Record<string, unknown>> } }).rules.properties;

  it('has a key for every code, name and alias, each with its own value schema', () => {
    expect(Object.keys(ruleKeys)).toEqual(['DF9001', 'max-layers', 'MaxLayers', 'SharedAlias', 'DF9002', 'other-rule']);
    expect(ruleKeys.DF9001!.description).toBe('DF9001 max-layers: Do not use `sudo` in RUN (default: warning).');
    expect(ruleKeys.SharedAlias!.description).toBe('SharedAlias: alias of DF9001 max-layers, DF9002 other-rule.');
    expect(ruleKeys['other-rule']).toEqual({ $ref: '#/definitions/severity', description: 'DF9002 other-rule: Do not use `sudo` in RUN (default: error).' });
    expect((schema.definitions as { severity: object }).severity).toMatchObject({ enum: ['off', 'error', 'warning', 'info', 'style'] });
  });

  it('inlines the options schema of rules that take options, but not under an alias shared with other rules', () => {
    expect(ruleKeys['max-layers']!.else).toMatchObject({ items: [{ enum: expect.any(Array) }, withOptions.options!.schema] });
    expect(ruleKeys.SharedAlias!.else).toBeUndefined();
  });

  it('accepts [severity, options] for those rules and keeps a bare severity for others', () => {
    const config = loaded('rules:\n  max-layers: [error, { max: 5 }]\n  SharedAlias: info\n');
    const effective = resolveLayers([config.base], rules);
    expect(effective.rules.map((r) => [r.rule.code, r.setting, r.options])).toEqual([['DF9001', 'info', { max: 5 }], ['DF9002', 'info', undefined]]);
  });

  it('explains wrong options for a rule, by key path', () => {
    expect(problems('rules:\n  DF9001: [error, { max: 0, allow: DL3004, maxx: 3 }]\n')).toEqual([
      '.dflint.yaml:2:26: rules.DF9001[1].max: expected a number >= 1; got `0`',
      '.dflint.yaml:2:36: rules.DF9001[1].allow: expected a list; got `DL3004` (a string)',
      '.dflint.yaml:2:44: rules.DF9001[1].maxx: unknown key `maxx`; did you mean `max`?',
    ]);
    expect(problems('rules:\n  DF9001: [error]\n')).toEqual([
      '.dflint.yaml:2:11: rules.DF9001: expected `[severity, { options }]`, the options of DF9001 being an object with `max`, `allow`; got a list of 1 item',
    ]);
    expect(problems('rules:\n  MaxLayers: 3\n')).toEqual([
      '.dflint.yaml:2:14: rules.MaxLayers: expected a severity: `off`, `error`, `warning`, `info`, `style`; or `[severity, { options }]`, the options of DF9001 being an object with `max`, `allow`; got `3`',
    ]);
    expect(problems('rules:\n  DF9001: [fatal, {}]\n')).toEqual([
      '.dflint.yaml:2:12: rules.DF9001[0]: expected a severity: `off`, `error`, `warning`, `info`, `style`; got `fatal`',
    ]);
  });

  it('is a valid draft-07 schema that ajv compiles in strict mode', () => {
    const text = readFileSync(join(root, 'schema', 'dflint.schema.json'), 'utf8');
    const fromFile = JSON.parse(text) as object;
    const validate = new Ajv({ strict: true, allowUnionTypes: true }).compile(fromFile);
    expect(validate({ rules: { DL3004: 'warning', 'no-sudo': 'off' }, ignore: ['DL3006'], overrides: [{ files: ['x'], failureThreshold: 'none' }] })).toBe(true);
    expect(validate({ rules: { DL3004: 'warn' } })).toBe(false);
    expect(text).toBe(renderConfigSchema(allRules(), [...formatters.keys()]));
  });

  it('lists every rule id dflint has', () => {
    const fromFile = JSON.parse(readFileSync(join(root, 'schema', 'dflint.schema.json'), 'utf8')) as typeof schema;
    const keys = Object.keys((fromFile.definitions as typeof schema.definitions & { rules: { properties: object } }).rules.properties);
    for (const rule of allRules()) expect(keys).toEqual(expect.arrayContaining([rule.code, rule.name, ...rule.aliases]));
  });
});

describe('the --init starter', () => {
  it('is a valid config that means the defaults', async () => {
    const path = join(folder, 'starter.yaml');
    writeFileSync(path, STARTER);
    const result = createLoader(allRules(), (p) => p)(refFor(path));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const effective = resolveLayers([result.config.base], allRules());
    const defaults = resolveLayers([], allRules());
    expect(effective.rules.map((r) => r.setting)).toEqual(defaults.rules.map((r) => r.setting));
    expect(effective.failureThreshold.value).toBe('info');
  });

  it('shows every key of the schema, commented out or not', () => {
    const { schema } = buildConfigSchema(allRules(), ['stylish', 'json']);
    const keys = Object.keys(schema.properties as object).filter((key) => !['$schema', 'format', 'color'].includes(key));
    for (const key of keys) expect(STARTER).toMatch(new RegExp(`^(# )?${key}:`, 'm'));
  });
});
