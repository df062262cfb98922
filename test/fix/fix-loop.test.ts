import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/types.js';
import { fixLoop, MAX_PASSES, type LintedText } from '../../src/fix/fix-loop.js';
import { fix } from '../../src/fix/fix.js';
import { buildModel } from '../../src/model/build.js';
import { initShellParser } from '../../src/model/shell/parser.js';

beforeAll(() => initShellParser());

/** A finding on `line` whose fix replaces that whole line's first word with `text`. */
function replaceFirstWord(line: number, word: string, text: string, safety: 'safe' | 'unsafe' = 'safe'): Finding {
  return {
    file: 'Dockerfile', code: 'DF9999', name: 'test', severity: 'warning', message: 'test', line, column: 1, endLine: line, endColumn: word.length + 1,
    fix: { description: 'test', safety, edits: [{ line, column: 1, endLine: line, endColumn: word.length + 1, text }] },
  };
}

/** A lint that reports, for each line whose first word is a key of `rewrites`, a fix to the value. */
function fakeLint(rewrites: Readonly<Record<string, string>>, safety: 'safe' | 'unsafe' = 'safe'): (text: string) => LintedText {
  return (text) => ({
    model: buildModel(text),
    findings: text.split('\n').flatMap((line, i) => {
      const word = line.split(' ')[0]!;
      return word in rewrites ? [replaceFirstWord(i + 1, word, rewrites[word]!, safety)] : [];
    }),
  });
}

describe('fixLoop', () => {
  it('repeats until nothing changes: each pass fixes what the last one made', () => {
    const result = fixLoop('FROM a\nADD x /\n', { unsafe: false, lint: fakeLint({ ADD: 'COPY', COPY: 'ENV' }) });
    expect(result.output).toBe('FROM a\nENV x /\n');
    expect(result.passes).toBe(2);
    expect(result.fixed.map((f) => f.line)).toEqual([2, 2]);
  });

  it(`stops after ${MAX_PASSES} passes when fixes never settle`, () => {
    const result = fixLoop('FROM a\nADD x /\n', { unsafe: false, lint: fakeLint({ ADD: 'COPY', COPY: 'ADD' }) });
    expect(result.passes).toBe(MAX_PASSES);
    expect(result.output).toBe('FROM a\nADD x /\n');
  });

  it('drops a fix that adds a syntax error and keeps the others of its pass', () => {
    const result = fixLoop('FROM a\nADD x /\nRUN y\n', { unsafe: false, lint: fakeLint({ ADD: 'COPY', RUN: 'RUNN' }) });
    expect(result.output).toBe('FROM a\nCOPY x /\nRUN y\n');
    expect(result.fixed.map((f) => f.line)).toEqual([2]);
  });

  it('applies unsafe fixes only when asked', () => {
    const lint = fakeLint({ ADD: 'COPY' }, 'unsafe');
    expect(fixLoop('FROM a\nADD x /\n', { unsafe: false, lint }).output).toBe('FROM a\nADD x /\n');
    expect(fixLoop('FROM a\nADD x /\n', { unsafe: true, lint }).output).toBe('FROM a\nCOPY x /\n');
  });

  it('fixes only the findings `accept` lets through', () => {
    const result = fixLoop('FROM a\nADD x /\nADD y /\n', { unsafe: false, lint: fakeLint({ ADD: 'COPY' }), accept: (f) => f.line === 3 });
    expect(result.output).toBe('FROM a\nADD x /\nCOPY y /\n');
  });

  it('returns the input itself when nothing is fixed', () => {
    const input = '\uFEFFFROM a\r\n';
    const result = fixLoop(input, { unsafe: true, lint: fakeLint({}) });
    expect(result.output).toBe(input);
    expect(result.passes).toBe(0);
    expect(result.final).toBe(result.initial);
  });

  it('keeps a BOM, CRLF in inserted line breaks and the final line break', () => {
    const result = fixLoop('\uFEFFFROM a\r\nADD x /\r\n', { unsafe: false, lint: fakeLint({ ADD: 'COPY x /\nLABEL' }) });
    expect(result.output).toBe('\uFEFFFROM a\r\nCOPY x /\r\nLABEL x /\r\n');
  });
});

describe('fix()', () => {
  it('returns the output, the applied fixes and what remains', async () => {
    const result = await fix('FROM alpine\nADD a.conf /etc/\nMAINTAINER me\n', { filename: 'Dockerfile' });
    expect(result.output).toBe('FROM alpine\nCOPY a.conf /etc/\nMAINTAINER me\n');
    expect(result.fixed.map((f) => f.code)).toEqual(['DL3020']);
    expect(result.remaining.map((f) => f.code)).toEqual(['DL3006', 'DL4000']);
    expect(result.remaining.find((f) => f.code === 'DL4000')?.fix?.safety).toBe('unsafe');
  });

  it('applies unsafe fixes with unsafeFixes and respects the rules setting', async () => {
    const result = await fix('FROM alpine\nADD a.conf /etc/\nMAINTAINER me\n', { unsafeFixes: true, rules: { DL3020: 'off' } });
    expect(result.output).toBe('FROM alpine\nADD a.conf /etc/\nLABEL maintainer="me"\n');
    expect(result.remaining.map((f) => f.code)).toEqual(['DL3006']);
  });

  it('leaves pragma-suppressed findings alone', async () => {
    const text = 'FROM alpine\n# hadolint ignore=DL3020\nADD a.conf /etc/\n';
    expect((await fix(text)).output).toBe(text);
  });
});
