/**
 * Markdown links as plain text, read as the global patterns `<(https?:\/\/[^>\s]+)>` and
 * `\[([^\]]+)\]\(([^)\s]+)\)` read them, in linear time: those patterns read the rest of a line
 * again from each unclosed `<http://` or `[` (quadratic). Here every search for the character
 * that ends a part starts where the previous one did or later, so it is done once.
 */

const WHITESPACE = /\s/;

/** `<https://x>` is `https://x`. */
export function unwrapAutolinks(line: string): string {
  const urlEnd = new NextStop(line, (c) => c === '>' || WHITESPACE.test(c));
  let out = '';
  let last = 0;
  for (let at = line.indexOf('<'); at >= 0; at = line.indexOf('<', at + 1)) {
    const scheme = line.startsWith('https://', at + 1) ? 8 : line.startsWith('http://', at + 1) ? 7 : 0;
    if (scheme === 0) continue;
    const end = urlEnd.from(at + 1 + scheme);
    if (end === at + 1 + scheme || line[end] !== '>') continue;
    out += line.slice(last, at) + line.slice(at + 1, end);
    last = end + 1;
    at = end;
  }
  return out + line.slice(last);
}

/** `[label](address)` is `label (address)`. */
export function linksAsText(line: string): string {
  const labelEnd = new NextStop(line, (c) => c === ']');
  const addressEnd = new NextStop(line, (c) => c === ')' || WHITESPACE.test(c));
  let out = '';
  let last = 0;
  for (let at = line.indexOf('['); at >= 0; at = line.indexOf('[', at + 1)) {
    const close = labelEnd.from(at + 1);
    // No `]` is left: no later `[` can start a link either.
    if (close === line.length) break;
    if (close === at + 1 || line[close + 1] !== '(') continue;
    const end = addressEnd.from(close + 2);
    if (end === close + 2 || line[end] !== ')') continue;
    out += `${line.slice(last, at)}${line.slice(at + 1, close)} (${line.slice(close + 2, end)})`;
    last = end + 1;
    at = end;
  }
  return out + line.slice(last);
}

/** The first character that ends a part, at or after positions that never go back. */
class NextStop {
  private found = -1;

  constructor(private readonly text: string, private readonly isStop: (character: string) => boolean) {}

  from(position: number): number {
    if (this.found < position) {
      let i = position;
      while (i < this.text.length && !this.isStop(this.text[i]!)) i++;
      this.found = i;
    }
    return this.found;
  }
}
