import { describe, expect, it } from 'vitest';
import { exitCodeFor, failsThreshold, type FailureThreshold } from '../../src/cli/exit-code.js';
import type { Finding, Severity } from '../../src/engine/types.js';

const finding = (severity: Severity): Finding => ({
  file: 'Dockerfile', code: 'DL3004', name: 'no-sudo', severity, message: 'm', line: 1, column: 1, endLine: 1, endColumn: 2,
});

describe('failure threshold', () => {
  it.each([
    ['error', 'error', true], ['warning', 'error', false],
    ['warning', 'warning', true], ['info', 'warning', false],
    ['info', 'info', true], ['style', 'info', false],
    ['style', 'style', true], ['error', 'style', true],
    ['error', 'none', false], ['style', 'none', false],
  ] as const)('%s at threshold %s fails: %s', (severity, threshold, fails) => {
    expect(failsThreshold(severity, threshold)).toBe(fails);
  });

  const file = (failureThreshold: FailureThreshold | undefined, ...severities: Severity[]) => ({ findings: severities.map(finding), failureThreshold });

  it('exits 0, 1, or 2 when a path failed, whatever the findings', () => {
    expect(exitCodeFor([], 0)).toBe(0);
    expect(exitCodeFor([file('info', 'style')], 0)).toBe(0);
    expect(exitCodeFor([file('info', 'style', 'info')], 0)).toBe(1);
    expect(exitCodeFor([file('none', 'error')], 0)).toBe(0);
    expect(exitCodeFor([file('info', 'error')], 1)).toBe(2);
    expect(exitCodeFor([file('none')], 1)).toBe(2);
  });

  it('judges each file by its own threshold (absent: info)', () => {
    expect(exitCodeFor([file('error', 'warning'), file('warning', 'warning')], 0)).toBe(1);
    expect(exitCodeFor([file('error', 'warning'), file('none', 'error')], 0)).toBe(0);
    expect(exitCodeFor([file(undefined, 'info')], 0)).toBe(1);
    expect(exitCodeFor([file(undefined, 'style')], 0)).toBe(0);
  });
});
