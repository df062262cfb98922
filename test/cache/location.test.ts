import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_FILE_NAME, cacheFilePath, defaultCacheFolder } from '../../src/cache/location.js';
import { tempTree } from '../cli/temp-tree.js';

describe('cache location', () => {
  it('defaults to the OS cache folder, as ESLint and XDG say', () => {
    expect(defaultCacheFolder({}, 'linux', '/home/u')).toBe('/home/u/.cache/dflint');
    expect(defaultCacheFolder({ XDG_CACHE_HOME: '/x/cache' }, 'linux', '/home/u')).toBe('/x/cache/dflint');
    expect(defaultCacheFolder({}, 'darwin', '/Users/u')).toBe('/Users/u/Library/Caches/dflint');
    expect(defaultCacheFolder({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', 'C:\\Users\\u')).toBe(join('C:\\Users\\u\\AppData\\Local', 'dflint', 'Cache'));
  });

  it('reads --cache-location as a folder when it ends with a separator or is one, else as the file', () => {
    const tree = tempTree({ 'existing/': '' });
    expect(cacheFilePath(undefined, tree, { XDG_CACHE_HOME: '/x' })).toBe(join('/x', 'dflint', CACHE_FILE_NAME));
    expect(cacheFilePath('existing', tree)).toBe(join(tree, 'existing', CACHE_FILE_NAME));
    expect(cacheFilePath('new/', tree)).toBe(join(tree, 'new', CACHE_FILE_NAME));
    expect(cacheFilePath('my-cache.json', tree)).toBe(join(tree, 'my-cache.json'));
  });
});
