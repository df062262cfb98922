import { shellPragmaOf } from '../model/shell-pragmas.js';
import type { Comment } from '../model/types.js';
import { parseCheckComment } from '../suppress/parse-check.js';
import { parseIgnorePragma } from '../suppress/parse-ignore-pragma.js';

/**
 * A comment addressed to a tool rather than a reader: a dflint or hadolint pragma (ignore or
 * shell, well formed or not) or a BuildKit `# check=` comment. Each applies to the instruction
 * below it, so a fix must not move it onto another one.
 */
export function isToolComment(comment: Comment): boolean {
  return parseIgnorePragma(comment.text) !== undefined || parseCheckComment(comment.text) !== undefined || shellPragmaOf(comment.text) !== undefined;
}
