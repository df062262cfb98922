import type { RuleConfig } from '../engine/registry.js';
import type { Rule } from '../engine/types.js';
import type { RuleEntry } from './types.js';

/**
 * A source's rule settings as layer entries, in the order they apply: `rules` first, then each
 * id of `ignore` as `off`; undefined when there are none. `rulesOf` names the rules of an id.
 */
export function ruleEntries(
  rules: Readonly<Record<string, RuleConfig>> | undefined,
  ignore: readonly string[] | undefined,
  rulesOf: (id: string) => readonly Rule[],
): RuleEntry[] | undefined {
  const entries: RuleEntry[] = [];
  for (const [id, config] of Object.entries(rules ?? {})) {
    const [setting, options] = typeof config === 'string' ? [config, undefined] : config;
    entries.push({ id, rules: rulesOf(id), setting, ...(options && { options }) });
  }
  for (const id of ignore ?? []) entries.push({ id, rules: rulesOf(id), setting: 'off' });
  return entries.length > 0 ? entries : undefined;
}
