const WHITESPACE = /\s/;
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/**
 * The value of a `name=value` directive as BuildKit's `\s*(.+?)\s*$` reads it from `from` (just
 * after the `=`), without that pattern's quadratic backtracking: the text trimmed of surrounding
 * whitespace, or undefined when a line break is left inside it (`.` does not cross one). When
 * only whitespace follows the `=`, the pattern takes its last character that is not a line break.
 */
export function directiveValue(text: string, from: number): string | undefined {
  let start = from;
  while (start < text.length && WHITESPACE.test(text[start]!)) start++;
  let end = text.length;
  while (end > start && WHITESPACE.test(text[end - 1]!)) end--;
  if (start < end) {
    const value = text.slice(start, end);
    return LINE_TERMINATOR.test(value) ? undefined : value;
  }
  for (let i = text.length - 1; i >= from; i--) {
    if (!LINE_TERMINATOR.test(text[i]!)) return text[i];
  }
  return undefined;
}
