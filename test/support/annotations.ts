/**
 * Expectations written inside a Dockerfile case, markdownlint-style. A comment line of carets
 * marks the columns of a finding on the nearest line above that is not an annotation:
 *
 *     RUN sudo apt-get update
 *     #   ^^^^ DL3004
 *
 * A finding that starts in column 1 or spans lines is written explicitly:
 *
 *     # expect DL3025 4:1-4:4
 *
 * Text after the code is the finding's exact message, which every annotation gives:
 *
 *     #   ^^^^ DL3004 Do not use `sudo`: ...
 */
export interface Annotation {
  readonly code: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** The exact message, when the annotation gives one. */
  readonly message?: string;
}

const CARETS = /^#(\s*)(\^+)\s+((?:DL|DF)\d{4})(?:\s+(\S.*?))?\s*$/;
const EXPLICIT = /^#\s*expect\s+((?:DL|DF)\d{4})\s+(\d+):(\d+)-(\d+):(\d+)(?:\s+(\S.*?))?\s*$/;

export function isAnnotation(line: string): boolean {
  return CARETS.test(line) || EXPLICIT.test(line);
}

export function readAnnotations(text: string): Annotation[] {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const annotations: Annotation[] = [];
  let target = 0;
  lines.forEach((line, index) => {
    const carets = CARETS.exec(line);
    const explicit = EXPLICIT.exec(line);
    if (carets) {
      const column = 1 + 1 + carets[1]!.length;
      annotations.push({
        code: carets[3]!, line: target, column, endLine: target, endColumn: column + carets[2]!.length,
        ...(carets[4] ? { message: carets[4] } : {}),
      });
    } else if (explicit) {
      annotations.push({
        code: explicit[1]!,
        line: Number(explicit[2]), column: Number(explicit[3]),
        endLine: Number(explicit[4]), endColumn: Number(explicit[5]),
        ...(explicit[6] ? { message: explicit[6] } : {}),
      });
    } else {
      target = index + 1;
    }
  });
  return annotations.sort((a, b) => a.line - b.line || a.column - b.column);
}
