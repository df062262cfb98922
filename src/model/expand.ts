/** What a variable holds: a known value, or unknown (undeclared, or an ARG with no default). */
export interface KnownValue {
  readonly value: string;
  /** Names that were themselves unresolved when the value was computed. */
  readonly unresolved: readonly string[];
}

export type Lookup = (name: string) => KnownValue | undefined;

export interface Expansion {
  readonly value: string;
  readonly unresolved: readonly string[];
}

/**
 * How deep `${A:-${B:-...}}` defaults are expanded; a reference nested deeper is left as written
 * and its variable counted as unresolved, so that a pathological word cannot overflow the stack.
 */
const MAX_NESTING = 64;

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

/**
 * Expands quotes, escapes and `$` references in a word the way BuildKit's shell lexer does for
 * Dockerfile instructions (frontend/dockerfile/shell/lex.go), including the modifiers
 * `:-` `-` `:+` `+` `:?` `?` `#` `##` `%` `%%` `/` `//`. An unknown variable stays as written in
 * the value and is listed in `unresolved`, so callers can tell "empty" from "not known".
 */
export function expand(text: string, lookup: Lookup, escapeChar = '\\'): Expansion {
  return expandNested(text, lookup, escapeChar, 0);
}

function expandNested(text: string, lookup: Lookup, escapeChar: string, nesting: number): Expansion {
  if (isLiteral(text, escapeChar)) return { value: text, unresolved: [] };
  const unresolved = new Set<string>();
  let i = 0;

  const readReference = (): string => {
    // at text[i] === '$'
    const start = i;
    i++;
    if (text[i] === '{') {
      const close = findClosingBrace(text, i);
      if (close < 0) {
        i = text.length;
        return text.slice(start);
      }
      const inner = text.slice(i + 1, close);
      i = close + 1;
      return expandBraced(inner, text.slice(start, i));
    }
    if (i < text.length && NAME_START.test(text[i]!)) {
      let end = i;
      while (end < text.length && NAME_CHAR.test(text[end]!)) end++;
      const name = text.slice(i, end);
      i = end;
      return valueOf(name, `$${name}`);
    }
    return '$';
  };

  const valueOf = (name: string, raw: string): string => {
    const known = lookup(name);
    if (!known) {
      unresolved.add(name);
      return raw;
    }
    for (const n of known.unresolved) unresolved.add(n);
    return known.value;
  };

  const expandBraced = (inner: string, raw: string): string => {
    const match = /^([A-Za-z_][A-Za-z0-9_]*|[0-9]+)(.*)$/s.exec(inner);
    if (!match) return raw;
    const name = match[1]!;
    const rest = match[2]!;
    if (rest === '') return valueOf(name, raw);
    if (nesting >= MAX_NESTING) {
      unresolved.add(name);
      return raw;
    }
    const known = lookup(name);
    const word = (s: string) => expandNested(s, lookup, escapeChar, nesting + 1);
    const op = /^(:-|:\+|:\?|-|\+|\?|##|#|%%|%|\/\/|\/)/.exec(rest)?.[1];
    if (!op) return raw;
    const argument = rest.slice(op.length);
    if (op === ':-' || op === '-') {
      if (known && (op === '-' || known.value !== '')) {
        known.unresolved.forEach((n) => unresolved.add(n));
        return known.value;
      }
      const fallback = word(argument);
      fallback.unresolved.forEach((n) => unresolved.add(n));
      if (!known) unresolved.add(name);
      return fallback.value;
    }
    if (op === ':+' || op === '+') {
      if (!known) {
        unresolved.add(name);
        return raw;
      }
      if (op === ':+' && known.value === '') return '';
      const alternative = word(argument);
      alternative.unresolved.forEach((n) => unresolved.add(n));
      return alternative.value;
    }
    if (op === ':?' || op === '?') return valueOf(name, raw);
    if (!known) {
      unresolved.add(name);
      return raw;
    }
    known.unresolved.forEach((n) => unresolved.add(n));
    if (op === '#' || op === '##') return stripPrefix(known.value, word(argument).value, op === '##');
    if (op === '%' || op === '%%') return stripSuffix(known.value, word(argument).value, op === '%%');
    const slash = argument.indexOf('/');
    if (slash < 0) return raw;
    const pattern = word(argument.slice(0, slash)).value;
    const replacement = word(argument.slice(slash + 1)).value;
    return replace(known.value, pattern, replacement, op === '//');
  };

  let result = '';
  let quote: '"' | "'" | undefined;
  while (i < text.length) {
    const ch = text[i]!;
    if (quote === "'") {
      if (ch === "'") quote = undefined;
      else result += ch;
      i++;
      continue;
    }
    if (ch === escapeChar && i + 1 < text.length) {
      const next = text[i + 1]!;
      // Inside double quotes only a few characters are escapable; elsewhere any character is.
      if (quote === '"' && !['"', '$', escapeChar, '`'].includes(next)) result += ch;
      result += next;
      i += 2;
      continue;
    }
    if (ch === '"') {
      quote = quote ? undefined : '"';
      i++;
      continue;
    }
    if (ch === "'" && !quote) {
      quote = "'";
      i++;
      continue;
    }
    if (ch === '$') {
      result += readReference();
      continue;
    }
    result += ch;
    i++;
  }
  return { value: result, unresolved: [...unresolved] };
}

/** No quote, escape or `$`: the word is its own value (most words of a RUN or COPY). */
function isLiteral(text: string, escapeChar: string): boolean {
  const escape = escapeChar.charCodeAt(0);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 36 /* $ */ || code === 34 /* " */ || code === 39 /* ' */ || code === escape) return false;
  }
  return true;
}

function findClosingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Converts a shell glob (`*`, `?`, `\x`) to an anchored-at-start regular expression source. */
function globSource(pattern: string, greedy: boolean): string {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\' && i + 1 < pattern.length) source += escapeRegExp(pattern[++i]!);
    else if (ch === '*') source += greedy ? '.*' : '.*?';
    else if (ch === '?') source += '.';
    else source += escapeRegExp(ch);
  }
  return source;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function stripPrefix(value: string, pattern: string, longest: boolean): string {
  const match = new RegExp(`^${globSource(pattern, longest)}`, 's').exec(value);
  return match ? value.slice(match[0].length) : value;
}

function stripSuffix(value: string, pattern: string, longest: boolean): string {
  const source = globSource(pattern, true);
  // Try each suffix from the shortest (or longest) one that matches the whole glob.
  const starts = [...Array(value.length + 1).keys()];
  if (!longest) starts.reverse();
  for (const start of starts) {
    if (new RegExp(`^${source}$`, 's').test(value.slice(start))) return value.slice(0, start);
  }
  return value;
}

function replace(value: string, pattern: string, replacement: string, all: boolean): string {
  if (pattern === '') return value;
  const regex = new RegExp(globSource(pattern, true), all ? 'gs' : 's');
  return value.replace(regex, () => replacement);
}
