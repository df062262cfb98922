import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineHashes } from '../../src/formatters/sarif/line-hash.js';

/**
 * The definition, computed the slow and obvious way: normalise the text, then hash each line's
 * 100 characters with BigInt straight from the formula.
 */
function naiveLineHashes(text: string): string[] {
  const kept = `${text.replace(/\r\n/g, '\n').replace(/\r/g, '\n').replace(/[ \t]/g, '')}\uffff`;
  const stream = `${kept}${'\0'.repeat(100)}`;
  const starts = [0];
  for (let i = 0; i < kept.length - 1; i++) if (kept[i] === '\n') starts.push(i + 1);
  const seen = new Map<string, number>();
  return starts.map((start) => {
    let sum = 0n;
    for (let k = 0; k < 100; k++) sum += BigInt(stream.charCodeAt(start + k)) * 37n ** BigInt(99 - k);
    const hex = BigInt.asUintN(64, sum).toString(16);
    seen.set(hex, (seen.get(hex) ?? 0) + 1);
    return `${hex}:${seen.get(hex)}`;
  });
}

/** Texts made of what matters: line breaks of every kind, blanks, repeated lines, long lines, any UTF-16 unit. */
const texts = fc.oneof(
  fc.array(fc.constantFrom('\n', '\r', '\r\n', ' ', '\t', 'a', 'RUN x', 'é', '😀', '\uffff', '\0'), { maxLength: 60 }).map((parts) => parts.join('')),
  fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 150 }), fc.constantFrom('\n', '\r\n', '\r', 'FROM a\n'.repeat(3))), { maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ unit: fc.constantFrom('x', ' ', '\n', '\r', '\t'), maxLength: 400 }),
);

describe('primaryLocationLineHash', () => {
  it('matches the naive definition on many texts', () => {
    fc.assert(fc.property(texts, (text) => {
      expect(lineHashes(text)).toEqual(naiveLineHashes(text));
    }), { numRuns: 2000 });
  });

  it('gives one hash per line, a lone CR ending a line as upload-sarif counts them', () => {
    fc.assert(fc.property(texts, (text) => {
      expect(lineHashes(text)).toHaveLength(text.split(/\r\n|\r|\n/).length);
    }));
  });

  // Reference values: what github/codeql-action's own tests expect of its implementation.
  it('gives the values upload-sarif computes', () => {
    expect(lineHashes('')).toEqual(['c129715d7a2bc9a3:1']);
    expect(lineHashes(' a\nb\n  \t\tc\n d')).toEqual(['271789c17abda88f:1', '54703d4cd895b18:1', '180aee12dab6264:1', 'a23a3dc5e078b07b:1']);
    const lines = ['e9496ae3ebfced30:1', 'fb7c023a8b9ccb3f:1', 'ce8ba1a563dcdaca:1', 'e20e36e16fcb0cc8:1', 'b3edc88f2938467e:1', 'c8e28b0b4002a3a0:1', 'c129715d7a2bc9a3:1'];
    expect(lineHashes(' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n')).toEqual(lines);
    expect(lineHashes(' hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n')).toEqual(lines);
    expect(lineHashes(' hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n')).toEqual(lines);
  });

  it('numbers identical hashes in line order', () => {
    const hashes = lineHashes('Lorem ipsum dolor sit amet.\n'.repeat(10));
    expect(hashes.slice(0, 6)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `a7f2ff13bc495cf2:${n}`));
    expect(hashes.slice(6)).toEqual(['a7f2ff1481e87703:1', 'a9cf91f7bbf1862b:1', '55ec222b86bcae53:1', 'cc97dc7b1d7d8f7b:1', 'c129715d7a2bc9a3:1']);
  });

  it('ignores indentation and trailing blanks, not other changes', () => {
    expect(lineHashes('FROM a\nRUN x')[1]).toBe(lineHashes('FROM a\n\t  RUN x  ')[1]);
    expect(lineHashes('FROM a\nRUN x')[1]).not.toBe(lineHashes('FROM a\nRUN y')[1]);
  });

  it('keeps a byte order mark, as upload-sarif reads the file', () => {
    expect(lineHashes('\uFEFFFROM a')[0]).not.toBe(lineHashes('FROM a')[0]);
    expect(lineHashes('\uFEFFFROM a')).toEqual(naiveLineHashes('\uFEFFFROM a'));
  });
});
