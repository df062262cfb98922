import { readdirSync, realpathSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { isDockerfileName } from './dockerfile-names.js';
import { expandGlob, isGlob } from './glob.js';
import { statOrUndefined } from './stat.js';
import { relativeInside } from './relative-inside.js';

/** The path that stands for standard input. */
export const STDIN = '-';

/** Folders never searched for Dockerfiles. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export type Source =
  | { readonly kind: 'file'; /** As shown in reports. */ readonly path: string; readonly absolute: string }
  | { readonly kind: 'stdin' };

export interface PathError {
  readonly path: string;
  readonly message: string;
}

export interface Discovery {
  /** In the order of the inputs; folders and glob matches sorted; each file once. */
  readonly sources: readonly Source[];
  /** Inputs that name nothing: missing paths and globs without matches. */
  readonly errors: readonly PathError[];
}

/**
 * Turns command-line paths into the files to lint: a file is taken whatever its name, a folder
 * is searched recursively for Dockerfile-like names (skipping `node_modules` and `.git`), a glob
 * is expanded, and `-` stands for standard input.
 */
export function discover(inputs: readonly string[], cwd: string): Discovery {
  const sources: Source[] = [];
  const errors: PathError[] = [];
  const taken = new Set<string>();
  const add = (asGiven: string) => {
    const absolute = resolve(cwd, asGiven);
    if (taken.has(absolute)) return;
    taken.add(absolute);
    sources.push({ kind: 'file', path: displayPath(absolute, asGiven, cwd), absolute });
  };

  for (const input of inputs) {
    if (input === STDIN) {
      if (!taken.has(STDIN)) sources.push({ kind: 'stdin' });
      taken.add(STDIN);
      continue;
    }
    const stats = statOrUndefined(resolve(cwd, input));
    if (stats?.isDirectory()) {
      findDockerfiles(input, cwd).forEach(add);
    } else if (stats) {
      add(input);
    } else if (isGlob(input)) {
      const matches = expandGlob(input, cwd);
      if (matches.length === 0) errors.push({ path: input, message: 'No files match the pattern' });
      for (const match of matches) {
        if (match.isDirectory) findDockerfiles(match.path, cwd).forEach(add);
        else add(match.path);
      }
    } else {
      errors.push({ path: input, message: 'No such file or directory' });
    }
  }
  return { sources, errors };
}

/** Dockerfile-like files under a folder, sorted, following symlinked folders once each. */
export function findDockerfiles(dir: string, cwd: string): string[] {
  const found: string[] = [];
  const visited = new Set<string>();
  const walk = (current: string) => {
    const absolute = resolve(cwd, current);
    const real = realpathOrUndefined(absolute);
    if (!real || visited.has(real)) return;
    visited.add(real);
    let entries;
    try {
      entries = readdirSync(absolute, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const child = join(current, entry.name);
      const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && statOrUndefined(resolve(cwd, child))?.isDirectory() === true);
      if (isDirectory) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(child);
      } else if (isDockerfileName(entry.name)) {
        found.push(child);
      }
    }
  };
  walk(dir);
  return found;
}

/** Relative to `cwd` when the file is under it; otherwise the path as it was given. */
export function displayPath(absolute: string, asGiven: string, cwd: string): string {
  return relativeInside(cwd, absolute) ?? normalize(asGiven);
}

function realpathOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
