import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { buildModel } from '../../src/model/build.js';
import { initShellParser } from '../../src/model/shell/parser.js';

beforeAll(() => initShellParser());

const DEPTH = 5000;
const deep = (open: string, inner: string, close: string) => `${open.repeat(DEPTH)}${inner}${close.repeat(DEPTH)}`;

/** Scripts nested thousands of levels deep, as a generated or hostile Dockerfile may hold. */
const NESTED: ReadonlyArray<readonly [string, string]> = [
  ['command substitutions', `RUN echo ${deep('$(', 'apt-get install curl', ')')}`],
  ['quoted command substitutions', `RUN echo ${deep('"$(echo ', 'x', ')"')}`],
  ['brace groups', `RUN ${deep('{ ', 'true; ', '}; ')}`],
  ['subshells', `RUN ${deep('( ', 'true', ' )')}`],
  ['if statements', `RUN ${deep('if true; then ', 'true; ', 'fi; ')}`],
  ['parameter defaults', `RUN echo ${deep('${a:-', 'x', '}')}`],
  ['Dockerfile variable defaults', `ENV B=${deep('${a:-', 'x', '}')}`],
  ['a heredoc script', `RUN <<EOF\necho ${deep('$(', 'x', ')')}\nEOF`],
];

describe('deeply nested input', () => {
  it.each(NESTED)('lints %s 5,000 deep without overflowing the stack, and the rest of the file', async (_, instruction) => {
    const findings = await lint(`FROM alpine:3.20\n${instruction}\nWORKDIR app\n`);
    expect(findings.filter((f) => f.code === 'DL3000' || f.code === 'DF0001').map((f) => `${f.code} ${f.message}`)).toEqual([
      'DL3000 Use an absolute path in `WORKDIR`: `app` is relative to the working directory before it',
    ]);
  });

  it('lists the innermost command of 5,000 nested substitutions, inside the substitutions', () => {
    const model = buildModel(`FROM alpine:3.20\nRUN echo ${deep('$(', 'apt-get install curl', ')')}\n`);
    const commands = model.instructions[1]!.shell!.commands;
    // `echo`, then each level's command, whose name is the next substitution.
    expect(commands).toHaveLength(DEPTH + 1);
    expect(commands[DEPTH]).toMatchObject({ name: 'apt-get', inSubstitution: true, args: [{ value: 'install' }, { value: 'curl' }] });
  });
});
