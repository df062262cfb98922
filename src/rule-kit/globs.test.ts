import { describe, expect, it } from 'vitest';
import { globToRegExp, hasGlob } from './globs.js';

describe('hasGlob', () => {
  it.each([['*.txt', true], ['file?', true], ['list[s]', true], ['requirements.txt', false], ['{a,b}', false]])('%s: %s', (path, expected) => {
    expect(hasGlob(path)).toBe(expected);
  });
});

describe('globToRegExp', () => {
  it.each([
    ['package*.json', 'package-lock.json', true],
    ['package*.json', 'package.json', true],
    ['*.csproj', 'App.csproj', true],
    ['*', 'a/b', false],
    ['l?sts', 'lists', true],
    ['l?sts', 'l/sts', false],
    ['list[st]', 'lists', true],
    ['list[!s]', 'lists', false],
    ['list[!s]', 'listx', true],
    ['a[b', 'a[b', true],
    ['a.b+c(d)', 'a.b+c(d)', true],
    ['a.b', 'axb', false],
    ['*', '.hidden', true],
  ])('%s against %s: %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });
});
