import type { RuleMeta, Severity } from './types.js';

export type RuleSetting = Severity | 'off';

/** How a rule runs when nothing configures it: its severity, or `off` for opt-in rules. */
export function defaultSetting(rule: RuleMeta): RuleSetting {
  return rule.offByDefault || rule.experimental ? 'off' : rule.severity;
}

/** The default setting as people read it: `info`, `off (info when on)`, or `off (experimental; info when on)`. */
export function describeDefault(rule: RuleMeta): string {
  if (rule.experimental) return `off (experimental; ${rule.severity} when on)`;
  return rule.offByDefault ? `off (${rule.severity} when on)` : rule.severity;
}
