import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare, parseHadolintJsonl, type CodeRow, type HadolintEntry, type LintedFile, type ParityResult } from '../scripts/parity/compare.js';
import { renderParity } from '../scripts/parity/render.js';
import { ruleFacts } from '../scripts/parity/lint-corpus.js';
import { HADOLINT_OUTPUT, runParity } from '../scripts/parity/run.js';

/** A tiny corpus: Dockerfiles under files/ and hadolint's findings for them. */
const FILES: Record<string, string> = {
  // sudo on the third line of a RUN that starts on line 2: hadolint's line 2 matches.
  'files/a/Dockerfile': [
    'FROM debian:12',
    'RUN apt-get update \\',
    '  && sudo make install \\',
    '  && sudo make clean',
    'RUN make',
    'ONBUILD RUN sudo reboot',
    'CMD serve --port 80',
  ].join('\n'),
  // hadolint could not parse these; dflint parses the first and rejects the second.
  'files/b/Dockerfile': 'FROM debian:12\nRUN <<EOF\nmake\nEOF\n',
  'files/c/Dockerfile': 'FROM debian:12\nRUNNN make\n',
  // A pragma suppresses the finding on both sides.
  'files/d/Dockerfile': 'FROM debian:12\n# hadolint ignore=DL3004\nRUN sudo make\n',
};

const HADOLINT: HadolintEntry[] = [
  {
    file: 'files/a/Dockerfile',
    findings: [
      { code: 'DL3004', line: 2, message: 'Do not use sudo' },
      { code: 'DL3004', line: 5, message: 'Do not use sudo' },
      { code: 'DL3003', line: 5, message: 'Use WORKDIR to switch to a directory' },
      { code: 'DL3004', line: 6, message: 'Do not use sudo' },
      // A line inside the RUN (hadolint's parser may count a leading continuation differently).
      { code: 'DL3004', line: 3, message: 'Do not use sudo' },
      { code: 'SC2086', line: 2, message: 'Double quote to prevent globbing' },
    ],
  },
  { file: 'files/b/Dockerfile', findings: [{ code: 'DL1000', line: 2, message: 'unexpected' }] },
  { file: 'files/c/Dockerfile', findings: [{ code: 'DL1000', line: 2, message: 'unexpected' }] },
  { file: 'files/d/Dockerfile', findings: [] },
  { file: 'files/gone/Dockerfile', findings: [] },
];

const row = (result: ParityResult, code: string): CodeRow => {
  const found = result.rows.find((r) => r.code === code);
  if (!found) throw new Error(`no row for ${code}`);
  return found;
};

