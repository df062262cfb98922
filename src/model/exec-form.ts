import type { MappedText } from '../parse/mapped-text.js';
import type { ExecString } from './types.js';

export type ExecParse =
  | { readonly kind: 'exec'; readonly strings: ExecString[] }
  | { readonly kind: 'not-json' }
  /** Valid JSON, but not an array of strings: a build error in BuildKit. */
  | { readonly kind: 'invalid'; readonly message: string };

/**
 * Parses exec form as BuildKit does: the trimmed text must be a JSON array of strings. Strings
 * are decoded by JSON.parse (dockerfile-ast mis-decodes `\u` escapes) and located in the source.
 */
export function parseExecForm(args: MappedText): ExecParse {
  const text = args.text;
  const trimmed = text.trim();
  if (!trimmed.startsWith('[')) return { kind: 'not-json' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return { kind: 'not-json' };
  }
  if (!Array.isArray(parsed)) return { kind: 'not-json' };
  if (!parsed.every((item) => typeof item === 'string')) {
    return { kind: 'invalid', message: 'When using JSON array syntax, arrays must be comprised of strings only' };
  }
  const strings: ExecString[] = [];
  for (const match of quotedStrings(text)) {
    strings.push({
      raw: match[0],
      value: JSON.parse(match[0]) as string,
      range: args.rangeOf(match.index, match.index + match[0].length),
    });
  }
  return { kind: 'exec', strings };
}

const QUOTED = /"(?:[^"\\]|\\.)*"/ys;

/**
 * The matches of a global `"(?:[^"\\]|\\.)*"`, tried only from each `"`, each once. An
 * unclosed string reads to the end of the text, and so would one from any later `"`: the search
 * stops there instead of trying them all (quadratic on `"\"\"\"…`).
 */
function* quotedStrings(text: string): Generator<RegExpExecArray> {
  for (let at = text.indexOf('"'); at >= 0;) {
    QUOTED.lastIndex = at;
    const match = QUOTED.exec(text);
    if (!match) return;
    yield match;
    at = text.indexOf('"', match.index + match[0].length);
  }
}
