import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types.js';
import { charWidth, displayColumns } from '../../src/formatters/display-width.js';
import { gnu } from '../../src/formatters/gnu.js';
import { formatContext, loadResults } from './results-fixture.js';

const finding = (overrides: Partial<Finding>): Finding => ({
  file: 'Dockerfile', code: 'DL3004', name: 'no-sudo', severity: 'error', message: 'Do not use `sudo`',
  line: 2, column: 5, endLine: 2, endColumn: 9, ...overrides,
});
const format = (text: string, ...findings: Finding[]) => gnu.format([{ file: 'Dockerfile', text, findings }], formatContext());
const TEXT = 'FROM debian:12\nRUN sudo true\n';

/** The location part of each line: what Emacs' compile-mode and other GNU-format readers parse. */
const GNU_LINE = /^(?<file>[^\n]+?):(?<line>\d+)\.(?<column>\d+)(?:-(?:(?<endLine>\d+)\.)?(?<endColumn>\d+))?: (?<severity>error|warning|info): (?<message>[^\n]*) \[(?<code>[A-Z]+\d+)\]$/;

describe('gnu formatter', () => {
  it('prints file:line.column-endColumn: severity: message [code], with an inclusive end column', () => {
    expect(format(TEXT, finding({}))).toBe('Dockerfile:2.5-8: error: Do not use `sudo` [DL3004]\n');
  });

  it('gives both ends of a range over several lines', () => {
    expect(format('FROM a\nRUN x \\\n  yz\n', finding({ endLine: 3, endColumn: 4 }))).toBe('Dockerfile:2.5-3.3: error: Do not use `sudo` [DL3004]\n');
  });

  it('ends a range that stops at the start of a line on the line break before it', () => {
    expect(format('FROM a\nRUN abcdef\nX\n', finding({ line: 2, column: 1, endLine: 3, endColumn: 1 }))).toBe('Dockerfile:2.1-11: error: Do not use `sudo` [DL3004]\n');
    expect(format('FROM a\nRUN abcdef\n\nX\n', finding({ line: 2, column: 1, endLine: 4, endColumn: 1 }))).toBe('Dockerfile:2.1-3.1: error: Do not use `sudo` [DL3004]\n');
  });

  it('gives only the start of an empty or one-character range', () => {
    expect(format(TEXT, finding({ endColumn: 5 }))).toBe('Dockerfile:2.5: error: Do not use `sudo` [DL3004]\n');
    expect(format(TEXT, finding({ endColumn: 6 }))).toBe('Dockerfile:2.5: error: Do not use `sudo` [DL3004]\n');
  });

  it('counts screen columns: tab stops every 8, wide characters 2, combining marks 0', () => {
    expect(format('FROM a\n\tRUN sudo\n', finding({ column: 6, endColumn: 10 }))).toBe('Dockerfile:2.13-16: error: Do not use `sudo` [DL3004]\n');
    expect(format('FROM a\nRUN\t\tsudo\n', finding({ column: 6, endColumn: 10 }))).toBe('Dockerfile:2.17-20: error: Do not use `sudo` [DL3004]\n');
    // 日本 is 2 characters and 4 columns; 😀 is 2 UTF-16 units and 2 columns; e + U+0301 is 2 units and 1 column.
    expect(format('FROM a\nRUN 日本 x\n', finding({ column: 8, endColumn: 9 }))).toBe('Dockerfile:2.10: error: Do not use `sudo` [DL3004]\n');
    expect(format('FROM a\nRUN 😀 x\n', finding({ column: 5, endColumn: 7 }))).toBe('Dockerfile:2.5-6: error: Do not use `sudo` [DL3004]\n');
    expect(format('FROM a\nRUN e\u0301 x\n', finding({ column: 8, endColumn: 9 }))).toBe('Dockerfile:2.7: error: Do not use `sudo` [DL3004]\n');
  });

  it('maps style to info, which Emacs knows, and keeps error, warning and info', () => {
    const severities = (['error', 'warning', 'info', 'style'] as const).map((severity) => format(TEXT, finding({ severity })).split(': ')[1]);
    expect(severities).toEqual(['error', 'warning', 'info', 'info']);
  });

  it('puts a message with line breaks on one line', () => {
    expect(format(TEXT, finding({ message: 'first\r\n  second\nthird' }))).toBe('Dockerfile:2.5-8: error: first second third [DL3004]\n');
  });

  it('falls back to the reported columns when the text does not hold the line', () => {
    expect(format('', finding({ line: 7, endLine: 7 }))).toBe('Dockerfile:7.5-8: error: Do not use `sudo` [DL3004]\n');
  });

  it('prints lines a GNU-format reader parses, one per finding, and nothing without findings', () => {
    const lines = gnu.format(loadResults(), formatContext()).trimEnd().split('\n');
    expect(lines).toHaveLength(loadResults().flatMap((r) => r.findings).length);
    for (const line of lines) expect(line).toMatch(GNU_LINE);
    expect(gnu.format([], formatContext())).toBe('');
  });
});

describe('display columns', () => {
  it('counts tabs to the next stop and characters by their screen width', () => {
    expect(displayColumns('a\tb', 8)).toEqual([0, 1, 8, 9]);
    expect(displayColumns('a\tb', 4)).toEqual([0, 1, 4, 5]);
    expect(displayColumns('日x', 8)).toEqual([0, 2, 3]);
    expect(displayColumns('😀x', 8)).toEqual([0, 0, 2, 3]);
    expect([charWidth('a'), charWidth('\u0301'), charWidth('\u200B'), charWidth('Ｗ'), charWidth('한'), charWidth('é')]).toEqual([1, 0, 0, 2, 2, 1]);
  });
});
