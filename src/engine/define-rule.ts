import type { Rule } from './types.js';

const CODE = /^(?:DL|DF)\d{4}$/;
const NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Declares a rule, checking the metadata every generated document relies on. */
export function defineRule(rule: Rule): Rule {
  if (!CODE.test(rule.code)) throw new Error(`Rule code ${rule.code} must look like DL1234 or DF1234`);
  if (!NAME.test(rule.name)) throw new Error(`Rule name ${rule.name} must be kebab-case`);
  if (rule.fixable && !rule.docs.fixSafety) throw new Error(`Rule ${rule.code} is fixable but documents no fix safety`);
  if (rule.docs.summary.includes('\n')) throw new Error(`Rule ${rule.code} summary must be one line`);
  return Object.freeze(rule);
}
