import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types.js';
import { sourceFrame, splitLines } from '../../src/formatters/source-frame.js';

const at = (line: number, column: number, endLine: number, endColumn: number): Finding => ({
  file: 'Dockerfile', code: 'DL3004', name: 'no-sudo', severity: 'error', message: 'm', line, column, endLine, endColumn,
});

describe('sourceFrame', () => {
  const lines = splitLines('FROM a\nRUN sudo x && \\\n    sudo y\n\tRUN b\n');

  it('underlines the range on its line', () => {
    expect(sourceFrame(lines, at(2, 5, 2, 9))).toEqual({ line: 'RUN sudo x && \\', carets: '    ^^^^' });
  });

  it('underlines a range running onto later lines to the end of its first line', () => {
    expect(sourceFrame(lines, at(2, 10, 3, 11))!.carets).toBe(`${' '.repeat(9)}${'^'.repeat(6)}`);
  });

  it('puts one caret under an empty range, also past the end of the line', () => {
    expect(sourceFrame(lines, at(1, 3, 1, 3))!.carets).toBe('  ^');
    expect(sourceFrame(lines, at(1, 7, 1, 7))!.carets).toBe('      ^');
    expect(sourceFrame(lines, at(1, 40, 1, 45))!.carets).toBe('      ^');
  });

  it('expands tabs and keeps the carets aligned', () => {
    expect(sourceFrame(lines, at(4, 2, 4, 5))).toEqual({ line: '    RUN b', carets: '    ^^^' });
  });

  it('aligns carets by screen width: wide characters take two columns, combining marks none', () => {
    const wide = splitLines('RUN echo 日本 && sudo x\nRUN echo e\u0301\tsudo\n');
    expect(sourceFrame(wide, at(1, 16, 1, 20))).toEqual({ line: 'RUN echo 日本 && sudo x', carets: `${' '.repeat(17)}^^^^` });
    expect(sourceFrame(wide, at(2, 13, 2, 17))).toEqual({ line: 'RUN echo e\u0301  sudo', carets: `${' '.repeat(12)}^^^^` });
  });

  it('gives nothing for a line the text does not have', () => {
    expect(sourceFrame(lines, at(9, 1, 9, 2))).toBeUndefined();
  });

  it('splits CRLF lines and drops a byte order mark, as positions count them', () => {
    expect(splitLines('\uFEFFFROM a\r\nRUN b\r\n')).toEqual(['FROM a', 'RUN b', '']);
  });
});
