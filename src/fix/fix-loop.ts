import { applyFixes } from '../engine/apply-fixes.js';
import type { Finding } from '../engine/types.js';
import type { Model, SyntaxProblemKind } from '../model/types.js';
import { restoreShape, shapeOf, withoutBom } from './text-shape.js';

/** One lint of a text: the model it built and the findings that are reported (after config and pragmas). */
export interface LintedText {
  readonly model: Model;
  readonly findings: readonly Finding[];
}

export interface FixLoopOptions {
  /** Lints a text (without byte order mark) as the file is linted: its rules, settings and pragmas. */
  readonly lint: (text: string) => LintedText;
  /** Apply unsafe fixes too (`--unsafe-fixes`). */
  readonly unsafe: boolean;
  /** Which reported findings may be fixed (`--quiet`: errors only); default all. */
  readonly accept?: (finding: Finding) => boolean;
}

export interface FixLoopResult {
  /** The fixed text, with the input's byte order mark, line endings and final line break. */
  readonly output: string;
  /** The findings whose fixes were applied, pass by pass (positions are those of the text each pass read). */
  readonly fixed: readonly Finding[];
  /** The lint of the input. */
  readonly initial: LintedText;
  /** The lint of the output (the same as `initial` when nothing was fixed). */
  readonly final: LintedText;
  /** How many passes applied fixes. */
  readonly passes: number;
}

/** As ESLint: at most this many rounds of fix, re-lint. */
export const MAX_PASSES = 10;

/**
 * Fixes a text in passes, as ESLint does: apply the non-overlapping fixes of the reported
 * findings, lint again, and repeat until nothing changes or MAX_PASSES is reached. A pass whose
 * result has a syntax problem the text before it did not have is redone one fix at a time, and
 * each fix that brings a new syntax problem is dropped.
 */
export function fixLoop(input: string, options: FixLoopOptions): FixLoopResult {
  const shape = shapeOf(input);
  const wanted = (f: Finding) => f.fix !== undefined && (options.unsafe || f.fix.safety === 'safe') && (options.accept?.(f) ?? true);
  const rejected = new Set<string>();
  const fixable = (f: Finding) => wanted(f) && !rejected.has(fixKey(f));

  let text = withoutBom(input);
  const initial = options.lint(text);
  let current = initial;
  const fixed: Finding[] = [];
  let passes = 0;
  while (passes < MAX_PASSES) {
    const candidates = current.findings.filter(fixable);
    if (candidates.length === 0) break;
    const pass = applyFixes(text, candidates, () => true, shape.eol);
    if (pass.text === text) break;
    const next = options.lint(pass.text);
    passes++;
    if (!addsSyntaxProblem(current.model, next.model)) {
      text = pass.text;
      current = next;
      fixed.push(...pass.findings);
      continue;
    }
    // Some fix of this pass breaks the syntax: find it by applying them one at a time.
    const single = fixOneByOne(text, current, pass.findings, options.lint, shape.eol, rejected);
    if (single.text === text) break;
    text = single.text;
    current = single.linted;
    fixed.push(...single.applied);
  }
  return { output: text === withoutBom(input) ? input : restoreShape(text, shape), fixed, initial, final: current, passes };
}

function fixOneByOne(
  start: string,
  linted: LintedText,
  findings: readonly Finding[],
  lint: (text: string) => LintedText,
  eol: '\n' | '\r\n',
  rejected: Set<string>,
): { text: string; linted: LintedText; applied: Finding[] } {
  // The pass's fixes do not overlap and were all computed on `start`, so any subset of them
  // applies to `start`: grow the subset one fix at a time, keeping those that add no problem.
  let text = start;
  let current = linted;
  const applied: Finding[] = [];
  for (const finding of findings) {
    const attempt = applyFixes(start, [...applied, finding], () => true, eol);
    const next = lint(attempt.text);
    if (addsSyntaxProblem(linted.model, next.model)) {
      rejected.add(fixKey(finding));
      continue;
    }
    text = attempt.text;
    current = next;
    applied.push(finding);
  }
  return { text, linted: current, applied };
}

/** Identifies a fix across passes well enough to not retry one that broke the syntax. */
function fixKey(f: Finding): string {
  return JSON.stringify([f.code, f.line, f.fix?.description, f.fix?.edits.map((e) => e.text)]);
}

/** Whether `after` has more syntax problems of some kind than `before`. */
export function addsSyntaxProblem(before: Model, after: Model): boolean {
  const count = (model: Model) => {
    const counts = new Map<SyntaxProblemKind, number>();
    for (const p of model.problems) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
    return counts;
  };
  const was = count(before);
  return [...count(after)].some(([kind, n]) => n > (was.get(kind) ?? 0));
}
