/**
 * The text of one Dockerfile with line bookkeeping. Positions are 0-based lines and 0-based
 * UTF-16 columns (the unit dockerfile-ast, tree-sitter's JS binding and SARIF's
 * `utf16CodeUnits` all share); formatters add 1 for display.
 */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

const BOM = '\uFEFF';

export class SourceText {
  /** The text with any UTF-8 byte order mark removed, as BuildKit reads it. */
  readonly text: string;
  readonly hadBom: boolean;
  private readonly lineStarts: number[];

  constructor(original: string) {
    this.hadBom = original.startsWith(BOM);
    this.text = this.hadBom ? original.slice(1) : original;
    this.lineStarts = [0];
    for (let i = 0; i < this.text.length; i++) {
      if (this.text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The line's text without its line terminator (`\n` or `\r\n`). */
  lineText(line: number): string {
    const start = this.lineStarts[line];
    if (start === undefined) return '';
    const next = this.lineStarts[line + 1];
    let end = next === undefined ? this.text.length : next - 1;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))]!;
  }

  /** Offset just past the line's content, before its terminator. */
  lineContentEnd(line: number): number {
    return this.lineStart(line) + this.lineText(line).length;
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStart(position.line);
    return Math.min(start + position.character, this.text.length);
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low]! };
  }

  rangeOf(startOffset: number, endOffset: number): Range {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }

  slice(range: Range): string {
    return this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function containsPosition(range: Range, position: Position): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}
