import * as core from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/engine/types.js';
import { annotationOf, escapeData, escapeProperty, formatAnnotation, github } from '../../src/formatters/github.js';
import { formatContext, loadResults } from './results-fixture.js';

const finding = (overrides: Partial<Finding>): Finding => ({
  file: 'Dockerfile', code: 'DL3004', name: 'no-sudo', severity: 'error', message: 'Do not use `sudo`',
  line: 2, column: 5, endLine: 2, endColumn: 9, ...overrides,
});

/** What the runner reads from a command line (actions/runner ActionCommand: unescaping of data and properties). */
function parseCommand(line: string): { command: string; properties: Record<string, string>; message: string } {
  const match = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const unescape = (value: string) => value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const properties = Object.fromEntries((match[2] ?? '').split(',').filter(Boolean).map((pair) => {
    const [key, ...value] = pair.split('=');
    return [key!, unescape(value.join('='))];
  }));
  return { command: match[1]!, properties, message: unescape(match[3]!) };
}

/** The line @actions/core itself prints for the same annotation. */
function coreLine(level: 'error' | 'warning' | 'notice', message: string, properties: core.AnnotationProperties): string {
  const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    core[level](message, properties);
    return String(write.mock.calls[0]![0]).trimEnd();
  } finally {
    write.mockRestore();
  }
}

describe('github formatter', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints one command per finding: error, warning, and notice for info and style', () => {
    const lines = github.format(loadResults(), formatContext()).trimEnd().split('\n');
    const findings = loadResults().flatMap((r) => r.findings);
    expect(lines).toHaveLength(findings.length);
    expect(lines.map((l) => parseCommand(l).command)).toEqual(findings.map((f) => ({ error: 'error', warning: 'warning', info: 'notice', style: 'notice' })[f.severity]));
  });

  it('gives the absolute file, the range and a title with the code and rule name', () => {
    expect(formatAnnotation(finding({}), '/repo/sub')).toBe('::error file=/repo/sub/Dockerfile,line=2,col=5,endLine=2,endColumn=9,title=DL3004 no-sudo::Do not use `sudo`');
    expect(annotationOf(finding({ file: '/elsewhere/Dockerfile' }), '/repo').properties.file).toBe('/elsewhere/Dockerfile');
  });

  it('leaves columns out of a range over several lines, as GitHub requires', () => {
    expect(formatAnnotation(finding({ endLine: 3, endColumn: 2 }), '/repo')).toBe('::error file=/repo/Dockerfile,line=2,endLine=3,title=DL3004 no-sudo::Do not use `sudo`');
  });

  it('keeps an empty range valid (endColumn never before col)', () => {
    expect(annotationOf(finding({ column: 19, endColumn: 19 }), '/repo').properties).toMatchObject({ col: 19, endColumn: 19 });
  });

  it('leaves the file out for standard input', () => {
    expect(formatAnnotation(finding({ file: '-' }), '/repo')).toBe('::error line=2,col=5,endLine=2,endColumn=9,title=DL3004 no-sudo::Do not use `sudo`');
  });

  it('escapes as @actions/core: %, CR and LF in the message; also : and , in properties', () => {
    expect(escapeData('100% a:b,c\r\nd')).toBe('100%25 a:b,c%0D%0Ad');
    expect(escapeProperty('100% a:b,c\r\nd')).toBe('100%25 a%3Ab%2Cc%0D%0Ad');
    const line = formatAnnotation(finding({ file: 'ci/build, test: 100%.Dockerfile', message: 'a: b, 100%\nnext' }), '/r');
    expect(line).toBe('::error file=/r/ci/build%2C test%3A 100%25.Dockerfile,line=2,col=5,endLine=2,endColumn=9,title=DL3004 no-sudo::a: b, 100%25%0Anext');
    expect(line).not.toContain('\n');
  });

  it('says what @actions/core would say for the same annotation', () => {
    for (const f of [...loadResults().flatMap((r) => r.findings), finding({ file: 'a,b:c%.Dockerfile', message: 'x\r\ny: 50%, z' })]) {
      const annotation = annotationOf(f, '/project');
      const { file, line, endLine, col, endColumn, title } = annotation.properties;
      const expected = coreLine(annotation.level, f.message, { file, startLine: line, endLine, startColumn: col, endColumn, title });
      const ours = formatAnnotation(f, '/project');
      expect(parseCommand(ours)).toEqual(parseCommand(expected));
      expect(parseCommand(ours).message).toBe(f.message);
      expect(parseCommand(ours).properties.file).toBe(`/project/${f.file}`);
    }
  });

  it('prints nothing when there are no findings', () => {
    expect(github.format([], formatContext())).toBe('');
    expect(github.format(loadResults().map((r) => ({ ...r, findings: [] })), formatContext())).toBe('');
  });
});
