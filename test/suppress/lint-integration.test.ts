import { beforeAll, describe, expect, it } from 'vitest';
import { INTERNAL_ERROR } from '../../src/engine/run.js';
import type { Finding } from '../../src/engine/types.js';
import { lint, lintModelWithSuppressions } from '../../src/lint.js';
import { buildModel } from '../../src/model/build.js';
import { initShellParser } from '../../src/model/shell/parser.js';
import { applySuppressions } from '../../src/suppress/apply.js';
import { at, lintLines } from './support.js';

beforeAll(() => initShellParser());

describe('lint() with pragmas', () => {
  it('lints a realistic Dockerfile migrated from hadolint', async () => {
    const text = [
      '# syntax=docker/dockerfile:1',
      '# check=skip=JSONArgsRecommended',
      '# hadolint global ignore=DL3006',
      'FROM debian AS build',
      '# hadolint ignore=DL3004,DL3008,DL3015',
      'RUN apt-get update && \\',
      '    sudo apt-get install -y build-essential && \\',
      '    rm -rf /var/lib/apt/lists/*',
      '',
      '# hadolint stage ignore=DL3004',
      'FROM build',
      'RUN sudo make install',
      'USER 1000',
      'CMD make run',
    ].join('\n');
    const findings = await lint(text, { reportUnusedIgnores: true });
    expect(at(findings)).toEqual([]);
  });

  it('keeps findings no pragma covers', async () => {
    const findings = await lint('FROM ubuntu\n# dflint ignore=DL3004\nRUN sudo a\nRUN sudo b', {});
    expect(at(findings.filter((f) => f.code === 'DL3004' || f.code === 'DL3006'))).toEqual(['DL3006@1:6', 'DL3004@4:5']);
  });
});

describe('disablePragmas', () => {
  const lines = [
    '# check=skip=JSONArgsRecommended',
    '# dflint global ignore=DL3006',
    'FROM ubuntu',
    '# hadolint ignore=DL3004',
    'RUN sudo a',
    '# dflint ignore-file',
    '# check=skip=JSONArgsRecommended',
    'CMD foo',
  ];
  const codes = ['DL3004', 'DL3006', 'DL3025'];

  it('turns off every ignore pragma and the check directive', async () => {
    expect(await lintLines(lines, codes)).toEqual([]);
    expect(await lintLines(lines, codes, { disablePragmas: true })).toEqual(['DL3006@3:6', 'DL3004@5:5', 'DL3025@8:5']);
  });

  it('keeps shell pragmas, which describe the image rather than silence findings', async () => {
    expect(await lintLines(['FROM a:1', '# hadolint shell=powershell', 'RUN sudo x'], ['DL3004'], { disablePragmas: true })).toEqual([]);
  });
});

describe('shell pragmas through lint()', () => {
  it('stop POSIX shell rules under PowerShell', async () => {
    expect(await lintLines(['FROM a:1', 'RUN sudo x'], ['DL3004'])).toEqual(['DL3004@2:5']);
    expect(await lintLines(['FROM a:1', '# hadolint shell=powershell', 'RUN sudo x', 'CMD Start-Service x'], ['DL3004', 'DL3025'])).toEqual([]);
  });

  it('set the shell of every stage when placed before the first FROM', async () => {
    const lines = ['# dflint shell=pwsh', 'FROM a:1 AS one', 'RUN sudo x', 'FROM a:1', 'RUN sudo y'];
    expect(await lintLines(lines, ['DL3004'])).toEqual([]);
  });

  it('are not reported as unused ignores', async () => {
    expect(await lintLines(['# hadolint shell=bash', 'FROM a:1', 'RUN true'], ['DF0002'], { reportUnusedIgnores: true })).toEqual([]);
  });
});

describe('lintModelWithSuppressions', () => {
  it('returns the suppressed findings with the pragmas that suppressed them', () => {
    const model = buildModel('# hadolint global ignore=DL3006\nFROM ubuntu\n# dflint ignore=DL3004,DL3006 -- pinned base\nRUN sudo x\n');
    const { findings, suppressed } = lintModelWithSuppressions(model, { filename: 'Dockerfile' });
    expect(findings.some((f) => f.code === 'DL3004' || f.code === 'DL3006')).toBe(false);
    expect(suppressed.map((s) => ({ finding: `${s.finding.code}@${s.finding.line}`, by: s.pragmas }))).toEqual([
      { finding: 'DL3006@2', by: [{ tool: 'hadolint', scope: 'file', line: 1, column: 3, endLine: 1, endColumn: 32, reason: undefined }] },
      { finding: 'DL3004@4', by: [{ tool: 'dflint', scope: 'instruction', line: 3, column: 3, endLine: 3, endColumn: 30, reason: 'pinned base' }] },
    ]);
  });

  it('names BuildKit directives as their tool', () => {
    const model = buildModel('# check=skip=JSONArgsRecommended\nFROM a:1\nCMD foo\n');
    const { suppressed } = lintModelWithSuppressions(model);
    expect(suppressed.map((s) => [s.finding.code, s.pragmas[0]!.tool, s.pragmas[0]!.scope, s.pragmas[0]!.column])).toEqual([['DL3025', 'buildkit', 'file', 9]]);
  });
});

describe('applySuppressions', () => {
  const crash: Finding = {
    file: 'Dockerfile', code: INTERNAL_ERROR.code, name: INTERNAL_ERROR.name, severity: 'error',
    message: 'Rule DL3004 (no-sudo) crashed on this file: boom', line: 1, column: 1, endLine: 1, endColumn: 1,
  };

  it('never suppresses DF0001 internal-error, not even with ignore-file or *', () => {
    const model = buildModel('# dflint ignore=*\nFROM a:1\n# dflint ignore-file\n# dflint global ignore=DF0001\n');
    const result = applySuppressions(model, [{ ...crash, line: 2 }], { file: 'Dockerfile', ran: [], reportUnused: false, disabled: false });
    expect(result.findings.map((f) => f.code)).toEqual(['DF0001']);
    expect(result.suppressed).toEqual([]);
  });

  it('matches a finding by where it starts', () => {
    const model = buildModel('FROM a:1\n# dflint ignore=DL3004\nRUN a && \\\n  b\nRUN c\n');
    const finding = (line: number): Finding => ({ ...crash, code: 'DL3004', name: 'no-sudo', line, endLine: 5 });
    const result = applySuppressions(model, [finding(3), finding(4), finding(5)], { file: 'Dockerfile', ran: [], reportUnused: false, disabled: false });
    expect(result.findings.map((f) => f.line)).toEqual([5]);
  });
});
