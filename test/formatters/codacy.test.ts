import { describe, expect, it } from 'vitest';
import { codacy } from '../../src/formatters/codacy.js';
import type { FileResult } from '../../src/formatters/index.js';
import { fileResult, finding } from './make-results.js';
import { formatContext, loadResults } from './results-fixture.js';

const format = (results: readonly FileResult[]) => codacy.format(results, formatContext());
const TEXT = 'FROM ubuntu:latest\nRUN sudo true\n';

describe('codacy formatter', () => {
  it('writes nothing without findings', () => {
    expect(format([])).toBe('');
    expect(format([fileResult('Dockerfile', TEXT)])).toBe('');
  });

  it('writes one object a line, with exactly filename, patternId, message and line, in that order', () => {
    const output = format(loadResults());
    expect(output.endsWith('\n')).toBe(true);
    const lines = output.slice(0, -1).split('\n');
    expect(lines).toHaveLength(loadResults().flatMap((r) => r.findings).length);
    for (const line of lines) {
      const result = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(result)).toEqual(['filename', 'patternId', 'message', 'line']);
      expect([typeof result.filename, typeof result.patternId, typeof result.message, typeof result.line]).toEqual(['string', 'string', 'string', 'number']);
    }
  });

  it('gives the code as patternId and the start line', () => {
    const output = format([fileResult('sub/Dockerfile', TEXT, [finding({ code: 'SC2086', line: 2, endLine: 3 })])]);
    expect(output).toBe('{"filename":"sub/Dockerfile","patternId":"SC2086","message":"Pin the image version instead of `latest`","line":2}\n');
  });

  it('keeps a message with line breaks inside its JSON string', () => {
    const output = format([fileResult('Dockerfile', TEXT, [finding({ message: 'first\nsecond "quoted"\r\nthird' })])]);
    expect(output.split('\n')).toHaveLength(2);
    expect((JSON.parse(output) as { message: string }).message).toBe('first\nsecond "quoted"\r\nthird');
  });

  it('gives paths relative to the folder dflint ran in, and standard input as it is', () => {
    const results = [fileResult('/project/a/Dockerfile', TEXT, [finding()]), fileResult('-', TEXT, [finding()])];
    expect(format(results).split('\n').slice(0, 2).map((line) => (JSON.parse(line) as { filename: string }).filename)).toEqual(['a/Dockerfile', '-']);
  });
});
