import { readDirectives, type DirectiveBlock } from './directives.js';
import { MappedText } from './mapped-text.js';
import type { Range, SourceText } from './source.js';
import { splitWords } from './words.js';

export const INSTRUCTION_KEYWORDS = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
] as const;
const KEYWORDS = new Set<string>(INSTRUCTION_KEYWORDS);
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
// The delimiter starts at its first non-space character, so the space before it is read once.
export const HEREDOC_WORD = /^(\d*)<<(-?)\s*([^<\s][^<]*|)$/;

export interface ScannedHeredoc {
  /** Delimiter without quotes. */
  readonly name: string;
  /** Any part of the delimiter was quoted, so the body is not expanded. */
  readonly quoted: boolean;
  /** `<<-`: leading tabs are removed from body lines and the terminator. */
  readonly chomp: boolean;
  /** File descriptor prefix, as in `3<<EOF`. */
  readonly fd: number | undefined;
  /** Source offsets of the `<<EOF` word. */
  readonly markerStart: number;
  readonly markerEnd: number;
  /** Source offsets of the body: first body line start to terminator line start. */
  readonly bodyStart: number;
  readonly bodyEnd: number;
  /** Range of the terminator line; undefined when the heredoc is never closed. */
  readonly terminator: Range | undefined;
}

export interface ScannedInstruction {
  /** Keyword as written. */
  readonly keyword: string;
  readonly startLine: number;
  /** Last line of the instruction text before any heredoc body. */
  readonly logicalEndLine: number;
  /** Last line of the instruction, heredoc terminators included. */
  readonly endLine: number;
  readonly startOffset: number;
  readonly endOffset: number;
  /** The instruction text from its keyword, continuation escapes and comment lines removed. */
  readonly logical: MappedText;
  readonly heredocs: readonly ScannedHeredoc[];
  /** The places where the continuation runs across empty lines (comment lines may sit among them). */
  readonly emptyContinuations: readonly EmptyContinuation[];
}

/** Empty lines that a `\\` continues the instruction across. */
export interface EmptyContinuation {
  /** The line whose escape continues the instruction across the empty lines. */
  readonly escapeLine: number;
  /** Where the escape character sits on that line. */
  readonly escapeCharacter: number;
  readonly emptyLines: readonly number[];
  /**
   * The keyword that starts the line after the gap when that line reads as an instruction of its
   * own, which BuildKit nonetheless appends to the continued one.
   */
  readonly swallowed: { readonly keyword: string; readonly range: Range } | undefined;
}

export interface ScannedComment {
  /** Text after the `#`. */
  readonly text: string;
  readonly range: Range;
  /** The comment sits inside a line continuation of an instruction. */
  readonly inContinuation: boolean;
}

export interface ScanResult {
  readonly directives: DirectiveBlock;
  readonly instructions: readonly ScannedInstruction[];
  readonly comments: readonly ScannedComment[];
  /**
   * The source with the spans dockerfile-ast would misread blanked out (same length and line
   * structure, so its positions stay exact): ordinary comments, fd prefixes of heredocs, and
   * the markers and bodies of unterminated heredocs.
   */
  readonly normalized: string;
}

function isBlank(text: string): boolean {
  return text.trim().length === 0;
}

function isPastFinalNewline(source: SourceText, line: number): boolean {
  return line === source.lineCount - 1 && source.lineText(line) === '';
}

function isCommentLine(text: string): boolean {
  return text.trimStart().startsWith('#');
}

function continuationPattern(escapeChar: string): RegExp {
  const e = escapeChar === '`' ? '`' : '\\\\';
  return new RegExp(`(?<!${e})${e}[ \\t]*$`);
}

/**
 * Splits a Dockerfile into instructions, comments and heredoc bodies with BuildKit's rules
 * (frontend/dockerfile/parser/parser.go): comment and blank lines inside a continuation are
 * dropped, heredocs are read after the logical line ends, an fd prefix (`3<<EOF`) is allowed.
 */
