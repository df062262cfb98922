import { isAbsolute, relative } from 'node:path';

/** A path as messages show it: relative to the working folder when it is under it, else absolute. */
export function displayPath(cwd: string, path: string): string {
  const shown = relative(cwd, path);
  return shown !== '' && !shown.startsWith('..') && !isAbsolute(shown) ? shown : path;
}
