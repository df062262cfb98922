import type { Finding } from '../../src/engine/types.js';
import type { FileResult } from '../../src/formatters/index.js';

/** A finding on `Dockerfile` (DL3007 on `latest` of `FROM ubuntu:latest` unless overridden). */
export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    file: 'Dockerfile',
    code: 'DL3007',
    name: 'no-latest-tag',
    severity: 'warning',
    message: 'Pin the image version instead of `latest`',
    line: 1,
    column: 13,
    endLine: 1,
    endColumn: 19,
    ...overrides,
  };
}

/** One file's result, its findings moved to its name. */
export function fileResult(file: string, text: string, findings: readonly Finding[] = []): FileResult {
  return { file, text, findings: findings.map((f) => ({ ...f, file })) };
}
