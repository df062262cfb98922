import { editDistance } from '../model/problems.js';

/**
 * The name BuildKit proposes for a misspelt one (util/suggest `Search`): the first candidate
 * fewer than 3 edits away with the fewest edits, case-sensitive; none when the name itself is a
 * candidate.
 */
export function buildkitSuggestion(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let fewest = 3;
  for (const candidate of candidates) {
    if (candidate === name) return undefined;
    const distance = editDistance(name, candidate);
    if (distance < fewest) {
      best = candidate;
      fewest = distance;
    }
  }
  return best;
}
