import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../model/build.js';
import { initShellParser } from '../model/shell/parser.js';
import { commandsOf } from './commands.js';
import { describeOperand, packageOperands, withoutOptions } from './pinning.js';

/** The texts the arguments of `install` stand for, in a Dockerfile whose last instruction is the RUN. */
function operands(dockerfile: string): string[] {
  const model = buildModel(dockerfile);
  const run = model.instructions.at(-1)!;
  const command = commandsOf(run).find((c) => c.name === 'install')!;
  return withoutOptions(packageOperands(model, run, command.args)).map((o) => o.text);
}

describe('packageOperands', () => {
  beforeAll(() => initShellParser());

  it.each([
    ['literal words', 'FROM x\nRUN install a b=1', ['a', 'b=1']],
    ['unquoted ARG split into words', 'FROM x\nARG P="a b"\nRUN install $P', ['a', 'b']],
    ['quoted ARG kept as one word', 'FROM x\nARG P="a b"\nRUN install "$P"', ['a b']],
    ['braces and literal text', 'FROM x\nENV V=1.2\nRUN install a=${V}', ['a=1.2']],
    ['global ARG redeclared', 'ARG P=a\nFROM x\nARG P\nRUN install $P', ['a']],
    ['ARG without default', 'FROM x\nARG P\nRUN install $P c', ['c']],
    ['command substitution', 'FROM x\nRUN install $(cat list) c', ['c']],
    ['default operator', 'FROM x\nARG P=a\nRUN install ${P:-b} c', ['c']],
    ['options inside a variable dropped', 'FROM x\nARG P="-y a"\nRUN install $P', ['a']],
    ['script assignment wins over ARG', "FROM x\nARG P=a\nRUN P='b c' && install $P", ['b', 'c']],
    ['script assignment across continuations', 'FROM x\nRUN P=" \\\n  b \\\n  c" \\\n && install $P', ['b', 'c']],
    ['exported assignment', 'FROM x\nRUN export P=b; install $P', ['b']],
    ['two different script values', 'FROM x\nRUN if t; then P=a; else P=b; fi; install $P', []],
    ['script value that expands', 'FROM x\nRUN P="$(ls)"; install $P', []],
    ['loop variable', 'FROM x\nARG p=a\nRUN for p in b c; do install $p; done', []],
    ['read variable', 'FROM x\nARG p=a\nRUN read p < f; install $p', []],
  ])('%s', (_name, dockerfile, expected) => {
    expect(operands(dockerfile)).toEqual(expected);
  });

  it('names the variable an expanded package came from', () => {
    const model = buildModel('FROM x\nARG P="a b"\nRUN install $P');
    const run = model.instructions.at(-1)!;
    const [first] = packageOperands(model, run, commandsOf(run)[0]!.args);
    expect(describeOperand(first!)).toBe('`a` (from `$P`)');
    expect(first!.word.raw).toBe('$P');
  });
});
