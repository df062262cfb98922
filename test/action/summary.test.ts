import { describe, expect, it } from 'vitest';
import { renderSummary, type SummaryInput } from '../../src/action/summary.js';
import type { Finding, Severity } from '../../src/engine/types.js';
import type { FileResult } from '../../src/lint-files.js';

function finding(file: string, line: number, code: string, severity: Severity, message = `${code} here`): Finding {
  return { file, code, name: `rule-${code.toLowerCase()}`, severity, message, line, column: 1, endLine: line, endColumn: 4 };
}

function result(file: string, findings: readonly Finding[], failureThreshold: SummaryInput['results'][number]['failureThreshold'] = 'info'): FileResult {
  return { file, text: '', findings, failureThreshold };
}

const links: SummaryInput['links'] = {
  rule: (f) => (f.code.startsWith('DL') ? `https://docs.example/${f.code}` : undefined),
  source: (file, line) => `https://github.example/blob/sha/${file}#L${line}`,
};

function summary(overrides: Partial<SummaryInput>): string {
  return renderSummary({ paths: ['.'], results: [], notLinted: [], configProblems: [], failing: 0, noFail: false, version: '1.2.3', links, ...overrides });
}

const bad = result('services/api/Dockerfile', [
  finding('services/api/Dockerfile', 1, 'DL3006', 'warning'),
  finding('services/api/Dockerfile', 2, 'DL3004', 'error', 'Do not use `sudo` | ever'),
  finding('services/api/Dockerfile', 5, 'DL3006', 'warning'),
  finding('services/api/Dockerfile', 7, 'SC2086', 'info'),
]);
const good = result('Dockerfile', []);

