/** A `$NAME` or `${NAME...}` reference in Dockerfile text, with where it starts and ends. */
export interface VariableReference {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/** `$NAME`, or `${NAME` whose end is the next `}`, tried where a `$` is (sticky). */
const REFERENCE_START = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))/y;

/**
 * The variable references of a text, in order (`${A:-x}` included, with `A` as its name): the
 * matches of `\$(?:\{(NAME)[^}]*\}|(NAME))`, found without re-reading the text after each
 * unclosed `${` (quadratic on `${a${a${a…`): the next `}` is looked up once per brace.
 */
export function variableReferences(text: string): VariableReference[] {
  const references: VariableReference[] = [];
  let close = -1;
  for (let at = text.indexOf('$'); at >= 0; at = text.indexOf('$', at + 1)) {
    REFERENCE_START.lastIndex = at;
    const match = REFERENCE_START.exec(text);
    if (!match) continue;
    if (match[2] !== undefined) {
      references.push({ name: match[2], start: at, end: REFERENCE_START.lastIndex });
      at = REFERENCE_START.lastIndex - 1;
      continue;
    }
    if (close < REFERENCE_START.lastIndex) {
      const next = text.indexOf('}', REFERENCE_START.lastIndex);
      // text.length: no `}` is left, so only `$NAME` references can follow.
      close = next < 0 ? text.length : next;
    }
    if (close === text.length) continue;
    references.push({ name: match[1]!, start: at, end: close + 1 });
    at = close;
  }
  return references;
}

/** The literal text around the variable references: `base-${VARIANT}` is `base-` and `''`. */
export function literalParts(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const reference of variableReferences(text)) {
    parts.push(text.slice(from, reference.start));
    from = reference.end;
  }
  parts.push(text.slice(from));
  return parts;
}
