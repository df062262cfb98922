import type { RuleMeta, Severity } from './types.js';

export type RuleSetting = Severity | 'off';

/** How a rule runs when nothing configures it: its severity, or `off` for opt-in rules. */
export function defaultSetting(rule: RuleMeta): RuleSetting {
  return rule.offByDefault ? 'off' : rule.severity;
}

/** The default setting as people read it: `info`, or `off (info when on)`. */
export function describeDefault(rule: RuleMeta): string {
  return rule.offByDefault ? `off (${rule.severity} when on)` : rule.severity;
}
