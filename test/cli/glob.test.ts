import { describe, expect, it } from 'vitest';
import { expandBraces, expandGlob, isGlob, segmentToRegExp } from '../../src/files/glob.js';
import { tempTree } from './temp-tree.js';

describe('isGlob', () => {
  it.each(['*.Dockerfile', '**/Dockerfile', 'Dockerfile.?', 'Dockerfile.[ab]', '{a,b}/Dockerfile'])('%s is a glob', (p) => {
    expect(isGlob(p)).toBe(true);
  });
  it.each(['Dockerfile', 'a/b/Dockerfile.prod', '{a}/Dockerfile', '\\*.Dockerfile', '-', './x'])('%s is not', (p) => {
    expect(isGlob(p)).toBe(false);
  });
});

describe('expandBraces', () => {
  it('expands alternatives left to right', () => {
    expect(expandBraces('{a,b}/Dockerfile')).toEqual(['a/Dockerfile', 'b/Dockerfile']);
    expect(expandBraces('x.{a,b,}')).toEqual(['x.a', 'x.b', 'x.']);
  });
  it('expands several and nested groups', () => {
    expect(expandBraces('{a,b}{1,2}')).toEqual(['a1', 'a2', 'b1', 'b2']);
    expect(expandBraces('{a,{b,c}d}')).toEqual(['a', 'bd', 'cd']);
  });
  it('keeps single items, escaped and unbalanced braces literal', () => {
    expect(expandBraces('{a}')).toEqual(['{a}']);
    expect(expandBraces('\\{a,b}')).toEqual(['\\{a,b}']);
    expect(expandBraces('{a,b')).toEqual(['{a,b']);
    expect(expandBraces('{a}{b,c}')).toEqual(['{a}b', '{a}c']);
  });
});

describe('segmentToRegExp', () => {
  const matches = (segment: string, name: string) => segmentToRegExp(segment).test(name);

  it('* matches any run of characters, ? exactly one', () => {
    expect(matches('*.Dockerfile', 'api.Dockerfile')).toBe(true);
    expect(matches('*.Dockerfile', '.Dockerfile')).toBe(false);
    expect(matches('Dockerfile*', 'Dockerfile')).toBe(true);
    expect(matches('Dockerfile.?', 'Dockerfile.a')).toBe(true);
    expect(matches('Dockerfile.?', 'Dockerfile.ab')).toBe(false);
    expect(matches('a?b', 'a😀b')).toBe(true);
  });

  it('supports classes, ranges and negation', () => {
    expect(matches('[ab].txt', 'a.txt')).toBe(true);
    expect(matches('[ab].txt', 'c.txt')).toBe(false);
    expect(matches('[a-c]x', 'bx')).toBe(true);
    expect(matches('[!a-c]x', 'bx')).toBe(false);
    expect(matches('[^a-c]x', 'dx')).toBe(true);
    expect(matches('[]a]', ']')).toBe(true);
    expect(matches('[a-]', '-')).toBe(true);
    expect(matches('[\\]]', ']')).toBe(true);
  });

  it('treats regular expression characters and an unclosed [ literally', () => {
    expect(matches('a+b(c).txt', 'a+b(c).txt')).toBe(true);
    expect(matches('a.txt', 'abtxt')).toBe(false);
    expect(matches('[abc', '[abc')).toBe(true);
    expect(matches('\\*', '*')).toBe(true);
    expect(matches('\\*', 'x')).toBe(false);
  });

  it('matches a leading dot only when the pattern spells it', () => {
    expect(matches('*', '.hidden')).toBe(false);
    expect(matches('?hidden', '.hidden')).toBe(false);
    expect(matches('.*', '.hidden')).toBe(true);
  });
});

