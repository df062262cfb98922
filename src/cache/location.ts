import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve, sep } from 'node:path';

/** The file dflint keeps its results in, inside a cache folder. */
export const CACHE_FILE_NAME = 'results.json';

/**
 * The OS's per-user cache folder for dflint, where ESLint's and other tools' caches go:
 * `$XDG_CACHE_HOME/dflint` or `~/.cache/dflint` on Linux and other Unixes,
 * `~/Library/Caches/dflint` on macOS, `%LOCALAPPDATA%\dflint\Cache` on Windows.
 */
export function defaultCacheFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'dflint', 'Cache');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'dflint');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'dflint');
}

/**
 * The cache file for `--cache-location` (relative to `cwd`), as ESLint reads it: a path that
 * ends with a separator or names an existing folder is a folder, which gets CACHE_FILE_NAME;
 * anything else is the file itself. Without a location, the file in the default folder.
 */
export function cacheFilePath(location: string | undefined, cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  if (location === undefined || location === '') return join(defaultCacheFolder(env), CACHE_FILE_NAME);
  const path = resolve(cwd, location);
  return location.endsWith('/') || location.endsWith(sep) || isFolder(path) ? join(path, CACHE_FILE_NAME) : path;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
