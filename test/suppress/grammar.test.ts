import { describe, expect, it } from 'vitest';
import { parseCheckComment, parseCheckValue } from '../../src/suppress/parse-check.js';
import { parseIgnorePragma } from '../../src/suppress/parse-ignore-pragma.js';

/** Parses a comment's text and shows codes with their spans, or the malformed message. */
function ignore(text: string) {
  const parsed = parseIgnorePragma(text);
  if (!parsed) return undefined;
  if ('malformed' in parsed) return { malformed: text.slice(parsed.start, parsed.end), message: parsed.malformed };
  return {
    tool: parsed.tool,
    scope: parsed.scope,
    codes: parsed.codes.map((c) => `${c.text}@${c.start}`),
    span: text.slice(parsed.span.start, parsed.span.end),
    reason: parsed.reason,
    ignoreFile: parsed.ignoreFile,
  };
}

describe('dflint and hadolint ignore pragmas', () => {
  it.each([
    [' hadolint ignore=DL3006', 'hadolint', 'instruction', ['DL3006@17']],
    [' hadolint ignore=DL3006,SC2086', 'hadolint', 'instruction', ['DL3006@17', 'SC2086@24']],
    [' hadolint ignore = DL3006 , DL3008', 'hadolint', 'instruction', ['DL3006@19', 'DL3008@28']],
    ['hadolint\tignore=DL3006', 'hadolint', 'instruction', ['DL3006@16']],
    [' hadolint global ignore=DL3003', 'hadolint', 'file', ['DL3003@24']],
    [' hadolint stage ignore=DL3003,DL3004', 'hadolint', 'stage', ['DL3003@23', 'DL3004@30']],
    [' dflint ignore=no-sudo,JSONArgsRecommended', 'dflint', 'instruction', ['no-sudo@15', 'JSONArgsRecommended@23']],
    [' dflint ignore=*', 'dflint', 'instruction', ['*@15']],
    [' dflint global ignore=dl3006', 'dflint', 'file', ['dl3006@22']],
    [' dflint stage ignore=DL3059', 'dflint', 'stage', ['DL3059@21']],
  ])('reads %j', (text, tool, scope, codes) => {
    expect(ignore(text)).toMatchObject({ tool, scope, codes, reason: undefined, ignoreFile: false });
  });

  it('reads `ignore-file` as one code standing for every rule', () => {
    expect(ignore(' dflint ignore-file')).toEqual({ tool: 'dflint', scope: 'file', codes: ['ignore-file@8'], span: 'dflint ignore-file', reason: undefined, ignoreFile: true });
    expect(ignore(' dflint ignore-file -- generated from a template')).toMatchObject({ reason: 'generated from a template' });
  });

  it.each([
    [' hadolint ignore=DL3006 # pinned upstream', 'pinned upstream'],
    [' hadolint ignore=DL3006# pinned upstream', 'pinned upstream'],
    [' hadolint ignore=DL3006  #', undefined],
    [' dflint ignore=DL3006 -- pinned upstream', 'pinned upstream'],
    [' dflint ignore=DL3006,DL3007 --   pinned upstream  ', 'pinned upstream'],
    [' dflint ignore=DL3006 --', undefined],
  ])('reads the reason of %j', (text, reason) => {
    expect(ignore(text)).toMatchObject({ reason });
  });

  it('spans the pragma from the tool name to the last code', () => {
    expect(ignore('   dflint ignore=DL3006, DL3007 -- why')!.span).toBe('dflint ignore=DL3006, DL3007');
  });

  it.each([
    ' just a comment',
    ' hadolint is slow here',
    ' Hadolint ignore=DL3006',
    ' DFLINT ignore=DL3006',
    ' hadolint shell=powershell',
    ' see the hadolint ignore=DL3006 docs',
    ' dflint ignore-files',
    ' dflintignore=DL3006',
  ])('does not read %j as an ignore pragma', (text) => {
    expect(ignore(text)).toBeUndefined();
  });

  it.each([
    [' hadolint ignore=DL3006 because it is pinned', 'because it is pinned', /Unexpected text after the pragma/],
    [' dflint ignore=DL3006 DL3007', 'DL3007', /Unexpected text/],
    [' dflint ignore DL3006', 'dflint ignore DL3006', /Expected `=`/],
    [' dflint ignore=', '=', /Expected a rule code/],
    [' dflint ignore=DL3006,', ',', /Expected a rule code/],
    [' hadolint global DL3006', 'hadolint global DL3006', /Expected `ignore=` after `global`/],
    [' dflint stage', 'dflint stage', /Expected `ignore=` after `stage`/],
    [' dflint ignore-file=DL3006', '=DL3006', /`ignore-file` takes no codes/],
  ])('reports %j as malformed at %j', (text, at, message) => {
    const result = ignore(text)!;
    expect(result).toMatchObject({ malformed: at });
    expect((result as { message: string }).message).toMatch(message);
  });
});