describe('expandGlob', () => {
  const root = tempTree({
    'Dockerfile': 'FROM a',
    'api.Dockerfile': 'FROM a',
    'services/api/Dockerfile': 'FROM a',
    'services/api/Dockerfile.dev': 'FROM a',
    'services/web/Dockerfile': 'FROM a',
    'services/web/README.md': '#',
    'services/.hidden/Dockerfile': 'FROM a',
    'node_modules/pkg/Dockerfile': 'FROM a',
    'deep/a/b/c/x.dockerfile': 'FROM a',
    'loop/Dockerfile': 'FROM a',
    'loop/self': { symlink: '.' },
    'linked': { symlink: 'services/web' },
    'links/Dockerfile': { symlink: 'missing' },
  });
  const paths = (pattern: string) => expandGlob(pattern, root).map((m) => m.path);

  it('matches names in one folder', () => {
    expect(paths('*.Dockerfile')).toEqual(['api.Dockerfile']);
    expect(paths('services/*/Dockerfile')).toEqual(['services/api/Dockerfile', 'services/web/Dockerfile']);
    expect(paths('services/api/Dockerfile*')).toEqual(['services/api/Dockerfile', 'services/api/Dockerfile.dev']);
  });

  it('** matches any depth, skipping hidden folders, node_modules and symlinked folders', () => {
    expect(paths('**/Dockerfile')).toEqual(['Dockerfile', 'links/Dockerfile', 'loop/Dockerfile', 'services/api/Dockerfile', 'services/web/Dockerfile']);
    expect(paths('**/*.dockerfile')).toEqual(['deep/a/b/c/x.dockerfile']);
    expect(paths('deep/**')).toEqual(['deep', 'deep/a', 'deep/a/b', 'deep/a/b/c', 'deep/a/b/c/x.dockerfile']);
  });

  it('follows a symlink a single segment names, without looping', () => {
    expect(paths('linked/*')).toEqual(['linked/Dockerfile', 'linked/README.md']);
    expect(paths('loop/*/Dockerfile')).toEqual(['loop/self/Dockerfile']);
  });

  it('descends into hidden folders and node_modules when the pattern names them', () => {
    expect(paths('services/.*/Dockerfile')).toEqual(['services/.hidden/Dockerfile']);
    expect(paths('node_modules/**/Dockerfile')).toEqual(['node_modules/pkg/Dockerfile']);
  });

  it('expands braces and classes', () => {
    expect(paths('services/{api,web}/Dockerfile')).toEqual(['services/api/Dockerfile', 'services/web/Dockerfile']);
    expect(paths('services/[a]*/Dockerfile')).toEqual(['services/api/Dockerfile']);
    expect(paths('{Dockerfile,*.Dockerfile,Dockerfile}')).toEqual(['Dockerfile', 'api.Dockerfile']);
  });

  it('reports whether each match is a folder; a trailing slash keeps folders only', () => {
    expect(expandGlob('services/*', root)).toEqual([
      { path: 'services/api', isDirectory: true },
      { path: 'services/web', isDirectory: true },
    ]);
    expect(paths('services/api/*/')).toEqual([]);
  });

  it('keeps the form of the pattern: ./relative and absolute', () => {
    expect(paths('./*.Dockerfile')).toEqual(['./api.Dockerfile']);
    expect(paths(`${root}/services/*/Dockerfile`)).toEqual([`${root}/services/api/Dockerfile`, `${root}/services/web/Dockerfile`]);
  });

  it('matches a dangling symlink as a file, so that reading it reports the broken link', () => {
    expect(expandGlob('links/*', root)).toEqual([{ path: 'links/Dockerfile', isDirectory: false }]);
    expect(expandGlob('*/Dockerfile', root).map((m) => m.path)).toEqual(['linked/Dockerfile', 'links/Dockerfile', 'loop/Dockerfile']);
  });

  it('matches nothing when nothing fits or the base is missing', () => {
    expect(paths('*.yaml')).toEqual([]);
    expect(paths('missing/**/Dockerfile')).toEqual([]);
  });
});