describe('the job summary', () => {
  it('says clearly that there is no problem', () => {
    const md = summary({ results: [good, result('b/Dockerfile', [])] });
    expect(md).toBe('## dflint\n\n✅ **No problems** in 2 Dockerfiles.\n\n<sub>dflint 1.2.3 · failure threshold `info`</sub>\n');
  });

  it('says when no Dockerfile was found', () => {
    expect(summary({ paths: ['docker', 'x y'] })).toContain('⚠️ **No Dockerfiles found** in `docker`, `x y`.');
  });

  it('gives the totals per severity, a table per file and rule, and every finding', () => {
    const md = summary({ results: [bad, good], failing: 4 });
    expect(md).toContain('❌ **4 problems** in 1 of 2 Dockerfiles: 4 reach the failure threshold.');
    expect(md).toContain(['| Severity | Findings |', '| --- | ---: |', '| Error | 1 |', '| Warning | 2 |', '| Info | 1 |', '| Style | 0 |'].join('\n'));
    expect(md).toContain([
      '| File | Rule | Severity | Count | Lines |',
      '| --- | --- | --- | ---: | --- |',
      '| services/api/Dockerfile | [DL3004](<https://docs.example/DL3004>) rule-dl3004 | Error | 1 | [2](<https://github.example/blob/sha/services/api/Dockerfile#L2>) |',
      '| services/api/Dockerfile | [DL3006](<https://docs.example/DL3006>) rule-dl3006 | Warning | 2 | [1](<https://github.example/blob/sha/services/api/Dockerfile#L1>), [5](<https://github.example/blob/sha/services/api/Dockerfile#L5>) |',
      '| services/api/Dockerfile | SC2086 rule-sc2086 | Info | 1 | [7](<https://github.example/blob/sha/services/api/Dockerfile#L7>) |',
    ].join('\n'));
    expect(md).toContain('<details><summary>All 4 findings</summary>\n\n- [services/api/Dockerfile:1:1](<https://github.example/blob/sha/services/api/Dockerfile#L1>) **warning** [DL3006](<https://docs.example/DL3006>) rule-dl3006: DL3006 here\n');
    expect(md).toContain('**error** [DL3004](<https://docs.example/DL3004>) rule-dl3004: Do not use `sudo` \\| ever\n');
    expect(md).toMatch(/<\/details>\n\n<sub>dflint 1\.2\.3 · failure threshold `info`<\/sub>\n$/);
  });

  it('does not fail for findings below the threshold or with no-fail', () => {
    expect(summary({ results: [bad], failing: 0 })).toContain('⚠️ **4 problems** in 1 of 1 Dockerfile: none reaches the failure threshold.');
    expect(summary({ results: [bad], failing: 1, noFail: true })).toContain('⚠️ **4 problems** in 1 of 1 Dockerfile: 1 reaches the failure threshold, but `no-fail` is set.');
  });

  it('lists the paths that could not be linted, and fails', () => {
    const md = summary({ results: [good], notLinted: [{ path: 'missing/*.Dockerfile', message: 'No files match the pattern' }] });
    expect(md).toContain('❌ **No problems** in 1 Dockerfile. 1 path could not be linted.');
    expect(md).toContain('### Not linted\n\n- missing/\\*.Dockerfile: No files match the pattern\n');
  });

  it('shows an invalid configuration', () => {
    const md = summary({ configProblems: ['.dflint.yaml:2:3: rules.no-sduo: unknown rule'] });
    expect(md).toContain('❌ **Invalid configuration: nothing was linted.**');
    expect(md).toContain('- `.dflint.yaml:2:3: rules.no-sduo: unknown rule`');
  });

  it('lists ten lines per row and counts the others', () => {
    const many = result('Dockerfile', Array.from({ length: 14 }, (_, i) => finding('Dockerfile', i + 1, 'DL3059', 'info')));
    const md = summary({ results: [many], links: { rule: () => undefined, source: () => undefined } });
    expect(md).toContain('| Dockerfile | DL3059 rule-dl3059 | Info | 14 | 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 4 more |');
  });

  it('stays within its byte budget on huge runs, and says what it left out', () => {
    const files = Array.from({ length: 300 }, (_, f) => result(`d${f}/Dockerfile`, Array.from({ length: 40 }, (_, i) => finding(`d${f}/Dockerfile`, i + 1, `DL${3000 + (i % 20)}`, 'warning', 'x'.repeat(200)))));
    const limit = 200_000;
    const md = summary({ results: files, failing: 12_000, maxBytes: limit });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(limit);
    expect(md).toMatch(/_\d+ more rows not shown: the summary is limited to 1 MiB\._/);
    expect(md).toContain('_The 12000 findings are too many to list here: the SARIF report and the log have them all._');
    expect(md).not.toContain('<details>');
    expect(md).toMatch(/<sub>dflint 1\.2\.3 · failure threshold `info`<\/sub>\n$/);
  });

  it('cuts the list of findings when the table fits but the list does not', () => {
    const one = result('Dockerfile', Array.from({ length: 2000 }, (_, i) => finding('Dockerfile', i + 1, 'DL3059', 'info', 'z'.repeat(100))));
    const md = summary({ results: [one], maxBytes: 50_000 });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(50_000);
    expect(md).toContain('| Dockerfile | [DL3059]');
    expect(md).toMatch(/<details><summary>All 2000 findings<\/summary>\n\n- [^\n]+\n/);
    expect(md).toMatch(/\n\n_\d+ more findings not shown: the summary is limited to 1 MiB\. The SARIF report and the log have them all\._\n\n<\/details>\n/);
  });

  it('keeps within GitHub\'s 1 MiB by default', () => {
    const files = Array.from({ length: 200 }, (_, f) => result(`d${f}/Dockerfile`, Array.from({ length: 200 }, (_, i) => finding(`d${f}/Dockerfile`, i + 1, `DL${3000 + i}`, 'warning', 'y'.repeat(300)))));
    expect(Buffer.byteLength(summary({ results: files, failing: 40_000 }))).toBeLessThanOrEqual(1024 * 1024);
  });

  it('says when files have their own failure thresholds', () => {
    expect(summary({ results: [good, result('b/Dockerfile', [], 'error')] })).toContain('failure thresholds set per file');
  });
});