export function scan(source: SourceText): ScanResult {
  const directives = readDirectives(source);
  const continuation = continuationPattern(directives.escapeChar);
  const instructions: ScannedInstruction[] = [];
  const comments: ScannedComment[] = [];
  const blanks: Array<[number, number]> = [];
  const blankLine = (line: number) => blanks.push([source.lineStart(line), source.lineContentEnd(line)]);
  const commentAt = (line: number, inContinuation: boolean) => {
    const text = source.lineText(line);
    const hash = text.indexOf('#');
    comments.push({
      text: text.slice(hash + 1),
      range: { start: { line, character: hash }, end: { line, character: text.length } },
      inContinuation,
    });
    blankLine(line);
  };
  for (const problem of directives.problems) blankLine(problem.range.start.line);

  let line = directives.endLine;
  while (line < source.lineCount) {
    const text = source.lineText(line);
    if (isBlank(text)) {
      line++;
      continue;
    }
    if (isCommentLine(text)) {
      commentAt(line, false);
      line++;
      continue;
    }
    const startLine = line;
    const indent = text.length - text.trimStart().length;
    const logical = new MappedText(source);
    const emptyContinuations: EmptyContinuation[] = [];
    let current = line;
    let pieceStart = source.lineStart(current) + indent;
    for (;;) {
      const content = source.lineText(current);
      const match = continuation.exec(content);
      const lineStart = source.lineStart(current);
      if (!match) {
        logical.appendSource(pieceStart, lineStart + content.length);
        break;
      }
      logical.appendSource(pieceStart, lineStart + match.index);
      let next = current + 1;
      const emptyLines: number[] = [];
      while (next < source.lineCount) {
        const nextText = source.lineText(next);
        if (isBlank(nextText)) {
          // The empty "line" after a file's final newline is not a line BuildKit reads.
          if (!isPastFinalNewline(source, next)) emptyLines.push(next);
        }
        else if (isCommentLine(nextText)) commentAt(next, true);
        else break;
        next++;
      }
      if (emptyLines.length > 0) {
        const swallowed = next < source.lineCount && hasArguments(logical.text)
          ? instructionKeywordAt(source, next, keywordOf(text)) : undefined;
        emptyContinuations.push({ escapeLine: current, escapeCharacter: match.index, emptyLines, swallowed });
      }
      if (next >= source.lineCount) break;
      current = next;
      pieceStart = source.lineStart(current);
    }
    const logicalEndLine = current;
    const keyword = /^\S+/.exec(logical.text)?.[0] ?? '';
    const heredocs = findHeredocs(source, logical, logicalEndLine, blanks);
    const lastHeredoc = heredocs[heredocs.length - 1];
    let endLine = logicalEndLine;
    if (lastHeredoc?.terminator) endLine = lastHeredoc.terminator.start.line;
    else if (lastHeredoc && lastHeredoc.bodyEnd > lastHeredoc.bodyStart) {
      endLine = source.positionAt(lastHeredoc.bodyEnd - 1).line;
    }
    const safeEndLine = Math.max(endLine, logicalEndLine);
    instructions.push({
      keyword,
      startLine,
      logicalEndLine,
      endLine: safeEndLine,
      startOffset: source.lineStart(startLine) + indent,
      endOffset: source.lineContentEnd(safeEndLine),
      logical,
      heredocs,
      emptyContinuations,
    });
    line = safeEndLine + 1;
  }
  return { directives, instructions, comments, normalized: blankOut(source.text, blanks) };
}

