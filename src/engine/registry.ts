import { rules } from '../../rules/index.js';
import type { EnabledRule } from './run.js';
import { defaultSetting, type RuleSetting } from './defaults.js';
import type { Rule } from './types.js';

export { defaultSetting, describeDefault, type RuleSetting } from './defaults.js';

/** A rule's configured options (validated against its `options.schema` by the config loader). */
export type RuleOptions = Readonly<Record<string, unknown>>;
/** A severity or `off`, or `[severity, options]` for rules that take options. */
export type RuleConfig = RuleSetting | readonly [RuleSetting, RuleOptions];

/** Every rule dflint knows, sorted by code. */
export function allRules(): readonly Rule[] {
  return rules;
}

const index = new Map<string, Rule[]>();
for (const rule of rules) {
  for (const id of [rule.code, rule.name, ...rule.aliases]) {
    const key = id.toLowerCase();
    const list = index.get(key) ?? [];
    if (!list.includes(rule)) list.push(rule);
    index.set(key, list);
  }
}

/** Rules named by a code, a name or an alias (an alias such as DL1000 may name several). */
export function findRules(id: string): readonly Rule[] {
  return index.get(id.trim().toLowerCase()) ?? [];
}

export class UnknownRuleError extends Error {
  constructor(readonly id: string) {
    super(`Unknown rule \`${id}\``);
  }
}

/**
 * Default rule set with per-rule settings applied (by code, name or alias). A bare severity
 * keeps options set by an earlier entry naming the same rule.
 */
export function selectRules(settings: Readonly<Record<string, RuleConfig>> = {}): EnabledRule[] {
  const effective = new Map<Rule, { setting: RuleSetting; options?: RuleOptions }>(rules.map((rule) => [rule, { setting: defaultSetting(rule) }]));
  for (const [id, config] of Object.entries(settings)) {
    const matched = findRules(id);
    if (matched.length === 0) throw new UnknownRuleError(id);
    const [setting, options] = typeof config === 'string' ? [config, undefined] : config;
    for (const rule of matched) effective.set(rule, { setting, options: options ?? effective.get(rule)?.options });
  }
  const enabled: EnabledRule[] = [];
  for (const [rule, { setting, options }] of effective) {
    if (setting !== 'off') enabled.push(options ? { rule, severity: setting, options } : { rule, severity: setting });
  }
  return enabled;
}
