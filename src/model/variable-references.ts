/** A `$NAME` or `${NAME...}` reference in Dockerfile text, with where it starts and ends. */
export interface VariableReference {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

const REFERENCE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/** The variable references of a text, in order (`${A:-x}` included, with `A` as its name). */
export function variableReferences(text: string): VariableReference[] {
  return [...text.matchAll(REFERENCE)].map((m) => ({ name: (m[1] ?? m[2])!, start: m.index, end: m.index + m[0].length }));
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
