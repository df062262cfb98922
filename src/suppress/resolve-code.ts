import { allRules, findRules } from '../rule-set.js';
import { INTERNAL_ERROR } from '../engine/run.js';
import type { Rule } from '../engine/types.js';
import { editDistance } from '../model/problems.js';
import { BUILDKIT_CHECKS, isForeignCode } from './known-codes.js';
import type { CodeTarget } from './types.js';

/** Reported for pragmas that suppress nothing; like DF0001, a check of dflint's own, not a rule. */
export const UNUSED_IGNORE = { code: 'DF0002', name: 'unused-ignore' } as const;

const ENGINE_CODES = new Set([INTERNAL_ERROR.code, INTERNAL_ERROR.name, UNUSED_IGNORE.code, UNUSED_IGNORE.name].map((id) => id.toLowerCase()));

/** A code of a `# dflint` or `# hadolint` pragma: a code, name or alias in any case, or `*`. */
export function resolveCode(text: string): CodeTarget {
  if (text === '*') return { kind: 'all' };
  const rules = findRules(text);
  if (rules.length > 0) return { kind: 'rules', rules };
  if (ENGINE_CODES.has(text.toLowerCase())) return { kind: 'unsuppressible' };
  if (isForeignCode(text)) return { kind: 'foreign' };
  return { kind: 'unknown', suggestion: nearest(text, identifiers()), caseOnly: false };
}

/**
 * A rule name of BuildKit's `check=skip=`: case-sensitive, as BuildKit matches it, so
 * `jsonargsrecommended` is unknown (with the right spelling suggested).
 */
export function resolveBuildKitCheck(text: string): CodeTarget {
  if (BUILDKIT_CHECKS.includes(text)) {
    const rules = rulesWithBuildKitAlias(text);
    return rules.length > 0 ? { kind: 'rules', rules } : { kind: 'foreign' };
  }
  const sameLetters = BUILDKIT_CHECKS.find((name) => name.toLowerCase() === text.toLowerCase());
  return { kind: 'unknown', suggestion: sameLetters ?? nearest(text, BUILDKIT_CHECKS), caseOnly: sameLetters !== undefined };
}

/** `check=skip=all`: every rule that has a BuildKit check name. */
export function buildKitRules(): readonly Rule[] {
  return allRules().filter((rule) => rule.aliases.some((alias) => BUILDKIT_CHECKS.includes(alias)));
}

function rulesWithBuildKitAlias(name: string): readonly Rule[] {
  return allRules().filter((rule) => rule.aliases.includes(name));
}

function identifiers(): string[] {
  return allRules().flatMap((rule) => [rule.code, rule.name, ...rule.aliases]);
}

/** The closest candidate when it is close enough to be a likely typo. */
function nearest(text: string, candidates: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(lower.length / 3)) ? best : undefined;
}
