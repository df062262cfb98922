import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/rule-set.js';
import { codeclimate } from '../../src/formatters/codeclimate.js';
import { gitlab } from '../../src/formatters/gitlab.js';
import type { FileResult } from '../../src/formatters/index.js';
import { fileResult, finding } from './make-results.js';
import { parseCodeClimateStream, validateReport } from './report-schemas.js';
import { formatContext, loadResults } from './results-fixture.js';

interface Issue {
  check_name: string;
  description: string;
  categories: string[];
  location: { path: string; lines: { begin: number; end: number } };
  severity: string;
  fingerprint: string;
}

const context = formatContext({ rules: allRules() });

function issues(results: readonly FileResult[], ctx = context): Issue[] {
  return JSON.parse(gitlab.format(results, ctx)) as Issue[];
}

describe('gitlab formatter', () => {
  it('writes a JSON array with one issue per finding, as GitLab validates it, with unique fingerprints', () => {
    const results = loadResults();
    const parsed = issues(results);
    expect(validateReport('gitlab', parsed)).toBeUndefined();
    expect(parsed).toHaveLength(results.flatMap((r) => r.findings).length);
    expect(new Set(parsed.map((i) => i.fingerprint)).size).toBe(parsed.length);
  });

  it('writes one issue a line', () => {
    const output = gitlab.format(loadResults(), context);
    expect(output.split('\n').slice(1, -2).every((line) => line.startsWith('{"type":"issue",'))).toBe(true);
  });

  it('writes an empty array for no files and for files without findings', () => {
    expect(gitlab.format([], context)).toBe('[]\n');
    expect(gitlab.format([fileResult('Dockerfile', 'FROM alpine:3.20\n')], context)).toBe('[]\n');
  });

  it('names the code in the description, on one line', () => {
    const [issue] = issues([fileResult('Dockerfile', 'FROM ubuntu:latest\n', [finding({ message: 'Pin it\nnow' })])]);
    expect(issue!.check_name).toBe('DL3007');
    expect(issue!.description).toBe('DL3007: Pin it now');
  });

  it('gives the lines of the finding, and its path relative to the folder dflint ran in', () => {
    const [issue] = issues([fileResult('/project/ci/Dockerfile', 'RUN a \\\n  b\n', [finding({ code: 'DL3059', line: 1, column: 1, endLine: 2, endColumn: 4 })])]);
    expect(issue!.location).toEqual({ path: 'ci/Dockerfile', lines: { begin: 1, end: 2 } });
  });

  it('keeps two identical findings in one file apart', () => {
    const text = 'FROM ubuntu:latest AS a\nFROM ubuntu:latest AS a\n';
    const parsed = issues([fileResult('Dockerfile', text, [finding(), finding({ line: 2, endLine: 2 })])]);
    expect(parsed[0]!.fingerprint).not.toBe(parsed[1]!.fingerprint);
  });

  it('has the fingerprints and classification of the codeclimate format', () => {
    const results = loadResults();
    const stream = parseCodeClimateStream(codeclimate.format(results, context)) as Issue[];
    expect(issues(results).map((i) => [i.fingerprint, i.severity, i.categories])).toEqual(stream.map((i) => [i.fingerprint, i.severity, i.categories]));
  });

  it('writes valid issues without any rule metadata', () => {
    expect(validateReport('gitlab', issues(loadResults(), formatContext({ rules: [] })))).toBeUndefined();
  });
});
