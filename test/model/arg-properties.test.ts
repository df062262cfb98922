import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import { initShellParser } from '../../src/model/shell/parser.js';

beforeAll(() => initShellParser());

describe('ARG items', () => {
  it('space-separated names are separate ARGs, as BuildKit reads them (no legacy `ARG NAME value`)', () => {
    const model = buildModel('FROM debian:12\nARG A B\nRUN echo');
    const arg = model.instructions[1]!;
    expect(arg.properties.map((p) => [p.name, p.value, p.nameRange.start.character])).toEqual([['A', null, 4], ['B', null, 6]]);
    expect(model.variables.lookup('A', model.instructions[2]!)?.value).toBeNull();
    expect(model.variables.lookup('B', model.instructions[2]!)).toBeDefined();
  });

  it('keeps values of `NAME=value` items beside bare names', () => {
    const model = buildModel('FROM debian:12\nARG X=1 Y');
    expect(model.instructions[1]!.properties.map((p) => [p.name, p.value])).toEqual([['X', '1'], ['Y', null]]);
  });

  it('ENV keeps the legacy form', () => {
    const model = buildModel('FROM debian:12\nENV A b c');
    expect(model.instructions[1]!.properties.map((p) => [p.name, p.value, p.legacy])).toEqual([['A', 'b c', true]]);
  });
});
