import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import { initShellParser } from '../../src/model/shell/parser.js';

beforeAll(() => initShellParser());

describe('variable scopes instruction after instruction', () => {
  it('each instruction sees the bindings made before it, however many there are', () => {
    const lines = ['ARG G=global', 'FROM alpine AS base'];
    for (let i = 0; i < 3000; i++) lines.push(i % 2 === 0 ? `ARG A${i % 10}=${i}` : `ENV E=$A${(i - 1) % 10}-${i}`);
    lines.push('ARG G', 'RUN echo', 'FROM base', 'RUN echo');
    const model = buildModel(lines.join('\n'));
    const at = (line: number) => model.instructions.find((i) => i.range.start.line === line)!;
    expect(model.variables.lookup('A0', at(2))).toBeUndefined();
    expect(model.variables.lookup('A0', at(3))?.value).toBe('0');
    expect(model.variables.lookup('E', at(4))?.value).toBe('0-1');
    expect(model.variables.lookup('A0', at(23))?.value).toBe('20');
    expect(model.variables.lookup('E', at(24))?.value).toBe('20-21');
    const lastRun = at(3003);
    expect(model.variables.lookup('E', lastRun)?.value).toBe('2998-2999');
    expect(model.variables.lookup('G', lastRun)?.value).toBe('global');
    // In the order of first declaration, as a copied Map kept them.
    expect([...model.variables.scope(lastRun).keys()].filter((name) => /^[AEG]/.test(name))).toEqual(['A0', 'E', 'A2', 'A4', 'A6', 'A8', 'G']);
    // ENV and ARG are both inherited by `FROM base`.
    const child = at(3005);
    expect(model.variables.lookup('E', child)?.value).toBe('2998-2999');
    expect(model.variables.lookup('A0', child)?.value).toBe('2990');
  });
});
