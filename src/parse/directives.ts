import { directiveValue } from './directive-value.js';
import type { Range, SourceText } from './source.js';

/** A parser directive (`# syntax=`, `# escape=`, `# check=`) as BuildKit reads it. */
export interface Directive {
  readonly name: 'syntax' | 'escape' | 'check';
  readonly value: string;
  readonly range: Range;
  readonly valueRange: Range;
}

export interface DirectiveProblem {
  readonly message: string;
  readonly range: Range;
}

export interface DirectiveBlock {
  readonly directives: readonly Directive[];
  readonly problems: readonly DirectiveProblem[];
  /** Lines 0..endLine-1 hold the directive block (plus a leading shebang). */
  readonly endLine: number;
  readonly escapeChar: '\\' | '`';
}

/** The name part of BuildKit's `^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$`; directiveValue reads the rest. */
const DIRECTIVE_NAME = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=/;
const KNOWN = new Set(['syntax', 'escape', 'check']);

/**
 * Reads the directive block at the top of the file with BuildKit's rules
 * (frontend/dockerfile/parser/directives.go): it ends at the first line that is not a valid,
 * known directive, so a directive after an unknown one is an ordinary comment (dockerfile-ast
 * would still apply it). Duplicates and bad escape tokens are problems, not silently resolved.
 */
export function readDirectives(source: SourceText): DirectiveBlock {
  const directives: Directive[] = [];
  const problems: DirectiveProblem[] = [];
  let escapeChar: '\\' | '`' = '\\';
  let line = 0;
  for (; line < source.lineCount; line++) {
    const text = source.lineText(line);
    if (line === 0 && text.startsWith('#!')) continue;
    const match = DIRECTIVE_NAME.exec(text);
    const value = match ? directiveValue(text, match[0].length) : undefined;
    if (!match || value === undefined) break;
    const name = match[1]!.toLowerCase();
    if (!KNOWN.has(name)) break;
    const valueStart = text.lastIndexOf(value);
    const range = { start: { line, character: 0 }, end: { line, character: text.length } };
    const valueRange = {
      start: { line, character: valueStart },
      end: { line, character: valueStart + value.length },
    };
    if (directives.some((d) => d.name === name)) {
      problems.push({ message: `Only one \`${name}\` parser directive can be used`, range });
      continue;
    }
    if (name === 'escape') {
      if (value !== '\\' && value !== '`') {
        problems.push({
          message: `Invalid escape token \`${value}\`: use \`\\\` or a backtick`,
          range: valueRange,
        });
        continue;
      }
      escapeChar = value;
    }
    directives.push({ name: name as Directive['name'], value, range, valueRange });
  }
  return { directives, problems, endLine: line, escapeChar };
}
