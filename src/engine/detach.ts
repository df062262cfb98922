import type { Finding } from './types.js';

/**
 * A copy of findings made of fresh strings. A message built from a word of the model (say
 * `` `${name}` has no pinned version ``) is a V8 rope whose pieces may be slices of a whole
 * script's text, and so keeps that text alive as long as the finding; lintFiles keeps every
 * file's findings until the report, so it keeps these copies instead. Findings are plain data
 * (strings, numbers, arrays and objects), which a JSON round trip copies exactly.
 */
export function detachFindings(findings: readonly Finding[]): Finding[] {
  return findings.length === 0 ? [] : (JSON.parse(JSON.stringify(findings)) as Finding[]);
}
