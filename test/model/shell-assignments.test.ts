import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import { initShellParser } from '../../src/model/shell/parser.js';
import type { ShellScript } from '../../src/model/shell/types.js';

beforeAll(() => initShellParser());

const script = (text: string): ShellScript => buildModel(text).instructions.find((i) => i.kind === 'RUN')!.shell!;
const summary = (s: ShellScript) => s.assignments.map((a) => `${a.name}=${a.value?.raw ?? ''}@${a.before}`);

describe('shell assignments of a RUN script', () => {
  it('lists bare assignments with the command they precede', () => {
    const s = script('FROM a\nRUN PKGS="a b" && PKGS="$PKGS c" && yum install -y $PKGS');
    expect(summary(s)).toEqual(['PKGS="a b"@0', 'PKGS="$PKGS c"@0']);
    expect(s.commands.map((c) => c.name)).toEqual(['yum']);
  });

  it('lists several assignments on one line and assignments after the last command', () => {
    expect(summary(script('FROM a\nRUN true; A=1 B=2; C='))).toEqual(['A=1@1', 'B=2@1', 'C=@1']);
  });

  it('lists the assignments of export, local and readonly, after their command', () => {
    const s = script('FROM a\nRUN export A=1 B && readonly C=x && echo');
    expect(summary(s)).toEqual(['A=1@1', 'C=x@2']);
  });

  it('does not list the prefix assignments of a command, which hold for that command only', () => {
    const s = script('FROM a\nRUN DEBIAN_FRONTEND=noninteractive apt-get install -y x');
    expect(s.assignments).toEqual([]);
    expect(s.commands[0]!.assignments.map((w) => w.raw)).toEqual(['DEBIAN_FRONTEND=noninteractive']);
  });

  it('marks assignments in subshells and conditions', () => {
    const s = script('FROM a\nRUN (A=1) && true || B=2');
    expect(s.assignments.map((a) => [a.name, a.inSubshell, a.conditional])).toEqual([['A', true, false], ['B', false, true]]);
  });

  it('maps assignments to their place in the Dockerfile', () => {
    const model = buildModel('FROM a\nRUN true && \\\n    PKGS="a b"');
    const [a] = model.instructions[1]!.shell!.assignments;
    expect(model.textOf(a!.range)).toBe('PKGS="a b"');
    expect(model.textOf(a!.value!.range)).toBe('"a b"');
  });

  it('lists the assignments of an exec-form sh -c script', () => {
    expect(summary(script('FROM a\nRUN ["sh", "-c", "Q=1 && yum install $Q"]'))).toEqual(['Q=1@1']);
  });
});
