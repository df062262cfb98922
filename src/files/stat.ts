import { statSync, type Stats } from 'node:fs';

/** `statSync` (following symlinks), or undefined when the path does not resolve. */
export function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

export function isDirectory(path: string): boolean {
  return statOrUndefined(path)?.isDirectory() === true;
}
