import { DockerfileParser, Instruction, type Argument, type Instruction as AstInstruction } from 'dockerfile-ast';
import type { ScanResult } from './scan.js';
import type { SourceText } from './source.js';

/**
 * dockerfile-ast 0.7.1 re-reads an instruction's arguments (a character loop that maps every
 * offset to a position) each time any of its getters runs, and its own parser and instruction
 * constructors call those getters many times per instruction: that was a third of the time
 * spent building a model. An instruction's arguments depend only on its document, ranges and
 * escape character, which are fixed when it is made, so they are read once per instruction
 * and handed out as copies (callers such as `ModifiableInstruction.getArguments` shift the
 * array they get). The results are those of the library (test/parse/dockerfile-ast.test.ts).
 */
interface RawArgumentsReader {
  // Private in the library's typings, public at run time.
  getRawArguments(this: Instruction): Argument[];
}

const rawArguments = new WeakMap<Instruction, readonly Argument[]>();
const prototype = Instruction.prototype as unknown as RawArgumentsReader;
const readRawArguments = prototype.getRawArguments;

prototype.getRawArguments = function memoisedRawArguments(this: Instruction): Argument[] {
  let args = rawArguments.get(this);
  if (!args) {
    args = readRawArguments.call(this);
    rawArguments.set(this, args);
  }
  return args.slice();
};

/** The instructions the model reads from dockerfile-ast: their items (`ARG`, `ENV`, `LABEL`, and those under `ONBUILD`). */
const READ_FROM_AST = new Set(['ARG', 'ENV', 'LABEL', 'ONBUILD']);
const ENDS_WITH_ESCAPE = /[\\`][ \t\r]*$/;
const LONE_CARRIAGE_RETURN = /\r(?!\n)/g;
const NOT_LINE_BREAK = /[^\r\n]+/g;

/**
 * dockerfile-ast's instructions for the ARG, ENV, LABEL and ONBUILD instructions of a scanned
 * file, by start line. Only those instructions are parsed: the rest of the text is replaced by
 * empty lines (line breaks kept, so positions stay exact), which spares parsing every RUN.
 *
 * That reads each kept instruction as the whole text would when dockerfile-ast ends every
 * instruction where the scanner does. It may read on where the scanner stops after a line that
 * ends with an escape character (it takes `\\` at a line end as a continuation) or after a `<<`
 * word (it reads heredocs its own way); a file with either is parsed whole, as before.
 *
 * A carriage return not followed by a line feed is a line break to dockerfile-ast but not to
 * BuildKit or the scanner: it is handed over as a space, so that both count the same lines.
 */
export function astInstructionsByLine(source: SourceText, scanned: ScanResult): Map<number, AstInstruction> {
  const normalized = scanned.normalized;
  const byLine = new Map<number, AstInstruction>();
  const kept = scanned.instructions.filter((s) => READ_FROM_AST.has(s.keyword.toUpperCase()));
  if (kept.length === 0) return byLine;
  const parseWhole = normalized.includes('<<')
    || scanned.instructions.some((s) => ENDS_WITH_ESCAPE.test(source.lineText(s.endLine)));
  let text = normalized;
  if (!parseWhole) {
    text = normalized.slice(0, source.lineStart(scanned.directives.endLine));
    let at = text.length;
    for (const instruction of kept) {
      const start = source.lineStart(instruction.startLine);
      const end = instruction.endLine + 1 < source.lineCount ? source.lineStart(instruction.endLine + 1) : normalized.length;
      text += normalized.slice(at, start).replace(NOT_LINE_BREAK, ' ') + normalized.slice(start, end);
      at = end;
    }
    text += normalized.slice(at).replace(NOT_LINE_BREAK, ' ');
  }
  for (const instruction of DockerfileParser.parse(text.replace(LONE_CARRIAGE_RETURN, ' ')).getInstructions()) byLine.set(instruction.getRange().start.line, instruction);
  return byLine;
}
