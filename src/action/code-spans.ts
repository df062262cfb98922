/** A code span of a message: from its opening backticks to its closing ones, and its content. */
export interface CodeSpanMatch {
  readonly start: number;
  readonly end: number;
  readonly content: string;
}

const BACKTICK_RUN = /`+/g;

/**
 * The matches of the global pattern ``(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)``, found in linear time
 * (the pattern re-read the rest of the text from each unclosed backtick). From a run of backticks
 * it tries the whole run, then shorter and shorter tails of it, as opener; the closer is the
 * first later run of exactly the opener's length, and the next search starts after the closer.
 */
export function codeSpans(text: string): CodeSpanMatch[] {
  const runs = [...text.matchAll(BACKTICK_RUN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const closers = new RunsByLength(runs.map((run) => run.end - run.start));
  const spans: CodeSpanMatch[] = [];
  for (let i = 0; i < runs.length; i++) {
    const opener = runs[i]!;
    for (let length = opener.end - opener.start; length > 0; length--) {
      const closer = closers.firstAfter(i, length);
      if (closer === undefined) continue;
      spans.push({ start: opener.end - length, end: runs[closer]!.end, content: text.slice(opener.end, runs[closer]!.start) });
      i = closer;
      break;
    }
  }
  return spans;
}

/** The runs of each length, in order; looked up with ever larger run indexes, so each is passed once. */
class RunsByLength {
  private readonly indexes = new Map<number, number[]>();
  private readonly passed = new Map<number, number>();

  constructor(lengths: readonly number[]) {
    lengths.forEach((length, index) => {
      const list = this.indexes.get(length);
      if (list) list.push(index);
      else this.indexes.set(length, [index]);
    });
  }

  firstAfter(index: number, length: number): number | undefined {
    const list = this.indexes.get(length);
    if (!list) return undefined;
    let at = this.passed.get(length) ?? 0;
    while (at < list.length && list[at]! <= index) at++;
    this.passed.set(length, at);
    return list[at];
  }
}