/** Finds the heredocs of a RUN/COPY/ADD (also under ONBUILD) and reads their bodies. */
function findHeredocs(
  source: SourceText,
  logical: MappedText,
  logicalEndLine: number,
  blanks: Array<[number, number]>,
): ScannedHeredoc[] {
  // Every heredoc word holds `<<`: most instructions need no split into words here.
  if (!logical.text.includes('<<')) return [];
  const words = splitWords(logical.text);
  let index = 0;
  if (words[index]?.raw.toUpperCase() === 'ONBUILD') index++;
  if (!HEREDOC_KEYWORDS.has(words[index]?.raw.toUpperCase() ?? '')) return [];
  index++;
  while (words[index]?.raw.startsWith('--')) index++;
  if (words[index]?.raw.startsWith('[')) return [];

  const heredocs: ScannedHeredoc[] = [];
  let bodyLine = logicalEndLine + 1;
  for (const word of words.slice(index)) {
    const match = HEREDOC_WORD.exec(word.raw);
    if (!match || match[3]!.length === 0) continue;
    const rawName = match[3]!;
    const quoted = /["']/.test(rawName);
    const name = rawName.replace(/["']/g, '');
    const chomp = match[2] === '-';
    const markerStart = logical.toSourceOffset(word.start);
    const markerEnd = logical.toSourceOffset(word.end - 1) + 1;
    if (match[1]) blanks.push([markerStart, markerStart + match[1].length]);
    const bodyStart = source.lineStart(bodyLine);
    let terminatorLine = -1;
    for (let l = bodyLine; l < source.lineCount; l++) {
      const candidate = chomp ? source.lineText(l).replace(/^\t+/, '') : source.lineText(l);
      if (candidate === name) {
        terminatorLine = l;
        break;
      }
    }
    if (terminatorLine >= 0) {
      heredocs.push({
        name, quoted, chomp, fd: match[1] ? Number(match[1]) : undefined, markerStart, markerEnd,
        bodyStart: bodyLine >= source.lineCount ? source.text.length : bodyStart,
        bodyEnd: source.lineStart(terminatorLine),
        terminator: {
          start: { line: terminatorLine, character: 0 },
          end: { line: terminatorLine, character: source.lineText(terminatorLine).length },
        },
      });
      bodyLine = terminatorLine + 1;
      continue;
    }
    // Unterminated: BuildKit fails the build. Take the body up to the next line that starts an
    // instruction, so the rest of the file is still linted, and hide it from dockerfile-ast.
    let end = bodyLine;
    while (end < source.lineCount && !startsInstruction(source.lineText(end))) end++;
    blanks.push([markerStart, markerEnd]);
    for (let l = bodyLine; l < end; l++) blanks.push([source.lineStart(l), source.lineContentEnd(l)]);
    heredocs.push({
      name, quoted, chomp, fd: match[1] ? Number(match[1]) : undefined, markerStart, markerEnd,
      bodyStart: bodyLine >= source.lineCount ? source.text.length : bodyStart,
      bodyEnd: end >= source.lineCount ? source.text.length : source.lineStart(end),
      terminator: undefined,
    });
    break;
  }
  return heredocs;
}

function keywordOf(text: string): string {
  return /^\s*(\S*)/.exec(text)![1]!;
}

/** The instruction text so far has an argument after its keyword and flags. */
function hasArguments(text: string): boolean {
  return !/^\s*\S+(?:\s+--\S*)*\s*$/.test(text);
}

/**
 * The keyword starting a line inside a continuation, when the line reads as an instruction: a
 * known keyword written in the same case as the continued instruction's (`RUN ... \\` then
 * `COPY`), since shell commands such as `env` or `copy` (cmd.exe) may start a continued line.
 */
function instructionKeywordAt(source: SourceText, line: number, continuedKeyword: string): EmptyContinuation['swallowed'] {
  const text = source.lineText(line);
  const match = /^(\s*)([A-Za-z]+)(?:\s|$)/.exec(text);
  if (!match) return undefined;
  const word = match[2]!;
  const upper = word.toUpperCase();
  const sameCase = (word === upper) === (continuedKeyword === continuedKeyword.toUpperCase());
  if (!KEYWORDS.has(upper) || !sameCase) return undefined;
  const start = match[1]!.length;
  return { keyword: word, range: { start: { line, character: start }, end: { line, character: start + word.length } } };
}

function startsInstruction(text: string): boolean {
  const word = /^\s*([A-Za-z]+)(?:\s|$)/.exec(text)?.[1];
  return word !== undefined && KEYWORDS.has(word.toUpperCase());
}

function blankOut(text: string, spans: ReadonlyArray<[number, number]>): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let result = '';
  let at = 0;
  for (const [start, end] of sorted) {
    if (start < at) continue;
    result += text.slice(at, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
    at = end;
  }
  return result + text.slice(at);
}
