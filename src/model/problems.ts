import type { DirectiveProblem } from '../parse/directives.js';
import { INSTRUCTION_KEYWORDS, type EmptyContinuation, type ScannedInstruction } from '../parse/scan.js';
import type { SourceText } from '../parse/source.js';
import type { DraftExtras } from './instructions.js';
import { flagsMissingValue, isSwitchFlag } from './flag-values.js';
import type { Flag, Instruction, SyntaxProblem } from './types.js';

/** Build errors BuildKit would raise, found while the model was read. */
export function findProblems(
  instructions: readonly Instruction[],
  extras: ReadonlyMap<Instruction, DraftExtras>,
  directiveProblems: readonly DirectiveProblem[],
  scanned: readonly ScannedInstruction[],
  source: SourceText,
): SyntaxProblem[] {
  const problems: SyntaxProblem[] = directiveProblems.map((p) => ({
    kind: 'invalid-directive', message: p.message, range: p.range, instruction: undefined,
  }));
  for (const { keyword, emptyContinuations } of scanned) {
    for (const gap of emptyContinuations) problems.push(...emptyContinuationProblems(keyword, gap, source));
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
      if (!MAY_BE_EMPTY.has(instruction.kind)) add('missing-arguments', `\`${instruction.kind}\` requires at least one argument`);
      return;
    }
    // A value written after its flag stands among the arguments, so their shape is not judged.
    const valueless = flagsMissingValue(instruction);
    for (const flag of valueless) add('invalid-arguments', missingValueMessage(instruction, flag), flag.range);
    if (valueless.length > 0) return;
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
      } else if (count === 3 && !isValidStageName(instruction.args[2]!.raw)) {
        add('invalid-arguments', invalidStageNameMessage(instruction.args[2]!.raw), instruction.args[2]!.range);
      }
    }
    if (instruction.kind === 'HEALTHCHECK') checkHealthcheck(instruction, info, add);
    if (instruction.kind === 'ONBUILD' && instruction.trigger) check(instruction.trigger);
  };
  instructions.forEach(check);
  return problems;
}

/**
 * One problem per empty line of the gap. When the line after the gap reads as an instruction,
 * each says that the continuation swallowed it: deleting the empty lines would keep it swallowed.
 */
function emptyContinuationProblems(keyword: string, gap: EmptyContinuation, source: SourceText): SyntaxProblem[] {
  const { swallowed } = gap;
  const message = swallowed
    ? `Empty continuation line: the line continuation ending line ${gap.escapeLine + 1} carries \`${keyword}\` across it, so ` +
      `\`${swallowed.keyword}\` on line ${swallowed.range.start.line + 1} is read as part of that \`${keyword}\`, not as an instruction`
    : 'Empty continuation line: remove it (a future Docker release will reject it)';
  const swallowedInstruction = swallowed && { keywordRange: swallowed.range, removableEscape: removableEscape(gap, source) };
  return gap.emptyLines.map((line) => ({
    kind: 'empty-continuation',
    message,
    range: { start: { line, character: 0 }, end: { line, character: source.lineText(line).length } },
    instruction: undefined,
    ...(swallowedInstruction ? { swallowed: swallowedInstruction } : {}),
  }));
}

/** Words after which a shell command line cannot end. */
const NEEDS_MORE = /(?:&&|\|\||\||[({]|\b(?:then|do|else|elif|if|while|until))$/;

/** The escape ending the line before the gap with the blanks before it, when the line can end without it. */
function removableEscape(gap: EmptyContinuation, source: SourceText): SyntaxProblem['range'] | undefined {
  const line = gap.escapeLine;
  const before = source.lineText(line).slice(0, gap.escapeCharacter).trimEnd();
  if (before.trim().length === 0 || NEEDS_MORE.test(before)) return undefined;
  return { start: { line, character: before.length }, end: { line, character: source.lineText(line).length } };
}

/** Instructions BuildKit builds with nothing after the keyword (an empty command line). */
const MAY_BE_EMPTY = new Set<Instruction['kind']>(['RUN', 'CMD', 'ENTRYPOINT']);

type AddProblem = (kind: SyntaxProblem['kind'], message: string, range?: SyntaxProblem['range']) => void;

/** `HEALTHCHECK` takes `CMD <command>` or a bare `NONE`. */
function checkHealthcheck(instruction: Instruction, info: DraftExtras | undefined, add: AddProblem): void {
  const type = instruction.args[0];
  if (instruction.subcommand === 'CMD') {
    const noCommand = instruction.form === 'exec' ? instruction.exec?.length === 0 && !info?.invalidJson : info?.argsText.text.trim().length === 0;
    if (noCommand) add('missing-arguments', '`HEALTHCHECK CMD` requires a command', type?.range);
  } else if (instruction.subcommand === 'NONE') {
    const extra = instruction.args[1];
    if (extra) add('invalid-arguments', '`HEALTHCHECK NONE` takes no arguments', extra.range);
  } else {
    add('invalid-arguments', `Unknown HEALTHCHECK type \`${type?.raw ?? ''}\` (use CMD or NONE)`, type?.range ?? instruction.keywordRange);
  }
}

/** BuildKit's rule for `AS <name>`, checked on the name as written, lower-cased (variables are not expanded). */
function isValidStageName(name: string): boolean {
  return /^[a-z][a-z0-9._-]*$/.test(name.toLowerCase());
}

function invalidStageNameMessage(name: string): string {
  const variables = name.includes('$') ? ' (variables are not expanded in stage names)' : '';
  return `Invalid stage name \`${name}\`: a stage name starts with a letter and has only letters, digits, \`-\`, \`_\` and \`.\`${variables}`;
}

/** Says how to write the value BuildKit did not find: after `=`, never as the next word. */
function missingValueMessage(instruction: Instruction, flag: Flag): string {
  const written = `--${flag.name}`;
  if (isSwitchFlag(instruction, flag)) return `\`${written}=\` has an empty value: write \`${written}\` or \`${written}=false\``;
  const isLastFlag = instruction.flags.at(-1) === flag;
  const next = isLastFlag ? instruction.args[0]?.raw : undefined;
  return next === undefined
    ? `\`${written}\` has no value: write \`${written}=<value>\``
    : `\`${written}\` has no value (BuildKit does not take the next word as its value): write \`${written}=${next}\``;
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
