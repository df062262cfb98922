const WHITESPACE_RUN = /\s+/g;
const LINE_BREAK = /[\r\n]/;

/**
 * Each run of whitespace that holds a line break becomes one space, as
 * `replace(/\s*[\r\n]+\s*\/g, ' ')` did without re-reading a long run of blanks from each of
 * its characters (quadratic): whitespace runs are found once, and only those with a break change.
 */
export function joinLines(text: string): string {
  return text.replace(WHITESPACE_RUN, (run) => (LINE_BREAK.test(run) ? ' ' : run));
}
