import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join, normalize, resolve } from 'node:path';
import { describeReadError, describeSearchError } from './read.js';
import { isDockerfileName } from './dockerfile-names.js';
import { expandGlob, isGlob } from './glob.js';
import { lstatOrUndefined, statOrUndefined } from './stat.js';
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
  /** Inputs that name nothing: missing paths, broken or looping links, folders named like Dockerfiles with none in them, and globs without matches. */
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
    const path = displayPath(absolute, asGiven, cwd);
    // One string when both are the same (absolute paths given): tens of thousands of names are held until linted.
    sources.push({ kind: 'file', path: path === absolute ? absolute : path, absolute });
  };

  for (const input of inputs) {
    if (input === STDIN) {
      if (!taken.has(STDIN)) sources.push({ kind: 'stdin' });
      taken.add(STDIN);
      continue;
    }
    const stats = statOrUndefined(resolve(cwd, input));
    if (stats?.isDirectory()) {
      const found = findDockerfiles(input, cwd, (error) => errors.push(error));
      // `dflint Dockerfile` where Dockerfile is a folder: most likely a mistake, not an empty search.
      if (found.length === 0 && isDockerfileName(basename(resolve(cwd, input)))) errors.push({ path: input, message: FOLDER_NAMED_LIKE_A_DOCKERFILE });
      found.forEach(add);
    } else if (stats) {
      add(input);
    } else if (isGlob(input)) {
      const matches = expandGlob(input, cwd);
      if (matches.length === 0) errors.push({ path: input, message: 'No files match the pattern' });
      for (const match of matches) {
        if (match.isDirectory) findDockerfiles(match.path, cwd, (error) => errors.push(error)).forEach(add);
        else add(match.path);
      }
    } else {
      errors.push({ path: input, message: unresolvedPathMessage(resolve(cwd, input)) });
    }
  }
  return { sources, errors };
}

/**
 * Dockerfile-like files under a folder, sorted, following symlinked folders once each. A folder
 * that cannot be searched (permissions) goes to `onError`, so it is reported, not silently missed.
 */
export function findDockerfiles(dir: string, cwd: string, onError: (error: PathError) => void = () => {}): string[] {
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
    } catch (error) {
      onError({ path: current, message: describeSearchError(error) });
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

const FOLDER_NAMED_LIKE_A_DOCKERFILE =
  'A folder named like a Dockerfile, with no Dockerfile in it; name the file inside it to lint (a file named explicitly is linted whatever its name)';

/** Why a path does not resolve: missing, or a dangling or looping symbolic link, or a folder on the way that cannot be searched. */
function unresolvedPathMessage(absolute: string): string {
  try {
    statSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' || lstatOrUndefined(absolute)) return describeReadError(error);
  }
  return 'No such file or directory; check the path (it is relative to the current folder)';
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
