import { didYouMean } from './suggest.js';

/** A code hadolint may know that dflint does not: its own DL rules and ShellCheck's SC codes. */
export const HADOLINT_CODE = /^(?:DL|SC)\d{4}$/;

const LIST_RULES = '`dflint --list-rules` lists the rules';

/**
 * Why an id names no rule, with the id meant when one is near. Codes get no edit-distance
 * guess: DL3008 and DL3009 are different rules, not typos of each other.
 */
export function unknownRuleMessage(id: string, ids: readonly string[]): string {
  const sameLetters = ids.find((candidate) => candidate.toLowerCase() === id.toLowerCase());
  if (sameLetters) return `unknown rule \`${id}\`: rule ids are case-sensitive here; did you mean \`${sameLetters}\`?`;
  if (/^SC\d{4}$/i.test(id)) return `\`${id}\` is a ShellCheck code: write it in capitals, \`${id.toUpperCase()}\``;
  if (/^DL\d{4}$/i.test(id)) return `dflint has no rule \`${id}\` (hadolint rules dflint does not implement cannot be set in a dflint config); ${LIST_RULES}`;
  if (/^DF\d{4}$/i.test(id)) return `dflint has no rule \`${id}\`; ${LIST_RULES}`;
  return `unknown rule \`${id}\`${didYouMean(id, ids, LIST_RULES)}`;
}
