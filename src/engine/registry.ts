import type { EnabledRule } from './run.js';
import { defaultSetting, type RuleSetting } from './defaults.js';
import type { Rule } from './types.js';

export { defaultSetting, describeDefault, type RuleSetting } from './defaults.js';

/**
 * Looking rules up and selecting them, for any rule set: the engine knows no rule. dflint's own
 * set is composed in src/rule-set.ts.
 */

/** A rule's configured options (validated against its `options.schema` by the config loader). */
export type RuleOptions = Readonly<Record<string, unknown>>;
/** A severity or `off`, or `[severity, options]` for rules that take options. */
export type RuleConfig = RuleSetting | readonly [RuleSetting, RuleOptions];

/** Rules named by a code, a name or an alias (an alias such as DL1000 may name several). */
export type FindRules = (id: string) => readonly Rule[];

/** The lookup of these rules by code, name or alias, case-insensitive. */
export function ruleFinder(rules: readonly Rule[]): FindRules {
  const index = new Map<string, Rule[]>();
  for (const rule of rules) {
    for (const id of [rule.code, rule.name, ...rule.aliases]) {
      const key = id.toLowerCase();
      const list = index.get(key) ?? [];
      if (!list.includes(rule)) list.push(rule);
      index.set(key, list);
    }
  }
  return (id) => index.get(id.trim().toLowerCase()) ?? [];
}

export class UnknownRuleError extends Error {
  constructor(readonly id: string) {
    super(`Unknown rule \`${id}\``);
  }
}

/**
 * The rules with per-rule settings applied (by code, name or alias) over their defaults. A bare
 * severity keeps options set by an earlier entry naming the same rule.
 */
export function selectFrom(rules: readonly Rule[], findRules: FindRules, settings: Readonly<Record<string, RuleConfig>> = {}): EnabledRule[] {
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
