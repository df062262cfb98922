import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../model/build.js';
import { initShellParser } from '../model/shell/parser.js';
import { firstPipeWithoutPipefail, hasBusyboxShell, shellSetsPipefail } from './pipefail.js';

beforeAll(() => initShellParser());

function image(from: string) {
  return buildModel(`FROM ${from}`).stages[0]!.image;
}

function script(run: string) {
  return buildModel(`FROM x\nRUN ${run}`).instructions[1]!.shell!;
}

describe('hasBusyboxShell', () => {
  it('knows Alpine, BusyBox and Alpine-tagged images', () => {
    expect(['alpine', 'alpine:3.20', 'busybox:musl', 'python:3.12-alpine', 'node:22-alpine3.20', 'docker.io/library/alpine'].map((i) => hasBusyboxShell(image(i)))).toEqual([true, true, true, true, true, true]);
  });
  it('assumes nothing of other images', () => {
    expect(['debian:12', 'ubuntu', 'python:3.12-slim', 'alpinelinux/docker-cli-fake:1-debian'].map((i) => hasBusyboxShell(image(i)))).toEqual([false, false, false, false]);
  });
});

describe('shellSetsPipefail', () => {
  const shell = (argv: string[], dialect: 'sh' | 'bash' | undefined) => ({ argv, dialect, instruction: undefined });
  it('reads -o pipefail, bundled or not', () => {
    expect(shellSetsPipefail(shell(['/bin/bash', '-o', 'pipefail', '-c'], 'bash'), false)).toBe(true);
    expect(shellSetsPipefail(shell(['/bin/bash', '-euxo', 'pipefail', '-c'], 'bash'), false)).toBe(true);
    expect(shellSetsPipefail(shell(['/bin/bash', '-c', 'pipefail'], 'bash'), false)).toBe(false);
  });
  it('trusts sh -o pipefail only where sh is ash', () => {
    expect(shellSetsPipefail(shell(['/bin/sh', '-o', 'pipefail', '-c'], 'sh'), false)).toBe(false);
    expect(shellSetsPipefail(shell(['/bin/sh', '-o', 'pipefail', '-c'], 'sh'), true)).toBe(true);
  });
  it('never for non-POSIX shells', () => {
    expect(shellSetsPipefail(shell(['pwsh', '-o', 'pipefail'], undefined), true)).toBe(false);
  });
});

describe('firstPipeWithoutPipefail', () => {
  it('finds both ends of the first pipe', () => {
    const pipe = firstPipeWithoutPipefail(script('a && b | c | d'));
    expect([pipe?.left.name, pipe?.right.name]).toEqual(['b', 'c']);
  });
  it('is undefined after set -o pipefail in the same shell', () => {
    expect(firstPipeWithoutPipefail(script('set -o pipefail; a | b'))).toBeUndefined();
    expect(firstPipeWithoutPipefail(script('(set -o pipefail); a | b'))?.left.name).toBe('a');
  });
  it('finds the left side of pipes after nested commands', () => {
    const ends = (run: string) => { const pipe = firstPipeWithoutPipefail(script(run)); return [pipe?.left.name, pipe?.right.name]; };
    expect(ends('X=$(a | b)')).toEqual(['a', 'b']);
    expect(ends('a $(x) | b')).toEqual(['a', 'b']);
    expect(ends('X=$(sed 1 f | tr a b); F=$( (java -x || true) | awk 1)')).toEqual(['sed', 'tr']);
    expect(ends('X=$(sed 1 f); F=$( (java -x || true) | awk 1)')).toEqual(['java', 'awk']);
    expect(ends('{ p; q; } | r')).toEqual(['q', 'r']);
  });
  it('skips pipes whose left side cannot fail', () => {
    expect(firstPipeWithoutPipefail(script('echo "$SUM *f" | sha256sum -c -'))).toBeUndefined();
    expect(firstPipeWithoutPipefail(script('printf x | a | b'))?.left.name).toBe('a');
  });
  it('leaves out the pipes of sh -c scripts', () => {
    expect(firstPipeWithoutPipefail(script("sh -c 'a | b'"))).toBeUndefined();
  });
});
