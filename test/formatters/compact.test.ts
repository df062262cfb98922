import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types.js';
import { compact } from '../../src/formatters/compact.js';
import { formatContext, loadResults } from './results-fixture.js';

const finding = (overrides: Partial<Finding>): Finding => ({
  file: 'Dockerfile', code: 'DL3004', name: 'no-sudo', severity: 'error', message: 'Do not use `sudo`',
  line: 2, column: 5, endLine: 2, endColumn: 9, ...overrides,
});
const format = (...findings: Finding[]) => compact.format([{ file: 'Dockerfile', text: '', findings }], formatContext());

/** The regular expression of the `eslint-compact` problem matcher in GitHub's documentation (actions/toolkit docs/problem-matchers.md). */
const ESLINT_COMPACT = /^(.+):\sline\s(\d+),\scol\s(\d+),\s(Error|Warning|Info)\s-\s(.+)\s\((.+)\)$/;

describe('compact formatter', () => {
  it("prints ESLint's compact line for each finding, then the number of problems", () => {
    expect(format(finding({}))).toBe('Dockerfile: line 2, col 5, Error - Do not use `sudo` (DL3004 no-sudo)\n\n1 problem\n');
  });

  it('uses Error, Warning, and Info for info and style', () => {
    const words = (['error', 'warning', 'info', 'style'] as const).map((severity) => /, (\w+) - /.exec(format(finding({ severity })))![1]);
    expect(words).toEqual(['Error', 'Warning', 'Info', 'Info']);
  });

  it('puts a message with line breaks on one line', () => {
    expect(format(finding({ message: 'first\n second' })).split('\n')[0]).toBe('Dockerfile: line 2, col 5, Error - first second (DL3004 no-sudo)');
  });

  it("matches GitHub's eslint-compact problem matcher, fields and all", () => {
    const findings = loadResults().flatMap((r) => r.findings);
    const lines = compact.format(loadResults(), formatContext()).split('\n').slice(0, findings.length);
    lines.forEach((line, index) => {
      const f = findings[index]!;
      const match = ESLINT_COMPACT.exec(line);
      expect(match, line).not.toBeNull();
      expect(match!.slice(1)).toEqual([f.file, String(f.line), String(f.column), match![4], f.message.replace(/\n/g, ' '), `${f.code} ${f.name}`]);
    });
    expect(compact.format(loadResults(), formatContext()).endsWith(`\n\n${findings.length} problems\n`)).toBe(true);
  });

  it('prints nothing without findings', () => {
    expect(compact.format([], formatContext())).toBe('');
    expect(format()).toBe('');
  });
});
