import { isUtf8 } from 'node:buffer';

/** What the bytes of a Dockerfile hold, decided once from the raw bytes. */
export type Decoded =
  /** UTF-8 (a BOM included), or bytes that are not UTF-8 read with replacement characters (`invalid`). */
  | { readonly kind: 'text'; readonly text: string; readonly invalid?: InvalidByte }
  /** UTF-16 or UTF-32 with its byte order mark: BuildKit reads UTF-8 only. `text` is the decoded text. */
  | { readonly kind: 'unsupported'; readonly encoding: UnsupportedEncoding; readonly text: string }
  /** NUL bytes, or mostly control characters and invalid sequences: not a Dockerfile at all. */
  | { readonly kind: 'binary' };

export type UnsupportedEncoding = 'UTF-16 LE' | 'UTF-16 BE' | 'UTF-32 LE' | 'UTF-32 BE';

/** The first byte that is not part of a valid UTF-8 sequence, with its 1-based position in the decoded text. */
export interface InvalidByte {
  readonly byte: number;
  readonly line: number;
  readonly column: number;
}

/** How much of a file is sampled to tell text from binary data without a NUL byte. */
const SAMPLE_BYTES = 8192;
/** Above this share of control characters and invalid sequences in the sample, the file is binary. */
const BINARY_SHARE = 0.3;

/** Decodes a Dockerfile's bytes, telling UTF-8 from UTF-16/32 and binary data; linear in the size. */
export function decodeDockerfile(bytes: Uint8Array): Decoded {
  const encoding = byteOrderMark(bytes);
  if (encoding) return { kind: 'unsupported', encoding, text: decodeUnsupported(bytes, encoding) };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.includes(0) || looksBinary(buffer)) return { kind: 'binary' };
  if (isUtf8(buffer)) return { kind: 'text', text: buffer.toString('utf8') };
  const text = buffer.toString('utf8');
  return { kind: 'text', text, invalid: firstInvalidByte(buffer) };
}

function byteOrderMark(b: Uint8Array): UnsupportedEncoding | undefined {
  // UTF-32 LE's mark starts with UTF-16 LE's, so it is tested first.
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'UTF-32 LE';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'UTF-32 BE';
  if (b[0] === 0xff && b[1] === 0xfe) return 'UTF-16 LE';
  if (b[0] === 0xfe && b[1] === 0xff) return 'UTF-16 BE';
  return undefined;
}

/** The text of a UTF-16/32 file without its mark, for reports that show source lines. */
function decodeUnsupported(bytes: Uint8Array, encoding: UnsupportedEncoding): string {
  const label = encoding.startsWith('UTF-16') ? (encoding.endsWith('LE') ? 'utf-16le' : 'utf-16be') : undefined;
  if (label) return new TextDecoder(label).decode(bytes.subarray(2));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const littleEndian = encoding.endsWith('LE');
  let text = '';
  for (let i = 4; i + 4 <= bytes.byteLength; i += 4) {
    const code = view.getUint32(i, littleEndian);
    text += code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
  }
  return text;
}

/** Mostly control characters (other than whitespace) and bytes of invalid UTF-8 sequences. */
function looksBinary(buffer: Buffer): boolean {
  const sample = buffer.subarray(0, SAMPLE_BYTES).toString('utf8');
  let odd = 0;
  for (const char of sample) {
    const code = char.codePointAt(0)!;
    if (code === 0xfffd || (code < 0x20 && !'\t\n\r\f\v'.includes(char)) || code === 0x7f) odd++;
  }
  return odd > sample.length * BINARY_SHARE;
}

/** The first invalid byte of bytes known not to be UTF-8, located in the decoded text. */
function firstInvalidByte(buffer: Buffer): InvalidByte | undefined {
  const offset = invalidOffset(buffer);
  if (offset === undefined) return undefined;
  const lineStart = buffer.lastIndexOf(0x0a, offset - 1) + 1;
  let line = 1;
  for (let i = buffer.indexOf(0x0a); i >= 0 && i < lineStart; i = buffer.indexOf(0x0a, i + 1)) line++;
  // The bytes before it on its line are valid UTF-8, so their decoded length is the column.
  const column = buffer.subarray(lineStart, offset).toString('utf8').length + 1;
  return { byte: buffer[offset]!, line, column };
}

/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function invalidOffset(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const second = bytes[i + 1]!;
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return undefined;
}
