import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import { initShellParser } from '../../src/model/shell/parser.js';

beforeAll(() => initShellParser());

/** The text of the last top-level statement of the file's RUN, and whether it runs in the background. */
function last(text: string): [string, boolean] | undefined {
  const model = buildModel(text);
  const statement = model.instructions.find((i) => i.kind === 'RUN')!.shell!.lastStatement;
  return statement && [model.textOf(statement.range), statement.background];
}

describe('the last statement of a RUN script', () => {
  it('is the whole list, without a trailing `;` or comment', () => {
    expect(last('FROM a\nRUN a; b && c || d; # note')).toEqual(['b && c || d', false]);
  });

  it('spans continued lines, and a compound command whole', () => {
    expect(last('FROM a\nRUN a \\\n    && b')).toEqual(['a \\\n    && b', false]);
    expect(last('FROM a\nRUN if x; then y; fi;')).toEqual(['if x; then y; fi', false]);
  });

  it('knows a statement sent to the background', () => {
    expect(last('FROM a\nRUN a && b &')).toEqual(['a && b', true]);
  });

  it('leaves out the comments at the end of a heredoc script', () => {
    expect(last('FROM a\nRUN <<EOF\nset -e\napt-get update\n# done\nEOF')).toEqual(['apt-get update', false]);
  });

  it('is undefined for exec form', () => {
    expect(last('FROM a\nRUN ["a", "b"]')).toBeUndefined();
  });
});
