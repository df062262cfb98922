/**
 * Screen columns, as terminals and editors count them (wcwidth): East Asian wide and fullwidth
 * characters and emoji take two columns, combining marks and zero-width characters none. The
 * wide ranges follow Unicode's East_Asian_Width W and F, which JavaScript cannot test directly.
 */
const WIDE = /\p{Emoji_Presentation}|[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE10-\uFE19\uFE30-\uFE6F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;
const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200B-\u200F\u2060-\u2064\uFEFF]/u;

/** The screen width of one code point other than a tab. */
export function charWidth(char: string): number {
  if (ZERO_WIDTH.test(char)) return 0;
  return WIDE.test(char) ? 2 : 1;
}

/**
 * The screen column (0-based) before each UTF-16 index of a line, and at its end, with tab stops
 * every `tabWidth` columns. Both halves of a surrogate pair get the column of the character.
 */
export function displayColumns(text: string, tabWidth: number): number[] {
  const columns: number[] = [];
  let column = 0;
  for (const char of text) {
    columns.push(column);
    if (char.length === 2) columns.push(column);
    column = char === '\t' ? column + tabWidth - (column % tabWidth) : column + charWidth(char);
  }
  columns.push(column);
  return columns;
}
