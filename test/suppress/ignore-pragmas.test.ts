import { beforeAll, describe, expect, it } from 'vitest';
import { initShellParser } from '../../src/model/shell/parser.js';
import { lintLines } from './support.js';

beforeAll(() => initShellParser());

describe.each(['dflint', 'hadolint'])('# %s ignore= above an instruction', (tool) => {
  const sudo = ['DL3004'];

  it('suppresses its codes on the instruction directly below, and nowhere else', async () => {
    expect(await lintLines(['FROM a:1', `# ${tool} ignore=DL3004`, 'RUN sudo x', 'RUN sudo y'], sudo)).toEqual(['DL3004@4:5']);
  });

  it('covers every line of a multi-line instruction', async () => {
    const lines = ['FROM a:1', `# ${tool} ignore=DL3004`, 'RUN apt-get update && \\', '    sudo make && \\', '    sudo make install', 'RUN sudo y'];
    expect(await lintLines(lines, sudo)).toEqual(['DL3004@6:5']);
  });

  it('covers a heredoc body', async () => {
    expect(await lintLines(['FROM a:1', `# ${tool} ignore=DL3004`, 'RUN <<EOF', 'sudo y', 'EOF'], sudo)).toEqual([]);
  });

  it('covers the trigger of an ONBUILD', async () => {
    expect(await lintLines(['FROM a:1', `# ${tool} ignore=DL3004`, 'ONBUILD RUN sudo x', 'ONBUILD RUN sudo y'], sudo)).toEqual(['DL3004@4:13']);
  });

  it('leaves codes it does not name', async () => {
    expect(await lintLines(['FROM a:1', `# ${tool} ignore=DL3015`, 'RUN sudo apt-get install -y curl'], ['DL3004', 'DL3015'])).toEqual(['DL3004@3:5']);
  });

  it('applies every stacked pragma, not only the last (hadolint #370)', async () => {
    const lines = ['FROM a:1', `# ${tool} ignore=DL3004`, `# ${tool} ignore=DL3015`, 'RUN sudo apt-get install -y curl'];
    expect(await lintLines(lines, ['DL3004', 'DL3015'])).toEqual([]);
  });

  it('still applies with ordinary comments between it and the instruction', async () => {
    expect(await lintLines(['FROM a:1', `# ${tool} ignore=DL3004`, '# build the thing', 'RUN sudo x'], sudo)).toEqual([]);
  });

  it('does not reach across a blank line, as in hadolint', async () => {
    expect(await lintLines(['FROM a:1', `# ${tool} ignore=DL3004`, '', 'RUN sudo x'], sudo)).toEqual(['DL3004@4:5']);
  });

  it('accepts a reason after `#` or ` -- `', async () => {
    expect(await lintLines(['FROM a:1', `# ${tool} ignore=DL3004 # the base image has no USER switch`, 'RUN sudo x'], sudo)).toEqual([]);
    expect(await lintLines(['FROM a:1', `# ${tool} ignore=DL3004 -- the base image has no USER switch`, 'RUN sudo x'], sudo)).toEqual([]);
  });

  it('is inert when free text follows the codes, as in hadolint', async () => {
    expect(await lintLines(['FROM a:1', `# ${tool} ignore=DL3004 because reasons`, 'RUN sudo x'], sudo)).toEqual(['DL3004@3:5']);
  });

  it('accepts rule names and BuildKit aliases in any case', async () => {
    expect(await lintLines(['FROM a:1', `# ${tool} ignore=no-sudo,jsonargsrecommended`, 'RUN sudo x', 'CMD foo'], ['DL3004', 'DL3025'])).toEqual(['DL3025@4:5']);
    expect(await lintLines(['FROM a:1', `# ${tool} ignore=dl3025`, 'CMD foo'], ['DL3025'])).toEqual([]);
  });

  it('keeps the codes it knows when another code is unknown (hadolint would drop the whole pragma)', async () => {
    expect(await lintLines(['FROM a:1', `# ${tool} ignore=DL9999,DL3004`, 'RUN sudo x'], sudo)).toEqual([]);
  });

  it('suppresses every rule with `*` (hadolint #280)', async () => {
    expect(await lintLines(['FROM a:1', `# ${tool} ignore=*`, 'RUN sudo apt-get install -y curl', 'RUN sudo y'], ['DL3004', 'DL3015', 'DF4001'])).toEqual(['DL3004@4:5']);
  });

  it('suppresses syntax findings by code, name or DL1000 (hadolint cannot: its parse aborts)', async () => {
    expect(await lintLines(['FROM a:1', `# ${tool} ignore=DL1000`, 'RUNN x', 'RUNN y'], ['DF1001'])).toEqual(['DF1001@4:1']);
    expect(await lintLines(['FROM a:1', `# ${tool} ignore=unknown-instruction`, 'RUNN x'], ['DF1001'])).toEqual([]);
    expect(await lintLines(['FROM a:1', `# ${tool} ignore=NoEmptyContinuation`, 'RUN a \\', '', '  b'], ['DF1007'])).toEqual([]);
  });

  it('covers the FROM line when placed above a FROM', async () => {
    expect(await lintLines([`# ${tool} ignore=DL3006`, 'FROM ubuntu', 'FROM debian'], ['DL3006'])).toEqual(['DL3006@3:6']);
  });
});

