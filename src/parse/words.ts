/** A whitespace-separated word of instruction text, quotes kept (BuildKit's RawQuotes mode). */
export interface RawWord {
  readonly raw: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Splits text into words on unquoted whitespace, keeping quotes and escapes in the words, as
 * BuildKit's lexer does before expansion. An unterminated quote runs to the end of the text.
 */
export function splitWords(text: string, escapeChar = '\\'): RawWord[] {
  const words: RawWord[] = [];
  let start = -1;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === escapeChar && quote === '"' && i + 1 < text.length) i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      if (start >= 0) words.push({ raw: text.slice(start, i), start, end: i });
      start = -1;
      continue;
    }
    if (start < 0) start = i;
    if (ch === escapeChar && i + 1 < text.length) i++;
    else if (ch === '"' || ch === "'") quote = ch;
  }
  if (start >= 0) words.push({ raw: text.slice(start), start, end: text.length });
  return words;
}
