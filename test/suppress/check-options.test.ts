import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { initShellParser } from '../../src/model/shell/parser.js';
import { CheckOptionsError, checkOptionsProblem } from '../../src/suppress/check-options.js';
import { parseCheckValue } from '../../src/suppress/parse-check.js';
import { lintLines } from './support.js';

beforeAll(() => initShellParser());

/** A file with a finding of a stable BuildKit check (DL4000, MaintainerDeprecated), one of the experimental one (DF2010) and one of no BuildKit check (DL3004). */
const body = ['# Base stage', 'FROM alpine:3.20 AS base', 'MAINTAINER me', 'RUN sudo true'];
const codes = ['DL4000', 'DF2010', 'DL3004'];

describe('check options: error= and experimental=', () => {
  it('reads error= as Go\'s ParseBool, and the experimental names', () => {
    expect(parseCheckValue('error=T;experimental=A,B', 0)).toMatchObject({ error: true, experimental: [{ text: 'A' }, { text: 'B' }], experimentalAll: false });
    expect(parseCheckValue('error=0;experimental=all', 0)).toMatchObject({ error: false, experimentalAll: true });
    expect(parseCheckValue('skip=A', 0)).toMatchObject({ error: undefined, experimental: [] });
  });

  it('leaves experimental checks off by default', async () => {
    expect(await lintLines(body, codes)).toEqual(['DL4000@3:1', 'DL3004@4:5']);
  });

  it('turns on the experimental checks the directive names, or all of them', async () => {
    expect(await lintLines(['# check=experimental=InvalidDefinitionDescription', ...body], codes)).toEqual(['DF2010@3:21', 'DL4000@4:1', 'DL3004@5:5']);
    expect(await lintLines(['# check=experimental=all', ...body], codes)).toEqual(['DF2010@3:21', 'DL4000@4:1', 'DL3004@5:5']);
    expect(await lintLines(['# check=experimental=MaintainerDeprecated', ...body], codes)).toEqual(['DL4000@4:1', 'DL3004@5:5']);
  });

  it('lets the configuration turn an experimental check off again', async () => {
    expect(await lintLines(['# check=experimental=all', ...body], codes, { rules: { 'require-named-description': 'off' } })).toEqual(['DL4000@4:1', 'DL3004@5:5']);
  });

  it('keeps experimental checks out of skip=, skip=all included', async () => {
    expect(await lintLines(['# check=skip=all;experimental=all', ...body], codes)).toEqual(['DF2010@3:21', 'DL3004@5:5']);
    expect(await lintLines(['# check=skip=InvalidDefinitionDescription', ...body], codes, { rules: { DF2010: 'info' } })).toEqual(['DL4000@4:1', 'DL3004@5:5']);
  });

  it('makes the findings of BuildKit checks errors with error=true, and no others', async () => {
    // DL3003 (a warning) answers for no BuildKit check.
    const findings = await lint(['# check=error=true;experimental=all', ...body, 'RUN cd /tmp && make'].join('\n'));
    const severities = Object.fromEntries(findings.filter((f) => [...codes, 'DL3003'].includes(f.code)).map((f) => [f.code, f.severity]));
    expect(severities).toEqual({ DF2010: 'error', DL4000: 'error', DL3004: 'error', DL3003: 'warning' });
    const plain = await lint(['# check=error=false;experimental=all', ...body].join('\n'));
    expect(plain.find((f) => f.code === 'DF2010')?.severity).toBe('info');
  });
});

describe('BUILDKIT_DOCKERFILE_CHECK as a build argument', () => {
  const withArg = (value: string) => ({ buildArgs: { BUILDKIT_DOCKERFILE_CHECK: value } });

  it('replaces the directive: the two are not merged', async () => {
    const lines = ['# check=skip=MaintainerDeprecated;experimental=all', ...body];
    expect(await lintLines(lines, codes)).toEqual(['DF2010@3:21', 'DL3004@5:5']);
    expect(await lintLines(lines, codes, withArg('error=false'))).toEqual(['DL4000@4:1', 'DL3004@5:5']);
  });

  it('skips, enables and raises as the directive does', async () => {
    expect(await lintLines(body, codes, withArg('skip=MaintainerDeprecated'))).toEqual(['DL3004@4:5']);
    expect(await lintLines(body, codes, withArg('skip=all;experimental=InvalidDefinitionDescription'))).toEqual(['DF2010@2:21', 'DL3004@4:5']);
    const findings = await lint(body.join('\n'), withArg('error=true'));
    expect(findings.find((f) => f.code === 'DL4000')?.severity).toBe('error');
  });

  it('leaves per-instruction # check= comments in force', async () => {
    expect(await lintLines(['FROM alpine:3.20', '# check=skip=MaintainerDeprecated', 'MAINTAINER me', 'MAINTAINER you'], ['DL4000'], withArg('error=true'))).toEqual(['DL4000@4:1']);
  });

  it('is read whole, spaces trimmed, and an empty value still replaces the directive', async () => {
    expect(await lintLines(body, codes, withArg(' skip = JSONArgsRecommended, MaintainerDeprecated '))).toEqual(['DL3004@4:5']);
    expect(await lintLines(['# check=skip=MaintainerDeprecated', ...body], codes, withArg(''))).toEqual(['DL4000@4:1', 'DL3004@5:5']);
    expect(checkOptionsProblem('  ')).toBeUndefined();
  });

  it('is refused when BuildKit would refuse it', async () => {
    expect(checkOptionsProblem('skip=A;error=yes')).toMatch(/`error` takes `true` or `false`/);
    expect(checkOptionsProblem('ignore=A')).toMatch(/Invalid check option `ignore`/);
    expect(checkOptionsProblem('skip=NoSuchCheck')).toBeUndefined();
    await expect(lint('FROM alpine:3.20', withArg('skip'))).rejects.toThrow(CheckOptionsError);
    await expect(lint('FROM alpine:3.20', withArg('skip'))).rejects.toThrow('failed to parse build-arg BUILDKIT_DOCKERFILE_CHECK=skip');
  });
});
