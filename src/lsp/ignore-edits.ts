import type { TextEdit } from 'vscode-languageserver/node';
import type { Model } from '../model/types.js';
import { collectPragmas } from '../suppress/collect.js';
import type { Pragma } from '../suppress/types.js';

/**
 * The edit that suppresses `code` for the instruction holding `line` (0-based): the code added to
 * a `# dflint ignore=` pragma already in the comments directly above it, else a new pragma line
 * above it with the instruction's indentation. Undefined when no instruction holds the line
 * (a pragma covers only the instruction below it).
 */
export function ignoreForLineEdit(model: Model, line: number, code: string): TextEdit | undefined {
  const instruction = model.instructions.find((i) => i.range.start.line <= line && line <= i.range.end.line);
  if (!instruction) return undefined;
  const start = instruction.range.start.line;
  const commentLines = new Set(model.comments.map((comment) => comment.range.start.line));
  let top = start;
  while (top > 0 && commentLines.has(top - 1)) top--;
  const existing = collectPragmas(model).pragmas
    .filter((pragma) => isDflintList(pragma, 'instruction') && pragma.comment.start.line >= top && pragma.comment.start.line < start)
    .at(-1);
  if (existing) return addCode(existing, code);
  const indentation = /^[ \t]*/.exec(lineText(model.text, start))![0];
  return insertLine(start, `${indentation}# dflint ignore=${code}`, model.text);
}

/**
 * The edit that suppresses `code` in the whole file: the code added to a `# dflint global
 * ignore=` pragma, else a new one after the parser directives (a comment above them would make
 * them ordinary comments).
 */
export function ignoreInFileEdit(model: Model, code: string): TextEdit {
  const existing = collectPragmas(model).pragmas.find((pragma) => isDflintList(pragma, 'file'));
  if (existing) return addCode(existing, code);
  const afterDirectives = Math.max(0, ...model.directives.map((directive) => directive.range.end.line + 1));
  return insertLine(afterDirectives, `# dflint global ignore=${code}`, model.text);
}

/** A `# dflint` pragma of this scope with a code list (not `ignore-file`, which has none to add to). */
function isDflintList(pragma: Pragma, scope: Pragma['scope']): boolean {
  return pragma.tool === 'dflint' && pragma.scope === scope && !pragma.codes.some((c) => c.text === 'ignore-file');
}

function addCode(pragma: Pragma, code: string): TextEdit {
  return { range: { start: pragma.range.end, end: pragma.range.end }, newText: `,${code}` };
}

/** A new line before line `line`, or after the last line when the text has fewer lines. */
function insertLine(line: number, content: string, text: string): TextEdit {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  if (line < lines.length) return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${content}${eol}` };
  const last = lines.length - 1;
  const end = { line: last, character: lines[last]!.length };
  return { range: { start: end, end }, newText: `${eol}${content}` };
}

function lineText(text: string, line: number): string {
  return text.split(/\r?\n/)[line] ?? '';
}
