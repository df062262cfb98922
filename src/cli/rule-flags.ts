import { allRules, findRules } from '../rule-set.js';
import type { RuleSetting } from '../engine/registry.js';
import { SEVERITY_SETTINGS } from '../config/schema.js';
import { SHELLCHECK_CODE } from '../shellcheck/codes.js';
import { nearestRules, unknownRuleMessage } from './explain.js';

/**
 * `--rule CODE:SEVERITY` and `--ignore CODE`: each flag may repeat and hold a comma list. Ids
 * are codes, names or aliases, in any case, as everywhere on the command line.
 */

export type RuleFlags = { readonly ok: true; readonly rules: Record<string, RuleSetting>; readonly ignore: string[] } | { readonly ok: false; readonly message: string };

const items = (values: readonly string[]) => values.flatMap((value) => value.split(',')).map((item) => item.trim()).filter((item) => item !== '');

const unknown = (flag: string, id: string) => `${flag} ${id}: ${unknownRuleMessage(id, nearestRules(id, allRules()))}`;

const isRuleOrShellcheckCode = (id: string) => findRules(id).length > 0 || SHELLCHECK_CODE.test(id);

export function parseRuleFlags(ruleValues: readonly string[], ignoreValues: readonly string[]): RuleFlags {
  const rules: Record<string, RuleSetting> = {};
  for (const item of items(ruleValues)) {
    const colon = item.lastIndexOf(':');
    if (colon < 0) return { ok: false, message: `--rule ${item}: expected CODE:SEVERITY, such as DL3059:off or no-sudo:warning` };
    const id = item.slice(0, colon).trim();
    const setting = item.slice(colon + 1).trim().toLowerCase();
    if (!isRuleOrShellcheckCode(id)) return { ok: false, message: unknown('--rule', id) };
    if (!(SEVERITY_SETTINGS as readonly string[]).includes(setting)) {
      return { ok: false, message: `--rule ${item}: expected a severity after the colon: ${SEVERITY_SETTINGS.join(', ')}` };
    }
    rules[id] = setting as RuleSetting;
  }
  const ignore = items(ignoreValues);
  const missing = ignore.find((id) => !isRuleOrShellcheckCode(id));
  if (missing !== undefined) return { ok: false, message: unknown('--ignore', missing) };
  return { ok: true, rules, ignore };
}
