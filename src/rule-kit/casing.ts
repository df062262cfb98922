/** How a keyword is written, as BuildKit's casing checks see it: all lower case, all upper case, or mixed (`From`). */
export type Casing = 'lower' | 'upper' | 'mixed';

export function keywordCasing(word: string): Casing {
  if (word === word.toUpperCase()) return 'upper';
  if (word === word.toLowerCase()) return 'lower';
  return 'mixed';
}

/** `word` written in `casing`. */
export function inCasing(word: string, casing: Exclude<Casing, 'mixed'>): string {
  return casing === 'lower' ? word.toLowerCase() : word.toUpperCase();
}