describe('a pragma comment inside a line continuation', () => {
  it('covers the next line of the instruction only', async () => {
    const lines = ['FROM a:1', 'RUN sudo a && \\', '    # dflint ignore=DL3004', '    sudo b && \\', '    sudo c'];
    expect(await lintLines(lines, ['DL3004'])).toEqual(['DL3004@2:5', 'DL3004@5:5']);
  });

  it('skips further comment lines to reach the next line of text', async () => {
    const lines = ['FROM a:1', 'RUN true && \\', '    # hadolint ignore=DL3004', '    # install', '    sudo b'];
    expect(await lintLines(lines, ['DL3004'])).toEqual([]);
  });

  it('covers nothing when no line of the instruction follows', async () => {
    expect(await lintLines(['FROM a:1', 'RUN sudo a \\', '    # dflint ignore=DL3004'], ['DL3004'])).toEqual(['DL3004@2:5']);
  });
});

describe('a pragma-like line inside a heredoc body', () => {
  it('is script text, not a Dockerfile comment, so it suppresses nothing', async () => {
    expect(await lintLines(['FROM a:1', 'RUN <<EOF', '# dflint ignore=DL3004', 'sudo y', 'EOF'], ['DL3004'])).toEqual(['DL3004@4:1']);
  });
});

describe.each(['dflint', 'hadolint'])('# %s global ignore=', (tool) => {
  it('suppresses its codes in the whole file, wherever it is', async () => {
    const lines = ['FROM ubuntu', 'RUN sudo x', 'FROM debian AS b', 'RUN sudo y', `# ${tool} global ignore=DL3004,DL3006`];
    expect(await lintLines(lines, ['DL3004', 'DL3006', 'DL3025'])).toEqual([]);
  });

  it('leaves the codes it does not name', async () => {
    expect(await lintLines([`# ${tool} global ignore=DL3004`, 'FROM ubuntu', 'RUN sudo x'], ['DL3004', 'DL3006'])).toEqual(['DL3006@2:6']);
  });

  it('applies several global pragmas together', async () => {
    const lines = [`# ${tool} global ignore=DL3004`, 'FROM ubuntu', `# ${tool} global ignore=DL3006`, 'RUN sudo x'];
    expect(await lintLines(lines, ['DL3004', 'DL3006'])).toEqual([]);
  });
});

describe.each(['dflint', 'hadolint'])('# %s ignore-file', (tool) => {
  it('suppresses every rule in the file, syntax errors included', async () => {
    const lines = ['FROM ubuntu', 'RUN sudo x', 'RUNN {{ template }}', `# ${tool} ignore-file -- generated from a template`];
    expect(await lintLines(lines, ['DL3004', 'DL3006', 'DF1001', 'DF5001'])).toEqual([]);
  });
});

describe.each(['dflint', 'hadolint'])('# %s stage ignore=', (tool) => {
  const lines = (pragmaAt: number, pragma = `# ${tool} stage ignore=DL3004,DL3006`) => {
    const file = ['FROM ubuntu', 'RUN sudo a', 'FROM debian AS b', 'RUN sudo b', 'RUN sudo c', 'FROM alpine', 'RUN sudo d'];
    file.splice(pragmaAt, 0, pragma);
    return file;
  };
  const codes = ['DL3004', 'DL3006'];

  it('above a FROM, covers that stage, FROM line included (hadolint leaves the FROM line out)', async () => {
    expect(await lintLines(lines(2), codes)).toEqual(['DL3006@1:6', 'DL3004@2:5', 'DL3006@7:6', 'DL3004@8:5']);
  });

  it('above a FROM with blank lines between, still covers that stage', async () => {
    const file = ['FROM ubuntu', 'RUN sudo a', `# ${tool} stage ignore=DL3004,DL3006`, '', 'FROM debian', 'RUN sudo b', 'FROM alpine', 'RUN sudo d'];
    expect(await lintLines(file, codes)).toEqual(['DL3006@1:6', 'DL3004@2:5', 'DL3006@7:6', 'DL3004@8:5']);
  });

  it('inside a stage, covers the rest of the stage, the very next line included', async () => {
    expect(await lintLines(lines(4), codes)).toEqual(['DL3006@1:6', 'DL3004@2:5', 'DL3006@3:6', 'DL3004@4:5', 'DL3006@7:6', 'DL3004@8:5']);
  });

  it('above the first FROM, covers the first stage', async () => {
    expect(await lintLines(lines(0), codes)).toEqual(['DL3006@4:6', 'DL3004@5:5', 'DL3004@6:5', 'DL3006@7:6', 'DL3004@8:5']);
  });

  it('above the global ARGs, covers the first stage', async () => {
    const file = [`# ${tool} stage ignore=DL3004,DL3006`, 'ARG V=1', 'FROM ubuntu', 'RUN sudo a', 'FROM debian', 'RUN sudo b'];
    expect(await lintLines(file, codes)).toEqual(['DL3006@5:6', 'DL3004@6:5']);
  });
});

describe('ignore pragmas together', () => {
  it('adds up instruction, stage and file pragmas', async () => {
    const lines = [
      '# hadolint global ignore=DL3006',
      'FROM ubuntu',
      '# dflint stage ignore=DL3015',
      'RUN sudo apt-get install -y curl',
      '# hadolint ignore=DL3004',
      'RUN sudo apt-get install -y git',
    ];
    expect(await lintLines(lines, ['DL3004', 'DL3006', 'DL3015'])).toEqual(['DL3004@4:5']);
  });
});
