import { editDistance } from '../model/problems.js';

/** Case, `-` and `_` do not count: `label-schema` is one step from nothing to `labelSchema`. */
const normalize = (text: string) => text.toLowerCase().replace(/[-_]/g, '');

/**
 * The candidate nearest to a misspelt name, when one is close enough to be what was meant: few
 * edits away, or starting with the text (`warn` for `warning`). Ties go to the earlier candidate.
 */
export function nearest(query: string, candidates: Iterable<string>): string | undefined {
  const wanted = normalize(query);
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of candidates) {
    const name = normalize(candidate);
    const distance = editDistance(wanted, name);
    const score = wanted.length >= 3 && name.startsWith(wanted) ? Math.min(distance, 0.5) : distance;
    if (score > Math.max(2, Math.floor(name.length / 3))) continue;
    if (!best || score < best.score) best = { candidate, score };
  }
  return best?.candidate;
}

/** `; did you mean `x`?` when a candidate is close, else the fallback hint (if any). */
export function didYouMean(query: string, candidates: Iterable<string>, fallback?: string): string {
  const match = nearest(query, candidates);
  if (match !== undefined) return `; did you mean \`${match}\`?`;
  return fallback ? `; ${fallback}` : '';
}
