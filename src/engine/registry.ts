import { rules } from '../../rules/index.js';
import type { EnabledRule } from './run.js';
import type { Rule, Severity } from './types.js';

export type RuleSetting = Severity | 'off';

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

/** Default rule set with per-rule settings applied (by code, name or alias). */
export function selectRules(settings: Readonly<Record<string, RuleSetting>> = {}): EnabledRule[] {
  const effective = new Map<Rule, RuleSetting>(rules.map((rule) => [rule, rule.severity]));
  for (const [id, setting] of Object.entries(settings)) {
    const matched = findRules(id);
    if (matched.length === 0) throw new UnknownRuleError(id);
    for (const rule of matched) effective.set(rule, setting);
  }
  const enabled: EnabledRule[] = [];
  for (const [rule, setting] of effective) if (setting !== 'off') enabled.push({ rule, severity: setting });
  return enabled;
}
