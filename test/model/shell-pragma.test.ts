import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import { shellPragmaOf } from '../../src/model/shell-pragmas.js';
import { initShellParser } from '../../src/model/shell/parser.js';
import type { Model } from '../../src/model/types.js';

beforeAll(() => initShellParser());

const runs = (model: Model) => model.instructions.filter((i) => i.kind === 'RUN');
/** The shell program and whether a POSIX script was parsed, for each RUN in order. */
const shells = (text: string, options = {}) => {
  const model = buildModel(text, options);
  return runs(model).map((run) => `${model.shellAt(run).argv[0]}${run.shell ? '' : ' (unparsed)'}`);
};

describe('shell pragma grammar', () => {
  it.each([
    [' hadolint shell=powershell', 'powershell'],
    [' hadolint shell = powershell.exe', 'powershell.exe'],
    ['hadolint\tshell=bash', 'bash'],
    [' dflint shell=pwsh', 'pwsh'],
    [' hadolint shell=/bin/bash # needed for arrays', '/bin/bash'],
    [' dflint shell=cmd -- Windows base image', 'cmd'],
  ])('reads %j', (text, shell) => {
    expect(shellPragmaOf(text)).toBe(shell);
  });

  it.each([
    ' hadolint shell=bash and more words',
    ' Hadolint shell=bash',
    ' hadolint ignore=DL3006',
    ' shell=bash',
    ' hadolintshell=bash',
    ' hadolint shell=',
  ])('ignores %j', (text) => {
    expect(shellPragmaOf(text)).toBeUndefined();
  });
});

describe('shell pragma in the model', () => {
  it('sets the default of every stage when it comes before the first FROM', () => {
    const text = '# hadolint shell=powershell\nFROM windows AS a\nRUN Get-Item x\nFROM windows\nRUN Get-Item y';
    expect(shells(text)).toEqual(['powershell (unparsed)', 'powershell (unparsed)']);
  });

  it('wins over the configured default shell', () => {
    expect(shells('# dflint shell=bash\nFROM a\nRUN echo', { defaultShell: ['pwsh', '-Command'] })).toEqual(['bash']);
  });

  it('counts as a default even above a global ARG', () => {
    expect(shells('# hadolint shell=pwsh\nARG V=1\nFROM a:$V\nRUN x')).toEqual(['pwsh (unparsed)']);
  });

  it('applies from its place to the rest of the stage only', () => {
    const text = 'FROM a\nRUN echo one\n# hadolint shell=powershell\nRUN Get-Item x\nRUN Get-Item y\nFROM b\nRUN echo two';
    expect(shells(text)).toEqual(['/bin/sh', 'powershell (unparsed)', 'powershell (unparsed)', '/bin/sh']);
  });

  it('directly above a later FROM, applies to that stage', () => {
    const text = 'FROM a\nRUN echo one\n\n# hadolint shell=cmd\n\nFROM b\nRUN dir\nFROM c\nRUN echo three';
    expect(shells(text)).toEqual(['/bin/sh', 'cmd (unparsed)', '/bin/sh']);
  });

  it('is inherited by stages built on the stage, as a SHELL is', () => {
    const text = 'FROM a AS base\n# dflint shell=powershell\nRUN Get-Item x\nFROM base\nRUN Get-Item y';
    expect(shells(text)).toEqual(['powershell (unparsed)', 'powershell (unparsed)']);
  });

  it('is replaced by a later SHELL, and replaces an earlier one', () => {
    const text = 'FROM a\nSHELL ["pwsh", "-Command"]\n# hadolint shell=bash\nRUN echo a\nSHELL ["cmd", "/S", "/C"]\nRUN dir';
    expect(shells(text)).toEqual(['bash', 'cmd (unparsed)']);
  });

  it('picks the POSIX dialect of the named shell', () => {
    const model = buildModel('FROM a\n# dflint shell=/bin/bash\nRUN echo $((1+1))');
    expect(model.shellAt(runs(model)[0]!).dialect).toBe('bash');
    expect(model.shellAt(runs(model)[0]!).instruction).toBeUndefined();
  });

  it('inside a RUN continuation, applies from the next instruction', () => {
    const text = 'FROM a\nRUN echo a && \\\n  # hadolint shell=powershell\n  echo b\nRUN Get-Item x';
    expect(shells(text)).toEqual(['/bin/sh', 'powershell (unparsed)']);
  });

  it('gives ONBUILD triggers the shell of their ONBUILD', () => {
    const model = buildModel('FROM a\n# hadolint shell=powershell\nONBUILD RUN Get-Item x');
    const onbuild = model.instructions[1]!;
    expect(onbuild.trigger!.shell).toBeUndefined();
    expect(model.shellAt(onbuild.trigger!).argv).toEqual(['powershell']);
  });

  it('ignores comments that only mention a shell', () => {
    expect(shells('FROM a\n# the hadolint shell=bash pragma is not used here\nRUN echo')).toEqual(['/bin/sh']);
  });
});
