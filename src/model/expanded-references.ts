import type { Range } from './types.js';

/** A variable BuildKit's word expansion looks up, with where it is written in the text. */
export interface ExpandedReference {
  /** `NAME`, or a positional or special parameter (`1`, `@`, `$`...), which BuildKit looks up too. */
  readonly name: string;
  /** Offsets in the text: the `$` and just after the reference (`$NAME` or `${...}`). */
  readonly start: number;
  readonly end: number;
}

export interface ReferenceScanOptions {
  readonly escapeChar: string;
  /**
   * Whether quotes are read as quotes (single quotes hide `$`). COPY/ADD heredoc bodies are
   * expanded without reading quotes, with `\` as the escape (BuildKit's `ExpandRaw`).
   */
  readonly quotes: boolean;
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const SPECIAL = new Set(['@', '*', '#', '?', '-', '$', '!', '0']);
/** What may follow the name in `${NAME...}`: nothing, or a modifier BuildKit implements. */
const KNOWN_MODIFIER = /^(?:\}|:[-+?]|[-+?#%/])/;

/**
 * The variables BuildKit's shell lexer (frontend/dockerfile/shell/lex.go) looks up when it
 * expands a word: every `$NAME`, `${NAME}` and `${NAME<modifier>word}` outside single quotes and
 * not escaped, the references inside a modifier's word included (the lexer reads that word
 * whether or not it uses it, so `${A:-$B}` looks up both). In order of their `$`. One pass, with
 * the `${` still open on a stack, so deep nesting costs neither recursion nor rescans.
 */
export function expandedReferences(text: string, options: ReferenceScanOptions): ExpandedReference[] {
  const references: ExpandedReference[] = [];
  /** The `${` not closed yet; a null name for one BuildKit cannot read, which reports nothing. */
  const open: Array<{ readonly name: string | null; readonly start: number }> = [];
  const escape = options.escapeChar;
  let inDouble = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === escape) {
      // Inside double quotes only `"`, `$` and the escape itself are escaped; elsewhere anything is.
      const next = text[i + 1];
      i += !inDouble || next === '"' || next === '$' || next === escape ? 2 : 1;
      continue;
    }
    if (options.quotes && ch === "'" && !inDouble) {
      const close = text.indexOf("'", i + 1);
      i = close < 0 ? text.length : close + 1;
      continue;
    }
    if (options.quotes && ch === '"') {
      inDouble = !inDouble;
      i++;
      continue;
    }
    if (ch === '}' && open.length > 0) {
      const reference = open.pop()!;
      if (reference.name !== null) references.push({ name: reference.name, start: reference.start, end: i + 1 });
      i++;
      continue;
    }
    if (ch !== '$') {
      i++;
      continue;
    }
    if (text[i + 1] === '{') {
      const end = nameEnd(text, i + 2);
      // BuildKit stops with an error before it looks the name up when the modifier is not one it knows.
      const readable = end > i + 2 && KNOWN_MODIFIER.test(text.slice(end, end + 2));
      open.push({ name: readable ? text.slice(i + 2, end) : null, start: i });
      i = readable ? end : i + 2;
      continue;
    }
    const end = nameEnd(text, i + 1);
    if (end > i + 1) references.push({ name: text.slice(i + 1, end), start: i, end });
    i = Math.max(end, i + 1);
  }
  // A `${` never closed is an error for BuildKit; its references were never recorded.
  return references.sort((a, b) => a.start - b.start);
}

/** The end of the name that starts at `i`: a letter or `_` run, a digit run, or one special parameter. */
function nameEnd(text: string, i: number): number {
  const first = text[i];
  if (first === undefined) return i;
  if (/[0-9]/.test(first)) {
    let end = i;
    while (end < text.length && /[0-9]/.test(text[end]!)) end++;
    return end;
  }
  if (SPECIAL.has(first)) return i + 1;
  if (!NAME_START.test(first)) return i;
  let end = i + 1;
  while (end < text.length && NAME_CHAR.test(text[end]!)) end++;
  return end;
}

/**
 * Ranges of spans of a text written from `origin` (it may span lines): line starts are found
 * once, so a text of many references costs one pass and a binary search per reference.
 */
export function spanRanges(origin: Range['start'], text: string): (start: number, end: number) => Range {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const position = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low === 0
      ? { line: origin.line, character: origin.character + offset }
      : { line: origin.line + low, character: offset - lineStarts[low]! };
  };
  return (start, end) => ({ start: position(start), end: position(end) });
}
