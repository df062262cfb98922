import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../model/build.js';
import { initShellParser } from '../model/shell/parser.js';
import { cacheMountsOf, hasCacheMountOn, mountKey, mountsOf } from './mounts.js';

beforeAll(() => initShellParser());

function run(flags: string) {
  return buildModel(`FROM x\nRUN ${flags} true`).instructions[1]!;
}

describe('mountsOf', () => {
  it('reads every spelling of target and source, bind by default', () => {
    const mounts = mountsOf(run('--mount=dst=/a,src=x --mount=type=cache,destination=/b --mount=type=secret,id=s,target=/c,source=y'));
    expect(mounts.map(({ type, target, source }) => ({ type, target, source }))).toEqual([
      { type: 'bind', target: '/a', source: 'x' },
      { type: 'cache', target: '/b', source: undefined },
      { type: 'secret', target: '/c', source: 'y' },
    ]);
  });

  it('takes the last of repeated keys, as BuildKit does', () => {
    expect(mountsOf(run('--mount=type=cache,target=/a,dst=/b'))[0]?.target).toBe('/b');
  });

  it('names keys as BuildKit reads them', () => {
    expect(['dst', 'destination', 'src', 'target', 'from'].map(mountKey)).toEqual(['target', 'target', 'source', 'target', 'from']);
  });
});

describe('cacheMountsOf', () => {
  it('keeps cache and tmpfs mounts with a target', () => {
    const mounts = cacheMountsOf(run('--mount=type=cache,target=/a --mount=type=tmpfs,dst=/b --mount=type=cache,id=x --mount=target=/c'));
    expect(mounts.map((m) => m.target)).toEqual(['/a', '/b']);
  });
});

describe('hasCacheMountOn', () => {
  it.each([
    ['/root/.cache/pip', true],
    ['/root/.cache/pip/', true],
    ['/root//.cache/pip/http', true],
    ['/root/.cache/pipx', false],
    ['/root', false],
  ])('a cache mount on /root/.cache/pip holds %s: %s', (path, expected) => {
    expect(hasCacheMountOn(run('--mount=type=cache,target=/root/.cache/pip/'), path)).toBe(expected);
  });

  it('ignores bind mounts', () => {
    expect(hasCacheMountOn(run('--mount=type=bind,target=/var/lib/apt/lists'), '/var/lib/apt/lists')).toBe(false);
  });
});
