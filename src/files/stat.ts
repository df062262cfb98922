import { lstatSync, statSync, type Stats } from 'node:fs';

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

/** `lstatSync` (the link itself), or undefined when nothing is there. */
export function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