describe('parity report on a synthetic corpus', () => {
  const corpus = mkdtempSync(join(tmpdir(), 'dflint-parity-'));
  let result: ParityResult;

  beforeAll(async () => {
    for (const [file, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(corpus, file)), { recursive: true });
      writeFileSync(join(corpus, file), text);
    }
    writeFileSync(join(corpus, HADOLINT_OUTPUT), `${HADOLINT.map((entry) => JSON.stringify(entry)).join('\n')}\n`);
    // As if DL3003 had no dflint rule, to exercise the rows for hadolint codes dflint lacks.
    result = await runParity(corpus, ruleFacts().filter((rule) => rule.code !== 'DL3003'));
  });
  afterAll(() => rmSync(corpus, { recursive: true, force: true }));

  it('counts the files, the ones hadolint could not parse and those dflint parses, and the missing ones', () => {
    expect(result.files).toBe(5);
    expect(result.unparsed).toBe(2);
    expect(result.unparsedDflintParses).toBe(1);
    expect(result.missingFiles).toEqual(['files/gone/Dockerfile']);
  });

  it('matches a finding inside a multi-line RUN or an ONBUILD to the instruction start, once per instruction', () => {
    const sudo = row(result, 'DL3004');
    expect({ hadolint: sudo.hadolint, both: sudo.both, hadolintOnly: sudo.hadolintOnly, dflintOnly: sudo.dflintOnly }).toEqual({ hadolint: 3, both: 2, hadolintOnly: 1, dflintOnly: 0 });
    expect(sudo.hadolintOnlySamples).toEqual([{ file: 'files/a/Dockerfile', line: 5, source: 'RUN make', message: 'Do not use sudo' }]);
    expect(sudo.rule?.name).toBe('no-sudo');
  });

  it('lists dflint-only findings with the source line and dflint’s message', () => {
    const exec = row(result, 'DL3025');
    expect(exec.dflintOnly).toBe(1);
    expect(exec.dflintOnlySamples).toEqual([expect.objectContaining({ file: 'files/a/Dockerfile', line: 7, source: 'CMD serve --port 80' })]);
    expect(exec.dflintOnlySamples[0]!.message).toMatch(/JSON|exec/i);
  });

  it('keeps a row for a code dflint has no rule for, and rows for rules hadolint never reported', () => {
    expect(row(result, 'DL3003')).toMatchObject({ rule: undefined, hadolint: 1, hadolintOnly: 1 });
    expect(row(result, 'DL3023')).toMatchObject({ hadolint: 0, both: 0, hadolintOnly: 0, dflintOnly: 0 });
  });

  it('leaves out ShellCheck codes unless both tools report them, and never shows DL1000 or DF codes', () => {
    expect(result.shellcheckCompared).toBe(false);
    expect(result.rows.map((r) => r.code).filter((code) => !code.startsWith('DL') || code === 'DL1000')).toEqual([]);
  });

  it('renders the table, the missing rules, the unexplained disagreements and the samples', () => {
    const doc = renderParity(result);
    expect(doc).toContain('| DL3004 | [no-sudo](../rules/no-sudo/README.md) | 3 | 2 | 1 | 0 | 66.7% | **missing** |');
    expect(doc).toContain('| DL3003 | — (no dflint rule) | 1 | 0 | 1 | 0 | 0.0% |  |');
    expect(doc).toMatch(/\| DL3025 \| \[prefer-exec-form\]\(\.\.\/rules\/prefer-exec-form\/README\.md\) \| 0 \| 0 \| 0 \| 1 \| — \| yes \|/);
    expect(doc).toContain('| DL3003 | Use WORKDIR to switch directory | warning | 1 |');
    expect(doc).toContain('- DL3004 no-sudo: 1 hadolint only, 0 dflint only');
    expect(doc).toContain('- `files/a/Dockerfile:5`: `RUN make`');
    expect(doc).toContain('Files hadolint cannot parse (DL1000, nothing else reported, left out): 2; dflint lints 1 of them without a build error.');
    expect(doc).toContain('ShellCheck (SC codes) not compared');
    expect(renderParity(result)).toBe(doc);
  });
});

describe('compare', () => {
  const linted = (file: string, findings: LintedFile['findings']): LintedFile => ({
    file,
    lines: ['FROM a', 'RUN x `y`', 'RUN z'],
    findings,
    instructionStarts: [1, 2, 3],
    syntaxError: false,
  });
  const rules = [{ code: 'DL3059', name: 'no-consecutive-run', hasDifferences: true, offByDefault: false }];

  it('compares ShellCheck codes when both tools report some', () => {
    const result = compare(
      [{ file: 'f', findings: [{ code: 'SC2086', line: 2 }, { code: 'SC2154', line: 3 }] }],
      new Map([['f', linted('f', [{ code: 'SC2086', line: 2, message: 'quote it' }])]]),
      rules,
    );
    expect(result.shellcheckCompared).toBe(true);
    expect(row(result, 'SC2086')).toMatchObject({ both: 1, hadolintOnly: 0 });
    expect(row(result, 'SC2154')).toMatchObject({ both: 0, hadolintOnly: 1 });
    expect(renderParity(result)).toContain('| SC2154 | ShellCheck | 1 | 0 | 1 | 0 | 0.0% |  |');
  });

  it('takes samples spread over the sorted places, at most three', () => {
    const files = ['e', 'a', 'd', 'c', 'b', 'f'];
    const result = compare(
      files.map((file) => ({ file, findings: [{ code: 'DL3059', line: 3 }] })),
      new Map(files.map((file) => [file, linted(file, [])])),
      rules,
    );
    expect(row(result, 'DL3059').hadolintOnlySamples.map((s) => s.file)).toEqual(['a', 'c', 'e']);
  });

  it('shows a source line holding backticks in a longer code span', () => {
    const result = compare([{ file: 'f', findings: [] }], new Map([['f', linted('f', [{ code: 'DL3059', line: 2, message: 'join them' }])]]), rules);
    expect(renderParity(result)).toContain('- `f:2`: `` RUN x `y` `` — join them');
  });

  it('reads hadolint’s JSON lines and rejects an entry without findings', () => {
    expect(parseHadolintJsonl('{"file":"f","findings":[]}\n\n')).toEqual([{ file: 'f', findings: [] }]);
    expect(() => parseHadolintJsonl('{"file":"f"}')).toThrow(/line 1/);
  });
});
