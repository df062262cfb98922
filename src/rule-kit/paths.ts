import { globToRegExp, hasGlob } from './globs.js';

/** The components of an absolute path (`.` and empty ones dropped); undefined for a relative path. */
function componentsOf(path: string): string[] | undefined {
  if (!path.startsWith('/')) return undefined;
  return path.split('/').filter((c) => c !== '' && c !== '.');
}

function componentMatches(pattern: string, component: string): boolean {
  return hasGlob(pattern) ? globToRegExp(pattern).test(component) : pattern === component;
}

/** Whether `path` is `directory` or lies below it. */
export function isWithin(path: string, directory: string): boolean {
  const dir = directory.replace(/(?<!\/)\/+$/, '');
  return dir === '' || path === dir || path.startsWith(`${dir}/`);
}

/**
 * The last component of a path, with `/` or `\` as separators and trailing ones ignored:
 * `python3` for `/usr/bin/python3`, `pwsh.exe` for `C:\pwsh\pwsh.exe`.
 */
export function fileName(path: string): string {
  // A scan from the end: it runs on every word of every command.
  let end = path.length;
  while (end > 0 && isSeparator(path.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSeparator(path.charCodeAt(start - 1))) start--;
  return path.slice(start, end);
}

function isSeparator(code: number): boolean {
  return code === 47 /* / */ || code === 92 /* \ */;
}

/** The words a shell brace expansion gives: `/var/lib/{apt,dpkg}` is `/var/lib/apt` and `/var/lib/dpkg`. */
export function expandBraces(text: string): string[] {
  const match = /\{([^{},]*,[^{}]*)\}/.exec(text);
  if (!match) return [text];
  const before = text.slice(0, match.index);
  const after = text.slice(match.index + match[0].length);
  return match[1]!.split(',').flatMap((option) => expandBraces(`${before}${option}${after}`));
}

/**
 * Whether deleting `target` (an absolute path as given to `rm`, shell globs allowed) deletes
 * everything under `path`. `/var/lib/apt/lists/*`, `/var/lib/apt/lists` and `/var/lib/apt` cover
 * `/var/lib/apt/lists`; `/var/lib/apt/lists/partial` and `/tmp/x` do not. A trailing `/*` empties
 * its folder, so it counts as deleting the folder.
 */
export function deletionCovers(target: string, path: string): boolean {
  return expandBraces(target).some((word) => wordCovers(word, path));
}

function wordCovers(target: string, path: string): boolean {
  const pattern = componentsOf(target);
  const components = componentsOf(path);
  if (!pattern || !components) return false;
  while (pattern.length > 0 && (pattern[pattern.length - 1] === '*' || pattern[pattern.length - 1] === '**')) pattern.pop();
  if (pattern.length === 0 || pattern.length > components.length) return false;
  return pattern.every((p, i) => componentMatches(p, components[i]!));
}

/**
 * Whether a path whose text is only known up to `prefix` (what precedes the first expansion)
 * may still cover `path`: `/var/lib/apt/$X` may cover `/var/lib/apt/lists`; `/tmp/$X`,
 * `/var/lib/apt/lists/partial$X` and the relative `pkg_$V.deb` cannot. A path that is unknown
 * from its start (`$DIR`, `"$tmp"`) is taken not to: such words name temporary files far more
 * often than a package cache.
 */
export function prefixMayCover(prefix: string, path: string): boolean {
  const known = componentsOf(prefix);
  const components = componentsOf(path);
  if (!known || !components) return false;
  // The last component continues after the prefix unless the prefix ends with a slash.
  const partial = prefix.endsWith('/') ? undefined : known.pop();
  if (known.length > components.length || !known.every((p, i) => componentMatches(p, components[i]!))) return false;
  if (partial === undefined) return true;
  const next = components[known.length];
  return next !== undefined && (hasGlob(partial) || next.startsWith(partial));
}
