/**
 * `partialFingerprints.primaryLocationLineHash` as github/codeql-action's upload-sarif computes
 * it when a result has none. Giving the same value keeps GitHub from warning about an
 * inconsistent fingerprint, and lets alerts follow their line when code above it moves.
 *
 * The file's UTF-16 code units are read as one stream: spaces and tabs are dropped; a CR becomes
 * an LF, and an LF right after a CR (nothing between them) is dropped. The code 65535 ends the
 * stream, then 100 zeros pad it. A line starts at the first kept character after an LF (or at
 * the start), and its hash is that of the 100 kept characters from there,
 * h = Σ c_k·37^(99−k) mod 2^64, as lowercase hex, followed by `:n` where n counts the lines so
 * far (this one included) with the same hex.
 */

const WINDOW = 100;
const BASE = 37;
const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const END = 0xffff;
const TWO_32 = 2 ** 32;

/**
 * A 64-bit unsigned integer as two 32-bit halves: plain numbers stay exact here (every
 * intermediate product is below 2^53) and are far faster than BigInt over a whole corpus.
 */
interface U64 {
  hi: number;
  lo: number;
}

/** 37^100 mod 2^64, the weight of the character that leaves the window. */
const LEAVING_WEIGHT: Readonly<U64> = (() => {
  const value = { hi: 0, lo: 1 };
  for (let i = 0; i < WINDOW; i++) multiplyAdd(value, BASE, 0);
  return value;
})();

/** value = value·factor + addend (mod 2^64), for factor, addend < 2^16. */
function multiplyAdd(value: U64, factor: number, addend: number): void {
  const lo = value.lo * factor + addend;
  const carry = Math.floor(lo / TWO_32);
  value.lo = lo >>> 0;
  value.hi = (value.hi * factor + carry) >>> 0;
}

/** value = value − weight·code (mod 2^64), for code < 2^16. */
function subtractWeighted(value: U64, weight: Readonly<U64>, code: number): void {
  const productLo = weight.lo * code;
  const productCarry = Math.floor(productLo / TWO_32);
  const lo = value.lo - (productLo >>> 0);
  const borrow = lo < 0 ? 1 : 0;
  value.lo = lo >>> 0;
  value.hi = (value.hi - ((weight.hi * code + productCarry) >>> 0) - borrow) >>> 0;
}

function hex(value: Readonly<U64>): string {
  return value.hi === 0 ? value.lo.toString(16) : value.hi.toString(16) + value.lo.toString(16).padStart(8, '0');
}

/** The kept characters of a text, sentinel included, and the index where each line starts. */
function keptStream(text: string): { codes: number[]; lineStarts: number[] } {
  const codes: number[] = [];
  const lineStarts: number[] = [];
  let atLineStart = true;
  let afterCr = false;
  const keep = (code: number) => {
    if (atLineStart) lineStarts.push(codes.length);
    atLineStart = code === LF;
    codes.push(code);
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const crlf = afterCr && code === LF;
    afterCr = code === CR;
    if (code === SPACE || code === TAB || crlf) continue;
    keep(code === CR ? LF : code);
  }
  keep(END);
  return { codes, lineStarts };
}

/**
 * The `primaryLocationLineHash` of every line of a text: element i is line i + 1's. Lines are
 * counted as upload-sarif counts them (a lone CR ends a line too), one more than the text's line
 * breaks.
 */
export function lineHashes(text: string): string[] {
  const { codes, lineStarts } = keptStream(text);
  const hashes: string[] = [];
  const seen = new Map<string, number>();
  const hash: U64 = { hi: 0, lo: 0 };
  let nextLine = 0;
  // hash holds the window of the WINDOW characters ending at `end`; a line's hash is the window
  // that starts at its first character.
  for (let end = 0; nextLine < lineStarts.length; end++) {
    multiplyAdd(hash, BASE, codes[end] ?? 0);
    if (end >= WINDOW) subtractWeighted(hash, LEAVING_WEIGHT, codes[end - WINDOW] ?? 0);
    if (lineStarts[nextLine] === end - WINDOW + 1) {
      const value = hex(hash);
      const count = (seen.get(value) ?? 0) + 1;
      seen.set(value, count);
      hashes.push(`${value}:${count}`);
      nextLine++;
    }
  }
  return hashes;
}
