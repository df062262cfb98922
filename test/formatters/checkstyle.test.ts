import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/rule-set.js';
import type { Finding } from '../../src/engine/types.js';
import { checkstyle } from '../../src/formatters/checkstyle.js';
import type { FileResult } from '../../src/formatters/types.js';
import { formatContext, loadResults } from './results-fixture.js';
import { hasPython, parseXml, pythonParseError, wellFormednessProblems } from './xml-check.js';

interface CheckstyleError { line: string; column: string; severity: string; message: string; source: string }
interface CheckstyleFile { name: string; error?: CheckstyleError[] }

function read(xml: string): CheckstyleFile[] {
  expect(wellFormednessProblems(xml)).toEqual([]);
  const root = parseXml(xml).checkstyle as { version: string; file?: CheckstyleFile[] };
  expect(root.version).toBe('4.3');
  return root.file ?? [];
}

const finding = (overrides: Partial<Finding>): Finding => ({
  file: 'Dockerfile', code: 'DL3004', name: 'no-sudo', severity: 'error', message: 'Do not use `sudo`',
  line: 2, column: 5, endLine: 2, endColumn: 9, ...overrides,
});
const result = (findings: Finding[], file = 'Dockerfile'): FileResult => ({ file, text: 'FROM debian:12\nRUN sudo true\n', findings });

describe('checkstyle formatter', () => {
  const context = formatContext({ rules: allRules() });

  it('writes one <file> per linted file, files without findings included, one <error> per finding', () => {
    const results = loadResults();
    const files = read(checkstyle.format(results, context));
    expect(files.map((f) => f.name)).toEqual(results.map((r) => r.file));
    expect(files.map((f) => f.error?.length ?? 0)).toEqual(results.map((r) => r.findings.length));
  });

  it('maps severities: style is info, as Checkstyle has no style', () => {
    const severities = read(checkstyle.format(loadResults(), context)).flatMap((f) => f.error ?? []).map((e) => e.severity);
    const expected = loadResults().flatMap((r) => r.findings).map((f) => (f.severity === 'style' ? 'info' : f.severity));
    expect(severities).toEqual(expected);
  });

  it('names the source dflint.<category>.<code>, with shellcheck and core for codes without rule metadata', () => {
    const [error] = read(checkstyle.format([result([finding({})])], context))[0]!.error!;
    expect(error).toEqual({ line: '2', column: '5', severity: 'error', message: 'Do not use `sudo`', source: 'dflint.security.DL3004' });
    const sources = read(checkstyle.format([result([finding({ code: 'SC2086', name: 'shellcheck' }), finding({ code: 'DF0001', name: 'internal-error' }), finding({ code: 'DF0002', name: 'unused-ignore' })])], context))[0]!.error!.map((e) => e.source);
    expect(sources).toEqual(['dflint.shellcheck.SC2086', 'dflint.core.DF0001', 'dflint.core.DF0002']);
    // Without rule metadata nothing is lost: the code is still there.
    expect(read(checkstyle.format([result([finding({})])], formatContext()))[0]!.error![0]!.source).toBe('dflint.core.DL3004');
  });

  it('escapes XML specials, line breaks and characters XML cannot hold, in messages and file names', () => {
    const message = 'Quote <this> & "that" \'too\'\nnext line\u0000\u001B[31m';
    const xml = checkstyle.format([result([finding({ message })], 'odd <&> "name".Dockerfile')], context);
    const [file] = read(xml);
    expect(file!.name).toBe('odd <&> "name".Dockerfile');
    expect(file!.error![0]!.message).toBe('Quote <this> & "that" \'too\'\nnext line\uFFFD\uFFFD[31m');
    expect(xml).toContain('message="Quote &lt;this&gt; &amp; &quot;that&quot; &apos;too&apos;&#10;next line');
    if (hasPython) expect(pythonParseError(xml)).toBeUndefined();
  });

  it('writes a valid empty report when nothing was linted, and empty <file> elements for clean files', () => {
    expect(checkstyle.format([], context)).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">\n</checkstyle>\n');
    expect(read(checkstyle.format([], context))).toEqual([]);
    expect(checkstyle.format([result([])], context)).toContain('  <file name="Dockerfile"/>\n');
  });
});
