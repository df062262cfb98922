import fc from 'fast-check';
import { fix } from '../../src/fix/fix.js';
import { lint } from '../../src/lint.js';
import type { Finding } from '../../src/engine/types.js';
import { allRules } from '../../src/rule-set.js';
import { dockerfiles } from './dockerfiles.js';

/** Every rule on, those off by default included, so that every rule meets every input. */
const EVERY_RULE = Object.fromEntries(allRules().map((rule) => [rule.code, 'warning' as const]));

/**
 * Lints a text and fixes it (unsafe fixes included), and throws when something is wrong: an
 * exception, a finding or fix edit outside the text, or a fixed text that cannot be linted.
 */
export async function checkDockerfile(text: string): Promise<void> {
  const findings = await lint(text, { rules: EVERY_RULE, reportUnusedIgnores: true });
  const lines = linesOf(text);
  for (const finding of findings) {
    assertInside(lines, finding, `${finding.code} "${finding.message}"`);
    for (const edit of finding.fix?.edits ?? []) assertInside(lines, edit, `the fix of ${finding.code}`);
  }
  if (!findings.some((finding) => finding.fix)) return;
  // `remaining` is the fixed text linted again.
  const fixed = await fix(text, { rules: EVERY_RULE, unsafeFixes: true });
  const fixedLines = linesOf(fixed.output);
  for (const finding of fixed.remaining) assertInside(fixedLines, finding, `${finding.code} after fixing`);
}

/** The property: any fuzzed Dockerfile passes checkDockerfile. */
export function lintAndFixProperty(fragments: readonly string[]): fc.IAsyncProperty<[string]> {
  return fc.asyncProperty(dockerfiles(fragments), checkDockerfile);
}

/**
 * Line lengths in UTF-16 code units, lines split as positions count them: at LF only (a CR
 * before it is the line's last character, and a lone CR is no line break, as in BuildKit).
 */
function linesOf(text: string): number[] {
  return text.split('\n').map((line) => line.length);
}

type Span = Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>;

function assertInside(lines: readonly number[], span: Span, what: string): void {
  const inside = (line: number, column: number) => Number.isInteger(line) && Number.isInteger(column) && line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1]! + 1;
  const ordered = span.endLine > span.line || (span.endLine === span.line && span.endColumn >= span.column);
  if (!inside(span.line, span.column) || !inside(span.endLine, span.endColumn) || !ordered) {
    throw new Error(`${what} at ${span.line}:${span.column}-${span.endLine}:${span.endColumn} is outside the text (${lines.length} lines)`);
  }
}
