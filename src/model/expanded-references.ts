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
 * whether or not it uses it, so `${A:-$B}` looks up both).
 */
export function expandedReferences(text: string, options: ReferenceScanOptions): ExpandedReference[] {
  const references: ExpandedReference[] = [];
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
    if (ch === '$') {
      i = readDollar(text, i, options, references);
      continue;
    }
    i++;
  }
  return references;
}

/** Reads the reference at `text[at] === '$'` into `references`; returns the offset after it. */
function readDollar(text: string, at: number, options: ReferenceScanOptions, references: ExpandedReference[]): number {
  let i = at + 1;
  if (text[i] !== '{') {
    const end = nameEnd(text, i);
    if (end === i) return i;
    references.push({ name: text.slice(i, end), start: at, end });
    return end;
  }
  i++;
  const end = nameEnd(text, i);
  const close = closingBrace(text, at + 1);
  if (end === i || close < 0) return close < 0 ? text.length : close + 1;
  // BuildKit stops with an error before it looks the name up when the modifier is not one it knows.
  if (!KNOWN_MODIFIER.test(text.slice(end, close + 1))) return close + 1;
  references.push({ name: text.slice(i, end), start: at, end: close + 1 });
  // The modifier's word (`:-default`, `/pattern/replacement`) is expanded as well.
  const word = text.slice(end, close);
  for (const inner of expandedReferences(word, options)) {
    references.push({ name: inner.name, start: end + inner.start, end: end + inner.end });
  }
  return close + 1;
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

function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** The range of `text.slice(start, end)`, for a text written from `origin` (it may span lines). */
export function rangeInText(origin: Range['start'], text: string, start: number, end: number): Range {
  const position = (offset: number) => {
    const before = text.slice(0, offset);
    const lastBreak = before.lastIndexOf('\n');
    if (lastBreak < 0) return { line: origin.line, character: origin.character + offset };
    return { line: origin.line + before.split('\n').length - 1, character: offset - lastBreak - 1 };
  };
  return { start: position(start), end: position(end) };
}
