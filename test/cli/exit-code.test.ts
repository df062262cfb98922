import { describe, expect, it } from 'vitest';
import { exitCodeFor, failsThreshold } from '../../src/cli/exit-code.js';
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

  it('exits 0, 1, or 2 when a path failed, whatever the findings', () => {
    expect(exitCodeFor([], 0, 'info')).toBe(0);
    expect(exitCodeFor([finding('style')], 0, 'info')).toBe(0);
    expect(exitCodeFor([finding('style'), finding('info')], 0, 'info')).toBe(1);
    expect(exitCodeFor([finding('error')], 0, 'none')).toBe(0);
    expect(exitCodeFor([finding('error')], 1, 'info')).toBe(2);
    expect(exitCodeFor([], 1, 'none')).toBe(2);
  });
});