describe('BuildKit check options', () => {
  const names = (text: string) => {
    const parsed = parseCheckComment(text);
    if (!parsed || 'malformed' in parsed) return parsed;
    return { skip: parsed.skip.map((s) => `${s.text}@${s.start}`), skipAll: parsed.skipAll, reason: parsed.reason, other: parsed.hasOtherOptions };
  };

  it.each([
    [' check=skip=JSONArgsRecommended', ['JSONArgsRecommended@12'], false],
    [' check=skip=JSONArgsRecommended,DuplicateStageName', ['JSONArgsRecommended@12', 'DuplicateStageName@32'], false],
    [' check = skip=StageNameCasing', ['StageNameCasing@14'], false],
    [' CHECK=skip=StageNameCasing', ['StageNameCasing@12'], false],
    [' check=skip=all', ['all@12'], true],
    ['check=skip=A,,B,', ['A@11', 'B@14'], false],
  ])('reads %j', (text, skip, skipAll) => {
    expect(names(text)).toMatchObject({ skip, skipAll, other: false });
  });

  it('cuts the value at its first space, as BuildKit does, keeping the rest as a reason', () => {
    expect(names(' check=skip=SecretsUsedInArgOrEnv // the token is public')).toMatchObject({ skip: ['SecretsUsedInArgOrEnv@12'], reason: '// the token is public' });
    expect(names(' check=skip=JSONArgsRecommended, DuplicateStageName')).toMatchObject({ skip: ['JSONArgsRecommended@12'] });
  });

  it('accepts error= and experimental= beside skip=', () => {
    expect(names(' check=error=true;skip=JSONArgsRecommended')).toMatchObject({ skip: ['JSONArgsRecommended@23'], other: true });
    expect(names(' check=skip=A;experimental=all;error=false')).toMatchObject({ skip: ['A@12'], other: true });
  });

  it('skips nothing without skip=', () => {
    expect(names(' check=error=true')).toMatchObject({ skip: [], other: true });
    expect(names(' check=experimental=InvalidDefinitionDescription')).toMatchObject({ skip: [], other: true });
    expect(names(' syntax=docker/dockerfile:1')).toBeUndefined();
    expect(names(' a comment about check=skip=X')).toBeUndefined();
  });

  it.each([
    [' check=skip', /Invalid check option `skip`/],
    [' check=skip=A;ignore=B', /Invalid check option `ignore`/],
    [' check=error=maybe;skip=A', /`error` takes `true` or `false`/],
  ])('reports %j as malformed', (text, message) => {
    const parsed = parseCheckComment(text);
    expect(parsed && 'malformed' in parsed ? parsed.malformed : undefined).toMatch(message);
  });

  it('keeps positions relative to the value offset (directives)', () => {
    const parsed = parseCheckValue('skip=A,B', 8);
    expect(parsed && !('malformed' in parsed) ? parsed.skip.map((s) => s.start) : []).toEqual([13, 15]);
  });
});
