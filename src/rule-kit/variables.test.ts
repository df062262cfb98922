import { describe, expect, it } from 'vitest';
import { buildModel } from '../model/build.js';
import { literalParts, resolvedArguments, variableReferences } from './variables.js';

describe('resolvedArguments', () => {
  it.each([
    ['ARG DIR=/srv\nWORKDIR $DIR/app ', '/srv/app'],
    ['ENV U=app\nUSER ${U}:staff', 'app:staff'],
    ['ARG DIR\nWORKDIR $DIR/app', undefined],
    ['WORKDIR ${NOPE:-/tmp}', undefined],
  ])('%j: %j', (text, expected) => {
    const model = buildModel(`FROM x\n${text}`);
    expect(resolvedArguments(model, model.instructions[model.instructions.length - 1]!)).toBe(expected);
  });
});

describe('variableReferences', () => {
  it('finds both forms with their places', () => {
    expect(variableReferences('a-${B:-x}/$C_1.$')).toEqual([
      { name: 'B', start: 2, end: 9 },
      { name: 'C_1', start: 10, end: 14 },
    ]);
  });
});

describe('literalParts', () => {
  it.each([
    ['base-${VARIANT}', ['base-', '']],
    ['$A-$B', ['', '-', '']],
    ['plain', ['plain']],
  ])('%s', (text, parts) => expect(literalParts(text)).toEqual(parts));
});
