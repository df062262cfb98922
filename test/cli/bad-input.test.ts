import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { lintFiles } from '../../src/lint-files.js';
import { tempTree } from './temp-tree.js';

const TEXT = 'FROM debian:12\nRUN sudo make install\n';
const UTF16_MESSAGE = (encoding: string) =>
  `The file is ${encoding} (it starts with that byte order mark), but BuildKit reads only UTF-8: it was not linted. Save it as UTF-8 (in PowerShell, \`Out-File -Encoding utf8\` or \`Set-Content -Encoding utf8\` rather than \`>\`).`;
const NOT_TEXT = 'Not a text file (it holds NUL bytes or mostly control characters), so it was skipped. If it is a Dockerfile saved in another encoding, save it as UTF-8; otherwise rename it or leave it out of the paths.';
const SUDO = 'Do not use `sudo`: build steps run as the current USER; switch with `USER` instead';

const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
const utf32 = (text: string, littleEndian: boolean) => {
  const codes = [0xfeff, ...[...text].map((c) => c.codePointAt(0)!)];
  const bytes = Buffer.alloc(codes.length * 4);
  codes.forEach((code, i) => (littleEndian ? bytes.writeUInt32LE(code, i * 4) : bytes.writeUInt32BE(code, i * 4)));
  return bytes;
};

describe('bad input', () => {
  const root = tempTree({
    'ok/Dockerfile': TEXT,
    'loop.Dockerfile': { symlink: 'loop.Dockerfile' },
    'Dockerfile.dir/notes.txt': 'not a Dockerfile\n',
  });
  const write = (path: string, bytes: Uint8Array) => writeFileSync(join(root, path), bytes);
  write('utf16le.Dockerfile', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]));
  write('utf16be.Dockerfile', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]));
  write('utf32le.Dockerfile', utf32(TEXT, true));
  write('utf32be.Dockerfile', utf32(TEXT, false));
  write('binary.Dockerfile', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256)));
  write('control.Dockerfile', Buffer.from('\x01\x02\x03\x04\x05\x06\x07\x08FROM\x0e\x0f\x10\x11\x12\x13\x14\x15\x16'));
  write('latin1.Dockerfile', Buffer.from('FROM debian:12\nLABEL author="Ren\xe9" city="K\xf6ln"\nRUN sudo make install\n', 'latin1'));

  it('reports a UTF-16 or UTF-32 file with one DF0003 error naming its encoding, and lints nothing else in it', async () => {
    const files = ['utf16le.Dockerfile', 'utf16be.Dockerfile', 'utf32le.Dockerfile', 'utf32be.Dockerfile'];
    const result = await lintFiles(files, { cwd: root, shellcheck: false });
    expect(result.errors).toEqual([]);
    expect(result.findings.map((f) => [f.file, f.code, f.severity, f.line, f.column, f.message])).toEqual([
      ['utf16le.Dockerfile', 'DF0003', 'error', 1, 1, UTF16_MESSAGE('UTF-16 LE')],
      ['utf16be.Dockerfile', 'DF0003', 'error', 1, 1, UTF16_MESSAGE('UTF-16 BE')],
      ['utf32le.Dockerfile', 'DF0003', 'error', 1, 1, UTF16_MESSAGE('UTF-32 LE')],
      ['utf32be.Dockerfile', 'DF0003', 'error', 1, 1, UTF16_MESSAGE('UTF-32 BE')],
    ]);
    // Reports show the decoded text.
    expect(result.results.map((r) => r.text)).toEqual(files.map(() => TEXT));
  });

  it('skips binary files with a message, and lints the others', async () => {
    const result = await lintFiles(['binary.Dockerfile', 'control.Dockerfile', 'ok'], { cwd: root, shellcheck: false });
    expect(result.skipped).toEqual([
      { path: 'binary.Dockerfile', message: NOT_TEXT },
      { path: 'control.Dockerfile', message: NOT_TEXT },
    ]);
    expect(result.errors).toEqual([]);
    expect(result.findings.map((f) => [f.file, f.code, f.message])).toEqual([['ok/Dockerfile', 'DL3004', SUDO]]);
  });

  it('lints invalid UTF-8 with one DF0003 warning at its first bad byte, and does not fix it', async () => {
    const before = readFileSync(join(root, 'latin1.Dockerfile'));
    const result = await lintFiles(['latin1.Dockerfile'], { cwd: root, shellcheck: false, fix: true });
    expect(result.findings.map((f) => [f.code, f.severity, f.line, f.column, f.message])).toEqual([
      ['DF0003', 'warning', 2, 18, 'The file is not valid UTF-8: byte 0xE9 at 2:18 (and any after it) was read as U+FFFD, and `--fix` leaves the file unchanged. Save it as UTF-8 (it may be Latin-1 or Windows-1252 text).'],
      ['DL3004', 'error', 3, 5, SUDO],
    ]);
    expect(readFileSync(join(root, 'latin1.Dockerfile'))).toEqual(before);
  });

  it('names a symbolic link loop, a folder named like a Dockerfile and a missing path, each once, and lints the rest', async () => {
    const result = await lintFiles(['loop.Dockerfile', 'Dockerfile.dir', 'missing/Dockerfile', 'ok'], { cwd: root, shellcheck: false });
    expect(result.errors).toEqual([
      { path: 'loop.Dockerfile', message: 'Cannot read the file: its symbolic links form a loop; point the link at a real file' },
      { path: 'Dockerfile.dir', message: 'A folder named like a Dockerfile, with no Dockerfile in it; name the file inside it to lint (a file named explicitly is linted whatever its name)' },
      { path: 'missing/Dockerfile', message: 'No such file or directory; check the path (it is relative to the current folder)' },
    ]);
    expect(result.files).toEqual(['ok/Dockerfile']);
  });

  it('reads standard input as bytes: a UTF-16 pipe gets DF0003, and `--fix -` passes its bytes through', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    const run = async (args: string[]) => {
      const stdin = new PassThrough();
      stdin.end(bytes);
      const stdout: Buffer[] = [];
      const stderr: string[] = [];
      const sink = (into: (chunk: Buffer) => void) => Object.assign(new PassThrough(), {}).on('data', into);
      const code = await main(args, {
        stdin,
        stdout: sink((c) => stdout.push(c)),
        stderr: sink((c) => stderr.push(c.toString())),
        env: {},
        cwd: root,
      });
      return { code, stdout: Buffer.concat(stdout), stderr: stderr.join('') };
    };
    const linted = await run(['-', '-f', 'json', '--no-shellcheck']);
    expect(linted.code).toBe(1);
    expect(JSON.parse(linted.stdout.toString()).map((f: { code: string; message: string }) => [f.code, f.message])).toEqual([['DF0003', UTF16_MESSAGE('UTF-16 LE')]]);
    const fixed = await run(['--fix', '-', '--no-shellcheck', '-f', 'json']);
    expect(fixed.stdout).toEqual(bytes);
  });
});
