import type { TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixLoop } from '../fix/fix-loop.js';
import { textLinter } from '../fix/fix.js';
import type { LintOptions } from '../lint.js';

/**
 * The edits that apply every safe fix to a document, as `dflint --fix` does (in passes, until
 * nothing changes): one edit replacing the span between the first and the last changed
 * character, or none when nothing can be fixed.
 */
export function fixAllEdits(document: TextDocument, options: LintOptions): TextEdit[] {
  const text = document.getText();
  const output = fixLoop(text, { unsafe: false, lint: textLinter(options) }).output;
  if (output === text) return [];
  let start = 0;
  while (start < text.length && start < output.length && text[start] === output[start]) start++;
  let end = 0;
  while (end < text.length - start && end < output.length - start && text[text.length - 1 - end] === output[output.length - 1 - end]) end++;
  return [{
    range: { start: document.positionAt(start), end: document.positionAt(text.length - end) },
    newText: output.slice(start, output.length - end),
  }];
}
