/*
 * Rewriting a legacy `ENV key value` / `LABEL key value` item as `key=value` with the same value.
 *
 * BuildKit reads both forms' values with the same word processing (quotes removed, escapes
 * applied, variables substituted), but the legacy form takes the whole rest of the line as the
 * value, blanks included, while `key=value` ends at the first unquoted blank. So a value without
 * unquoted blanks is kept as written, and any other value is turned into one double-quoted word
 * whose processing gives the same string:
 * - a double-quoted part is copied as it is (its inside reads the same within the new quotes);
 * - a single-quoted part is literal: its `"`, `$` and escape characters get an escape;
 * - an escaped character outside quotes is literal: it keeps an escape only if it is `"`, `$` or
 *   the escape character, the only ones an escape changes inside double quotes;
 * - `$NAME` and `${NAME...}` are copied: substitution is the same inside double quotes.
 * Values the scan cannot vouch for (an unclosed quote, a trailing escape, quotes or escapes or
 * nested `${` inside `${...}`) get no rewrite.
 */

/** What to write after `key=` so the value is the same; undefined when that is not certain. */
export function assignmentValue(value: string, escapeChar: string): string | undefined {
  const inQuotes = (c: string) => (c === '"' || c === '$' || c === escapeChar ? `${escapeChar}${c}` : c);
  let out = '';
  let blanks = false;
  let i = 0;
  while (i < value.length) {
    const c = value[i]!;
    if (c === escapeChar) {
      if (i + 1 >= value.length) return undefined;
      out += inQuotes(value[i + 1]!);
      i += 2;
    } else if (c === "'") {
      const end = value.indexOf("'", i + 1);
      if (end < 0) return undefined;
      out += [...value.slice(i + 1, end)].map(inQuotes).join('');
      i = end + 1;
    } else if (c === '"') {
      const end = closingQuote(value, i + 1, escapeChar);
      if (end === undefined) return undefined;
      out += value.slice(i + 1, end);
      i = end + 1;
    } else if (c === '$' && value[i + 1] === '{') {
      const end = braceEnd(value, i, escapeChar);
      if (end === undefined) return undefined;
      const substitution = value.slice(i, end + 1);
      if (/\s/.test(substitution)) blanks = true;
      out += substitution;
      i = end + 1;
    } else {
      if (/\s/.test(c)) blanks = true;
      out += c;
      i++;
    }
  }
  return blanks ? `"${out}"` : value;
}

/** Index of the `"` closing a double-quoted part whose text starts at `from`. */
function closingQuote(value: string, from: number, escapeChar: string): number | undefined {
  for (let i = from; i < value.length; i++) {
    const c = value[i]!;
    if (c === escapeChar) i++;
    else if (c === '$' && value[i + 1] === '{') {
      const end = braceEnd(value, i, escapeChar);
      if (end === undefined) return undefined;
      i = end;
    } else if (c === '"') return i;
  }
  return undefined;
}

/** Index of the `}` closing `${` at `start`, when nothing inside needs the word processing to find it. */
function braceEnd(value: string, start: number, escapeChar: string): number | undefined {
  const end = value.indexOf('}', start + 2);
  if (end < 0) return undefined;
  const inside = value.slice(start + 2, end);
  if (/['"]/.test(inside) || inside.includes(escapeChar) || inside.includes('${')) return undefined;
  return end;
}
