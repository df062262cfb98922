import { findRules } from '../rule-set.js';
import type { Rule } from '../engine/types.js';
import { findEngineCheck } from '../docs/engine-checks.js';
import { renderRuleDoc } from '../docs/rule-doc.js';
import { editDistance } from '../model/problems.js';

export type Explanation = { readonly found: true; readonly text: string } | { readonly found: false; readonly suggestions: readonly Rule[] };

/**
 * The documentation of the rules a code, name or alias names, or of dflint's own check (DF0001,
 * DF0002); otherwise the nearest rules.
 */
export function explain(id: string, rules: readonly Rule[]): Explanation {
  const engineCheck = findEngineCheck(id);
  if (engineCheck) return { found: true, text: `${engineCheck.markdown}\n` };
  const matched = findRules(id);
  if (matched.length > 0) return { found: true, text: matched.map(renderRuleDoc).join('\n') };
  return { found: false, suggestions: nearestRules(id, rules) };
}

const MAX_SUGGESTIONS = 3;

/** Rules whose code, name or an alias is a few edits away from `id` or contains it. */
export function nearestRules(id: string, rules: readonly Rule[]): Rule[] {
  const query = id.trim().toLowerCase();
  const scored: Array<{ rule: Rule; score: number }> = [];
  for (const rule of rules) {
    const scores = [rule.code, rule.name, ...rule.aliases].map((candidate) => {
      const name = candidate.toLowerCase();
      if (query.length >= 3 && name.includes(query)) return 0.5;
      const distance = editDistance(query, name);
      return distance <= Math.max(2, Math.floor(name.length / 3)) ? distance : Infinity;
    });
    const score = Math.min(...scores);
    if (score !== Infinity) scored.push({ rule, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.rule.code.localeCompare(b.rule.code))
    .slice(0, MAX_SUGGESTIONS)
    .map((s) => s.rule);
}

/** The message for an unknown rule id. */
export function unknownRuleMessage(id: string, suggestions: readonly Rule[]): string {
  const hint = suggestions.length > 0
    ? `did you mean ${suggestions.map((r) => `\`${r.code}\` (${r.name})`).join(', ')}?`
    : 'run `dflint --list-rules` to see them all';
  return `Unknown rule \`${id}\`: ${hint}`;
}
