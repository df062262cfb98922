import type { DirectiveProblem } from '../parse/directives.js';
import { INSTRUCTION_KEYWORDS } from '../parse/scan.js';
import type { SourceText } from '../parse/source.js';
import type { DraftExtras } from './instructions.js';
import type { Instruction, SyntaxProblem } from './types.js';

/** Build errors BuildKit would raise, found while the model was read. */
export function findProblems(
  instructions: readonly Instruction[],
  extras: ReadonlyMap<Instruction, DraftExtras>,
  directiveProblems: readonly DirectiveProblem[],
  emptyContinuationLines: readonly number[],
  source: SourceText,
): SyntaxProblem[] {
  const problems: SyntaxProblem[] = directiveProblems.map((p) => ({
    kind: 'invalid-directive', message: p.message, range: p.range, instruction: undefined,
  }));
  for (const line of emptyContinuationLines) {
    problems.push({
      kind: 'empty-continuation',
      message: 'Empty continuation line: remove it (a future Docker release will reject it)',
      range: { start: { line, character: 0 }, end: { line, character: source.lineText(line).length } },
      instruction: undefined,
    });
  }
  const check = (instruction: Instruction) => {
    const add = (kind: SyntaxProblem['kind'], message: string, range = instruction.keywordRange) =>
      problems.push({ kind, message, range, instruction });
    if (instruction.kind === 'UNKNOWN') {
      const suggestion = nearestKeyword(instruction.keyword);
      add('unknown-instruction', `Unknown instruction \`${instruction.keyword}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}`);
      return;
    }
    const info = extras.get(instruction);
    // An ONBUILD shares its heredocs with its trigger, which reports them.
    const heredocs = instruction.kind === 'ONBUILD' ? [] : info?.scannedHeredocs ?? [];
    for (const heredoc of heredocs) {
      if (!heredoc.terminator) {
        add('unterminated-heredoc', `Unterminated heredoc: no line \`${heredoc.name}\` closes it`, source.rangeOf(heredoc.markerStart, heredoc.markerEnd));
      }
    }
    if (instruction.form === 'none' && instruction.heredocs.length === 0) {
      add('missing-arguments', `\`${instruction.kind}\` requires at least one argument`);
      return;
    }
    if (info?.invalidJson) add('invalid-json', info.invalidJson, jsonRange(info) ?? instruction.keywordRange);
    if (instruction.kind === 'SHELL') {
      if (instruction.form !== 'exec') {
        add('invalid-json', '`SHELL` requires its arguments in JSON form, such as `SHELL ["/bin/bash", "-c"]`', instruction.argsRange ?? instruction.keywordRange);
      } else if (instruction.exec?.length === 0 && !info?.invalidJson) {
        add('missing-arguments', '`SHELL` requires at least one argument');
      }
    }
    if (instruction.kind === 'FROM') {
      const count = instruction.args.length;
      if (count !== 1 && !(count === 3 && instruction.args[1]!.value.toUpperCase() === 'AS')) {
        add('invalid-arguments', '`FROM` takes an image and optionally `AS <name>`', instruction.argsRange ?? instruction.keywordRange);
      }
    }
    if (instruction.kind === 'HEALTHCHECK' && instruction.subcommand !== 'CMD' && instruction.subcommand !== 'NONE') {
      add('invalid-arguments', `Unknown HEALTHCHECK type \`${instruction.args[0]?.raw ?? ''}\` (use CMD or NONE)`, instruction.args[0]?.range ?? instruction.keywordRange);
    }
    if (instruction.kind === 'ONBUILD' && instruction.trigger) check(instruction.trigger);
  };
  instructions.forEach(check);
  return problems;
}

/** The JSON text of an instruction (after `HEALTHCHECK CMD`, the array only). */
function jsonRange(info: DraftExtras): SyntaxProblem['range'] | undefined {
  const length = info.argsText.text.trimEnd().length;
  return length > 0 ? info.argsText.rangeOf(0, length) : undefined;
}

/** The known keyword closest to a misspelling, when it is close enough to be a likely typo. */
export function nearestKeyword(word: string): string | undefined {
  const upper = word.toUpperCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const keyword of INSTRUCTION_KEYWORDS) {
    const distance = editDistance(upper, keyword);
    if (distance < bestDistance) {
      best = keyword;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(upper.length / 3)) ? best : undefined;
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
