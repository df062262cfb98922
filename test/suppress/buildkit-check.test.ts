import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initShellParser } from '../../src/model/shell/parser.js';
import { contextWith, lintLines } from './support.js';

beforeAll(() => initShellParser());

const cmds = ['FROM a:1', 'CMD foo', 'FROM a:1', 'CMD bar'];

describe('the # check=skip= directive', () => {
  it('skips the named BuildKit checks in the whole file', async () => {
    expect(await lintLines(['# check=skip=JSONArgsRecommended', ...cmds], ['DL3025'])).toEqual([]);
  });

  it('follows a syntax directive', async () => {
    expect(await lintLines(['# syntax=docker/dockerfile:1', '# check=skip=JSONArgsRecommended', ...cmds], ['DL3025'])).toEqual([]);
  });

  it('skips several checks, with error= and experimental= beside', async () => {
    const lines = ['# check=error=true;skip=JSONArgsRecommended,DuplicateStageName;experimental=all', 'FROM a:1 AS x', 'CMD foo', 'FROM a:1 AS x'];
    expect(await lintLines(lines, ['DL3025', 'DL3024'])).toEqual([]);
  });

  it('with skip=all, skips every BuildKit-aliased rule and nothing else', async () => {
    const lines = ['# check=skip=all', 'FROM a:1 AS x', 'RUN sudo x', 'CMD foo', 'CMD bar', 'FROM a:1 AS x', 'RUN a \\', '', '  b'];
    expect(await lintLines(lines, ['DL3024', 'DL3025', 'DL4003', 'DF1007', 'DL3004'])).toEqual(['DL3004@3:5']);
  });

  it('matches names case-sensitively, as BuildKit does', async () => {
    expect(await lintLines(['# check=skip=jsonargsrecommended', ...cmds], ['DL3025'])).toEqual(['DL3025@3:5', 'DL3025@5:5']);
  });

  it('does not accept dflint codes or names', async () => {
    expect(await lintLines(['# check=skip=DL3025,prefer-exec-form', ...cmds], ['DL3025'])).toEqual(['DL3025@3:5', 'DL3025@5:5']);
  });

  it('reads the value up to its first space, as BuildKit does', async () => {
    const lines = ['# check=skip=JSONArgsRecommended, DuplicateStageName', 'FROM a:1 AS x', 'CMD foo', 'FROM a:1 AS x'];
    expect(await lintLines(lines, ['DL3025', 'DL3024'])).toEqual(['DL3024@4:13']);
  });

  it('skips NoEmptyContinuation and MultipleInstructionsDisallowed (both DL4003 and DL4004)', async () => {
    const lines = ['# check=skip=NoEmptyContinuation,MultipleInstructionsDisallowed', 'FROM a:1', 'RUN a \\', '', '  b', 'CMD ["a"]', 'CMD ["b"]', 'ENTRYPOINT ["a"]', 'ENTRYPOINT ["b"]'];
    expect(await lintLines(lines, ['DF1007', 'DL4003', 'DL4004'])).toEqual([]);
  });

  it('skips CopyIgnoredFile, which needs the build context', async () => {
    const dir = contextWith({ '.dockerignore': 'secrets/\n' });
    const options = { filename: join(dir, 'Dockerfile'), context: true };
    const lines = ['FROM a:1', 'COPY secrets/key /key'];
    expect(await lintLines(lines, ['DF3004'], options)).toEqual(['DF3004@2:6']);
    expect(await lintLines(['# check=skip=CopyIgnoredFile', ...lines], ['DF3004'], options)).toEqual([]);
  });

  it('is an ordinary comment below the first lines, so it skips only for the instruction below', async () => {
    const lines = ['FROM a:1', '# check=skip=JSONArgsRecommended', 'CMD foo', 'CMD bar'];
    expect(await lintLines(lines, ['DL3025'])).toEqual(['DL3025@4:5']);
  });

  it('does nothing when its options are invalid (BuildKit fails the build)', async () => {
    expect(await lintLines(['# check=skip=JSONArgsRecommended;fail=true', ...cmds], ['DL3025'])).toEqual(['DL3025@3:5', 'DL3025@5:5']);
  });
});

describe('a # check=skip= comment above an instruction', () => {
  it('skips the checks for that instruction only', async () => {
    expect(await lintLines(['FROM a:1', '# check=skip=JSONArgsRecommended', 'CMD foo', 'ENTRYPOINT bar'], ['DL3025'])).toEqual(['DL3025@4:12']);
  });

  it('ignores the text after the first space', async () => {
    expect(await lintLines(['FROM a:1', '# check=skip=JSONArgsRecommended // signals are handled by tini', 'CMD foo'], ['DL3025'])).toEqual([]);
  });

  it('reaches across blank lines and other comments, as BuildKit collects every comment since the last instruction', async () => {
    expect(await lintLines(['FROM a:1', '# check=skip=JSONArgsRecommended', '', '# run it', '', 'CMD foo'], ['DL3025'])).toEqual([]);
  });

  it('is cut off by a bare `#` line, which clears BuildKit\'s comment list', async () => {
    expect(await lintLines(['FROM a:1', '# check=skip=JSONArgsRecommended', '#', 'CMD foo'], ['DL3025'])).toEqual(['DL3025@4:5']);
  });

  it('does not reach other rules, even with skip=all', async () => {
    expect(await lintLines(['FROM a:1', '# check=skip=all', 'RUN sudo x', 'CMD foo'], ['DL3004', 'DL3025'])).toEqual(['DL3004@3:5', 'DL3025@4:5']);
    expect(await lintLines(['FROM a:1', '# check=skip=all', 'CMD foo'], ['DL3025'])).toEqual([]);
  });

  it('above the later instruction, skips MultipleInstructionsDisallowed, where dflint reports it', async () => {
    expect(await lintLines(['FROM a:1', 'CMD ["a"]', '# check=skip=MultipleInstructionsDisallowed', 'CMD ["b"]'], ['DL4003'])).toEqual([]);
  });

  it('above a FROM, skips DuplicateStageName there', async () => {
    expect(await lintLines(['FROM a:1 AS x', 'RUN true', '# check=skip=DuplicateStageName', 'FROM a:1 AS x'], ['DL3024'])).toEqual([]);
  });
});
