import { describe, expect, it } from 'vitest';
import { stylish } from '../../src/formatters/stylish.js';
import { formatContext, loadResults } from './results-fixture.js';

describe('stylish formatter', () => {
  it('leaves out files without findings', () => {
    const output = stylish.format(loadResults(), formatContext());
    expect(output).not.toContain('clean/Dockerfile');
    expect(output).toContain('services/api/Dockerfile\n');
  });

  it('counts problems by severity and fixable findings in the summary', () => {
    const output = stylish.format(loadResults(), formatContext());
    expect(output.trimEnd().split('\n').at(-1)).toBe('✖ 12 problems (4 errors, 4 warnings, 3 infos, 1 style) — 3 fixable with --fix, 1 more with --fix --unsafe-fixes');
  });

  it('counts unsafe fixes as fixable with --unsafe-fixes', () => {
    const output = stylish.format(loadResults(), formatContext({ unsafeFixes: true }));
    expect(output.trimEnd().split('\n').at(-1)).toBe('✖ 12 problems (4 errors, 4 warnings, 3 infos, 1 style) — 4 fixable with --fix --unsafe-fixes');
  });

  it('after --fix, says how many were fixed and how many remain', () => {
    const results = loadResults().map((r, i) => ({ ...r, fixed: i === 0 ? r.findings.slice(0, 5) : [] }));
    expect(stylish.format(results, formatContext()).trimEnd().split('\n').at(-1)).toBe('✖ 12 problems (4 errors, 4 warnings, 3 infos, 1 style) — 5 fixed, 12 remaining, 3 fixable with --fix, 1 more with --fix --unsafe-fixes');
    const clean = results.map((r) => ({ ...r, findings: [] }));
    expect(stylish.format(clean, formatContext())).toBe('✔ 5 fixed, no problems remaining in 5 files\n');
  });

  it('uses singular words for one problem', () => {
    const [first] = loadResults();
    const one = { ...first!, findings: [first!.findings[3]!] };
    expect(stylish.format([one], formatContext()).trimEnd().split('\n').at(-1)).toBe(
      '✖ 1 problem (1 error, 0 warnings, 0 infos, 0 style)',
    );
  });

  it('prints one success line when nothing is found', () => {
    const clean = loadResults().map((r) => ({ ...r, findings: [] }));
    expect(stylish.format(clean, formatContext())).toBe('✔ No problems found in 5 files\n');
    expect(stylish.format(clean.slice(0, 1), formatContext())).toBe('✔ No problems found in 1 file\n');
  });

  it('prints nothing when no file was linted', () => {
    expect(stylish.format([], formatContext())).toBe('');
  });

  it('colours severities and carets only when colour is on', () => {
    const plain = stylish.format(loadResults(), formatContext());
    const coloured = stylish.format(loadResults(), formatContext({ color: true }));
    expect(plain).not.toMatch(/\u001b\[/);
    expect(coloured).toContain('\u001b[31m\u001b[1merror');
    expect(coloured).toContain('\u001b[33m\u001b[1mwarning');
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });
});
