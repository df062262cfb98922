import type { Finding, Severity } from '../engine/types.js';
import type { Range } from '../model/types.js';
import type { ShellScript } from '../model/shell/types.js';
import type { ShellcheckComment } from './batch.js';
import type { ShellcheckRules } from './codes.js';
import { PREAMBLE_LINES } from './scripts.js';

/** The `name` of every ShellCheck finding: the codes are ShellCheck's, the check is one. */
export const SHELLCHECK_NAME = 'shellcheck';

/**
 * ShellCheck's comments on one script as findings at their exact place in the Dockerfile.
 * Comments on the preamble are dropped; configured severities (or `off`) apply.
 */
export function toFindings(file: string, script: ShellScript, comments: readonly ShellcheckComment[], rules: ShellcheckRules): Finding[] {
  const locate = locator(script);
  const findings: Finding[] = [];
  for (const comment of comments) {
    const code = `SC${comment.code}`;
    const setting = rules[code] ?? comment.level;
    if (setting === 'off' || comment.line <= PREAMBLE_LINES) continue;
    const start = locate(comment.line - PREAMBLE_LINES, comment.column);
    const end = Math.max(start, locate(comment.endLine - PREAMBLE_LINES, comment.endColumn));
    const range = script.rangeOf(start, end);
    findings.push({ file, code, name: SHELLCHECK_NAME, severity: setting satisfies Severity, message: comment.message.replace(/\.$/, ''), ...lineColumns(range) });
  }
  return findings;
}

/**
 * Script offset of a ShellCheck position: 1-based line, 1-based column counting code points
 * (json1 counts a tab as one), clamped to the script.
 */
function locator(script: ShellScript): (line: number, column: number) => number {
  const text = script.text;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  return (line, column) => {
    if (line > lineStarts.length) return text.length;
    let offset = lineStarts[Math.max(0, line - 1)]!;
    for (let step = 1; step < column && offset < text.length && text.charCodeAt(offset) !== 10; step++) {
      offset += (text.codePointAt(offset) ?? 0) > 0xffff ? 2 : 1;
    }
    return offset;
  };
}

function lineColumns(range: Range) {
  return { line: range.start.line + 1, column: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}
