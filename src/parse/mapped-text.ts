import type { Range, SourceText } from './source.js';

/** A run of text copied verbatim from the source. */
interface Segment {
  readonly start: number;
  readonly sourceStart: number;
  readonly length: number;
}

/**
 * Text assembled from pieces of the source (a logical line with its continuations and comment
 * lines removed, or a RUN script), remembering where every character came from so that a range
 * in the assembled text maps back to an exact range in the Dockerfile.
 */
export class MappedText {
  private readonly segments: Segment[] = [];
  private parts: string[] = [];
  private cached: string | undefined;
  private length = 0;

  constructor(readonly source: SourceText) {}

  /** Appends source[sourceStart, sourceEnd). */
  appendSource(sourceStart: number, sourceEnd: number): this {
    const length = sourceEnd - sourceStart;
    if (length <= 0) return this;
    const last = this.segments[this.segments.length - 1];
    if (last && last.sourceStart + last.length === sourceStart && last.start + last.length === this.length) {
      this.segments[this.segments.length - 1] = { ...last, length: last.length + length };
    } else {
      this.segments.push({ start: this.length, sourceStart, length });
    }
    this.parts.push(this.source.text.slice(sourceStart, sourceEnd));
    this.length += length;
    this.cached = undefined;
    return this;
  }

  get text(): string {
    if (this.cached === undefined) {
      this.cached = this.parts.join('');
      this.parts = [this.cached];
    }
    return this.cached;
  }

  /** The source offset of the character at `offset` (or just past the end). */
  toSourceOffset(offset: number): number {
    const segments = this.segments;
    if (segments.length === 0) return 0;
    if (offset >= this.length) {
      const last = segments[segments.length - 1]!;
      return last.sourceStart + last.length;
    }
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (segments[mid]!.start <= offset) low = mid;
      else high = mid - 1;
    }
    const segment = segments[low]!;
    return segment.sourceStart + (offset - segment.start);
  }

  /** Maps [start, end) of this text to a source range; the end maps from its last character. */
  rangeOf(start: number, end: number): Range {
    const sourceStart = this.toSourceOffset(start);
    const sourceEnd = end > start ? this.toSourceOffset(end - 1) + 1 : sourceStart;
    return this.source.rangeOf(sourceStart, sourceEnd);
  }

  /** A new MappedText holding text[start, end). */
  slice(start: number, end = this.length): MappedText {
    const result = new MappedText(this.source);
    for (const segment of this.segments) {
      const from = Math.max(start, segment.start);
      const to = Math.min(end, segment.start + segment.length);
      if (from < to) {
        result.appendSource(segment.sourceStart + (from - segment.start), segment.sourceStart + (to - segment.start));
      }
    }
    return result;
  }

  /** Appends another MappedText over the same source. */
  appendMapped(other: MappedText): this {
    for (const segment of other.segments) this.appendSource(segment.sourceStart, segment.sourceStart + segment.length);
    return this;
  }
}
