import { directiveValue } from '../parse/directive-value.js';
import type { CodeSpan, Span } from './code-list.js';
import type { MalformedSpan } from './parse-ignore-pragma.js';

export interface ParsedCheck {
  /** The rule names of `skip=`, or one `all` (kept as written, so its position is known). */
  readonly skip: readonly CodeSpan[];
  readonly skipAll: boolean;
  /** The options text BuildKit reads (the value up to its first space). */
  readonly span: Span;
  /** Text after the first space, which BuildKit ignores (`# check=skip=X // reason`). */
  readonly reason: string | undefined;
  /** The value holds `error=` or `experimental=` besides `skip=`. */
  readonly hasOtherOptions: boolean;
  /** `error=`, read as Go's strconv.ParseBool reads it; undefined when absent. */
  readonly error: boolean | undefined;
  /** The rule names of `experimental=`, or one `all`. */
  readonly experimental: readonly CodeSpan[];
  readonly experimentalAll: boolean;
}

/**
 * The name part of BuildKit's directive regex (frontend/dockerfile/parser/directives.go), on the
 * text after `#`: `^[ \t]*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$`; directiveValue reads the rest.
 */
const DIRECTIVE_NAME = /^[ \t]*([a-zA-Z][a-zA-Z0-9]*)\s*=/;
/** Go's strconv.ParseBool. */
const GO_BOOL: ReadonlyMap<string, boolean> = new Map([
  ...['1', 't', 'T', 'TRUE', 'true', 'True'].map((text) => [text, true] as const),
  ...['0', 'f', 'F', 'FALSE', 'false', 'False'].map((text) => [text, false] as const),
]);

/** A `# check=...` comment above an instruction (BuildKit's per-instruction form). */
export function parseCheckComment(text: string): ParsedCheck | MalformedSpan | undefined {
  const match = DIRECTIVE_NAME.exec(text);
  if (!match || match[1]!.toLowerCase() !== 'check') return undefined;
  const value = directiveValue(text, match[0].length);
  if (value === undefined) return undefined;
  return parseCheckValue(value, text.indexOf(value, text.indexOf('=') + 1));
}

/**
 * The value of a `check` directive or comment, as BuildKit's `ParseLintOptions` reads it after
 * cutting it at the first space: up to three `;`-separated `key=value` options, `skip`,
 * `experimental` or `error`. `offset` is where `value` starts in the comment's text. Returns a
 * malformed span where BuildKit would reject the options.
 */
export function parseCheckValue(value: string, offset: number): ParsedCheck | MalformedSpan {
  const cut = value.indexOf(' ');
  const options = cut < 0 ? value : value.slice(0, cut);
  const reason = cut < 0 ? undefined : value.slice(cut + 1).trim() || undefined;
  const skip: CodeSpan[] = [];
  let skipAll = false;
  const experimental: CodeSpan[] = [];
  let error: boolean | undefined;
  let otherOptions = 0;
  let partStart = 0;
  const parts = splitN(options, ';', 3);
  for (const part of parts) {
    const at = offset + partStart;
    partStart += part.length + 1;
    const equals = part.indexOf('=');
    if (equals < 0) return { start: at, end: at + part.length, malformed: `Invalid check option \`${part}\`: BuildKit expects \`skip=\`, \`error=\` or \`experimental=\`` };
    const key = part.slice(0, equals).trim();
    const raw = part.slice(equals + 1);
    if (key === 'skip') {
      const names = splitNames(raw, at + equals + 1);
      if (names.length === 1 && names[0]!.text === 'all') skipAll = true;
      skip.push(...names);
    } else if (key === 'error') {
      error = GO_BOOL.get(raw.trim());
      if (error === undefined) return { start: at, end: at + part.length, malformed: `Invalid check option \`${part}\`: \`error\` takes \`true\` or \`false\`` };
      otherOptions++;
    } else if (key === 'experimental') {
      experimental.push(...splitNames(raw, at + equals + 1));
      otherOptions++;
    } else {
      return { start: at, end: at + equals, malformed: `Invalid check option \`${key}\`: BuildKit accepts \`skip\`, \`error\` and \`experimental\`` };
    }
  }
  return {
    skip,
    skipAll,
    span: { start: offset, end: offset + options.length },
    reason,
    hasOtherOptions: otherOptions > 0,
    error,
    experimental,
    experimentalAll: experimental.length === 1 && experimental[0]!.text === 'all',
  };
}

/** Comma-separated rule names, trimmed as BuildKit trims them; empty names are dropped. */
function splitNames(raw: string, offset: number): CodeSpan[] {
  const names: CodeSpan[] = [];
  let start = 0;
  for (const piece of raw.split(',')) {
    const text = piece.trim();
    const at = offset + start + leadingBlanks(piece);
    if (text) names.push({ text, start: at, end: at + text.length });
    start += piece.length + 1;
  }
  return names;
}

/** Go's strings.SplitN: at most `n` pieces, the last one holding the rest. */
function splitN(text: string, separator: string, n: number): string[] {
  const pieces = text.split(separator);
  return pieces.length <= n ? pieces : [...pieces.slice(0, n - 1), pieces.slice(n - 1).join(separator)];
}

function leadingBlanks(text: string): number {
  return text.length - text.trimStart().length;
}
