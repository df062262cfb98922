import { describe, expect, it } from 'vitest';
import { explain, nearestRules, unknownRuleMessage } from '../../src/cli/explain.js';
import { rulesAsJson, rulesAsTable } from '../../src/cli/list-rules.js';
import { defineRule } from '../../src/engine/define-rule.js';
import type { Rule } from '../../src/engine/types.js';
import noSudo from '../../rules/no-sudo/no-sudo.js';
import { allRules } from '../../src/rule-set.js';

const fake = (code: string, name: string, aliases: string[] = []): Rule =>
  defineRule({
    code, name, aliases, severity: 'warning', category: 'style', fixable: 'safe',
    docs: { summary: `Summary of ${name}`, why: 'w', bad: 'FROM a', good: 'FROM b', fixSafety: 'always' },
    create: () => ({}),
  });
const rules = [fake('DL3006', 'require-image-tag'), fake('DL3007', 'no-latest-tag', ['LatestTag']), noSudo];

describe('--list-rules', () => {
  it('prints an aligned table of code, name, severity, category, fix, aliases and summary', () => {
    expect(rulesAsTable(rules)).toBe(
      [
        'CODE    NAME               SEVERITY  CATEGORY  FIXABLE  ALIASES    SUMMARY',
        'DL3006  require-image-tag  warning   style     safe     -          Summary of require-image-tag',
        'DL3007  no-latest-tag      warning   style     safe     LatestTag  Summary of no-latest-tag',
        'DL3004  no-sudo            error     security  -        -          Do not use `sudo` in RUN',
        '',
      ].join('\n'),
    );
  });

  it('prints JSON with the same fields', () => {
    expect(JSON.parse(rulesAsJson([noSudo]))).toEqual([
      { code: 'DL3004', name: 'no-sudo', severity: 'error', category: 'security', fixable: false, aliases: [], summary: 'Do not use `sudo` in RUN' },
    ]);
  });

  it('marks BuildKit\'s experimental checks, off by default', () => {
    const experimental = allRules().find((rule) => rule.aliases.includes('InvalidDefinitionDescription'))!;
    expect(JSON.parse(rulesAsJson([experimental]))).toEqual([expect.objectContaining({ code: 'DF2010', severity: 'off (experimental; info when on)', experimental: true })]);
    expect(rulesAsTable([experimental])).toContain('off (experimental; info when on)');
  });
});

describe('--explain', () => {
  it('renders the documentation of a rule found by code, name or alias, in any case', () => {
    for (const id of ['DL3004', 'dl3004', 'no-sudo']) {
      const explanation = explain(id, rules);
      expect(explanation.found && explanation.text).toMatch(/^# no-sudo \(DL3004\)\n/);
    }
  });

  it('renders dflint\'s own checks, DF0002 with the safety of its fix', () => {
    for (const id of ['DF0002', 'df0002', 'unused-ignore']) {
      const explanation = explain(id, rules);
      expect(explanation.found && explanation.text).toMatch(/^# unused-ignore \(DF0002\)\n[\s\S]*## Fix safety\n\n[\s\S]*safe for `# dflint` pragmas/);
    }
    const internal = explain('DF0001', rules);
    expect(internal.found && internal.text).toMatch(/^# internal-error \(DF0001\)\n[\s\S]*\*\*Fix:\*\* none/);
  });

  it('suggests the nearest rules for an unknown id', () => {
    expect(nearestRules('DL3005', rules).map((r) => r.code)).toEqual(['DL3004', 'DL3006', 'DL3007']);
    expect(nearestRules('no-sudoo', rules).map((r) => r.code)).toEqual(['DL3004']);
    expect(nearestRules('latest', rules).map((r) => r.code)).toEqual(['DL3007']);
    expect(nearestRules('completely-unrelated', rules)).toEqual([]);
  });

  it('says so when nothing is near', () => {
    expect(unknownRuleMessage('zzz', [])).toBe('Unknown rule `zzz`: run `dflint --list-rules` to see them all');
    expect(unknownRuleMessage('no-sudoo', [noSudo])).toBe('Unknown rule `no-sudoo`: did you mean `DL3004` (no-sudo)?');
  });
});
