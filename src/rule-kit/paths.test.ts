import { describe, expect, it } from 'vitest';
import { deletionCovers, expandBraces, fileName, isWithin, prefixMayCover } from './paths.js';

const LISTS = '/var/lib/apt/lists';

describe('deletionCovers', () => {
  it.each([
    '/var/lib/apt/lists/*', '/var/lib/apt/lists', '/var/lib/apt/lists/', '/var/lib/apt', '/var/lib/apt/*',
    '/var/lib/apt/lists/**', '//var/lib/apt/./lists', '/var/lib/apt/l*', '/var/lib/apt/list[s]', '/var/lib/{apt,dpkg}',
  ])('%s covers the apt lists', (target) => expect(deletionCovers(target, LISTS)).toBe(true));

  it.each([
    '/var/lib/apt/lists/partial', '/var/lib/apt/lists/*.deb', '/tmp/*', '/var/lib/apt/list/*', 'lists/*',
    '/var/cache/apt', '*', '/', '/var/lib/{dpkg,cache}',
  ])('%s does not', (target) => expect(deletionCovers(target, LISTS)).toBe(false));
});

describe('prefixMayCover', () => {
  it.each(['/var/lib/apt/', '/var/lib/', '/var/lib/ap', '/v'])('%s… may cover the apt lists', (prefix) =>
    expect(prefixMayCover(prefix, LISTS)).toBe(true));

  it.each(['', '/tmp/', '/var/lib/apt/lists/partial', '/var/lib/apt/lists/x', 'pkg_', '/var/lib/dp'])('%s… cannot', (prefix) =>
    expect(prefixMayCover(prefix, LISTS)).toBe(false));
});

describe('expandBraces', () => {
  it('expands every group', () => {
    expect(expandBraces('/a/{b,c}/{d,e}')).toEqual(['/a/b/d', '/a/b/e', '/a/c/d', '/a/c/e']);
  });
  it('leaves words without a comma group alone', () => {
    expect(expandBraces('/a/{b}/c')).toEqual(['/a/{b}/c']);
  });
});

describe('isWithin', () => {
  it.each([
    ['/app/src', '/app', true],
    ['/app', '/app/', true],
    ['/application', '/app', false],
    ['/anything', '/', true],
    ['/app', '/app/src', false],
  ])('%s within %s: %s', (path, directory, expected) => expect(isWithin(path, directory)).toBe(expected));
});

describe('fileName', () => {
  it.each([
    ['/usr/bin/python3', 'python3'],
    ['gosu', 'gosu'],
    ['/usr/local/bin/', 'bin'],
    ['C:\\Windows\\System32\\cmd.exe', 'cmd.exe'],
    ['library/gosu', 'gosu'],
    ['C:\\tools\\', 'tools'],
    ['/opt/x\\/', 'x'],
    ['/', ''],
    ['', ''],
  ])('%s is %s', (path, name) => expect(fileName(path)).toBe(name));
});
