import type { InvalidByte, UnsupportedEncoding } from '../files/decode.js';
import type { Finding } from './types.js';

/**
 * Reported where a file's bytes are read, for text that is not UTF-8; like DF0001, a check of
 * dflint's own, not a rule: it cannot be configured or suppressed.
 */
export const FILE_ENCODING = { code: 'DF0003', name: 'file-encoding' } as const;

/** A UTF-16 or UTF-32 file, which is not linted: BuildKit would read its first instruction as garbage. */
export function unsupportedEncodingFinding(file: string, encoding: UnsupportedEncoding): Finding {
  return {
    file,
    ...FILE_ENCODING,
    severity: 'error',
    message: `The file is ${encoding} (it starts with that byte order mark), but BuildKit reads only UTF-8: it was not linted. Save it as UTF-8 (in PowerShell, \`Out-File -Encoding utf8\` or \`Set-Content -Encoding utf8\` rather than \`>\`).`,
    line: 1, column: 1, endLine: 1, endColumn: 1,
  };
}

/** A file that is not valid UTF-8 (Latin-1, Windows-1252...): linted with its bad bytes replaced by U+FFFD. */
export function invalidUtf8Finding(file: string, invalid: InvalidByte): Finding {
  const hex = invalid.byte.toString(16).toUpperCase().padStart(2, '0');
  return {
    file,
    ...FILE_ENCODING,
    severity: 'warning',
    message: `The file is not valid UTF-8: byte 0x${hex} at ${invalid.line}:${invalid.column} (and any after it) was read as U+FFFD, and \`--fix\` leaves the file unchanged. Save it as UTF-8 (it may be Latin-1 or Windows-1252 text).`,
    line: invalid.line, column: invalid.column, endLine: invalid.line, endColumn: invalid.column + 1,
  };
}
