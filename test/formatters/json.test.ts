import { describe, expect, it } from 'vitest';
import { json } from '../../src/formatters/json.js';
import { validateFindings } from './findings-schema.js';
import { formatContext, loadResults } from './results-fixture.js';

describe('json formatter', () => {
  it('prints a flat array of all findings, file by file, valid against the schema', () => {
    const output = JSON.parse(json.format(loadResults(), formatContext())) as Array<{ file: string }>;
    expect(output.map((f) => f.file)).toEqual([...Array(6).fill('services/api/Dockerfile'), 'worker.Dockerfile', 'worker.Dockerfile', ...Array(4).fill('ci/build, test: 100%.Dockerfile')]);
    expect(validateFindings(output)).toBeUndefined();
  });

  it('prints exactly the documented fields, in order, whatever else a finding carries', () => {
    const [first] = loadResults();
    const extra = { ...first!, findings: [{ ...first!.findings[1]!, internal: true, fix: { ...first!.findings[1]!.fix!, note: 'x' } }] };
    const [finding] = JSON.parse(json.format([extra], formatContext())) as Array<Record<string, unknown>>;
    expect(Object.keys(finding!)).toEqual(['file', 'code', 'name', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'fix']);
    expect(Object.keys(finding!.fix as object)).toEqual(['description', 'safety', 'edits']);
  });

  it('prints related locations with exactly their documented fields, and none when a finding has none', () => {
    const [first] = loadResults();
    const related = { line: 4, column: 24, endLine: 4, endColumn: 28, message: '`curl` has no pinned version', internal: true };
    const extra = { ...first!, findings: [{ ...first!.findings[0]!, related: [related] }, first!.findings[1]!] };
    const [withRelated, without] = JSON.parse(json.format([extra], formatContext())) as Array<Record<string, unknown>>;
    expect(withRelated!.related).toEqual([{ line: 4, column: 24, endLine: 4, endColumn: 28, message: '`curl` has no pinned version' }]);
    expect(without).not.toHaveProperty('related');
    expect(validateFindings([withRelated, without])).toBeUndefined();
    expect(validateFindings([{ ...withRelated, related: [] }])).toBeDefined();
  });

  it('prints an empty array when nothing is found', () => {
    expect(json.format([], formatContext())).toBe('[]\n');
  });

  it('the schema rejects what it does not describe', () => {
    const [finding] = loadResults()[0]!.findings;
    expect(validateFindings([{ ...finding, extra: 1 }])).toContain('additionalProperties');
    expect(validateFindings([{ ...finding, severity: 'fatal' }])).toBeDefined();
    expect(validateFindings([{ ...finding, line: 0 }])).toBeDefined();
    const { message: _message, ...withoutMessage } = finding!;
    expect(validateFindings([withoutMessage])).toContain('message');
  });
});
