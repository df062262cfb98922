import { rules } from '../rules/index.js';
import { ruleFinder, selectFrom, type RuleConfig } from './engine/registry.js';
import type { EnabledRule } from './engine/run.js';
import type { Rule } from './engine/types.js';

/** dflint's rule set: the one place that joins the rules (rules/) to the engine, which knows none of them. */

/** Every rule dflint knows, sorted by code. */
export function allRules(): readonly Rule[] {
  return rules;
}

/** Rules named by a code, a name or an alias (an alias such as DL1000 may name several). */
export const findRules = ruleFinder(rules);

/** dflint's rules with per-rule settings applied (by code, name or alias); an unknown id throws UnknownRuleError. */
export function selectRules(settings: Readonly<Record<string, RuleConfig>> = {}): EnabledRule[] {
  return selectFrom(rules, findRules, settings);
}
