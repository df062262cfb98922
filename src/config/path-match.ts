import { expandBraces, segmentToRegExp } from '../files/glob.js';

/**
 * Matching the `files` globs of `overrides` against Dockerfile paths relative to the config
 * file's folder, with the syntax of the command line's globs (src/files/glob.ts). A glob without
 * `/` matches the file name in any folder (`Dockerfile.*`), as in .gitignore; one with `/` is
 * anchored to the config file's folder; a trailing `/` means everything under that folder.
 * `**` also crosses hidden folders here: nothing is being searched, only compared.
 */

export type PathMatcher = (relativePath: string) => boolean;

/** Why a glob can never work, or undefined when it is well formed. */
export function globProblem(glob: string): string | undefined {
  if (glob.startsWith('/') || /^[A-Za-z]:[\\/]/.test(glob)) return 'globs are relative to the config file\'s folder: remove the leading `/`';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '\\') {
      if (i === glob.length - 1) return 'it ends with a lone `\\`';
      i++;
    } else if (char === '[') {
      const close = classEnd(glob, i);
      if (close < 0) return 'a `[` is not closed by `]` in the same folder name';
      i = close;
    } else if (char === '{') {
      braces++;
    } else if (char === '}') {
      if (braces === 0) return 'a `}` has no `{` before it';
      braces--;
    }
  }
  return braces > 0 ? 'a `{` is not closed by `}`' : undefined;
}

/** The index of the `]` closing the class opened at `open`, or -1 (a class cannot span `/`). */
function classEnd(glob: string, open: number): number {
  let i = open + 1;
  if (glob[i] === '!' || glob[i] === '^') i++;
  const first = i;
  for (; i < glob.length && glob[i] !== '/'; i++) {
    if (glob[i] === '\\') i++;
    else if (glob[i] === ']' && i > first) return i;
  }
  return -1;
}

/** A matcher for any of the globs (each assumed well formed). */
export function compileGlobs(globs: readonly string[]): PathMatcher {
  const matchers = globs.flatMap(expandBraces).map(compileOne);
  return (relativePath) => {
    const segments = relativePath.split('/').filter((s) => s !== '' && s !== '.');
    return matchers.some((match) => match(segments));
  };
}

type SegmentMatcher = ((name: string) => boolean) | 'globstar';

function compileOne(glob: string): (segments: readonly string[]) => boolean {
  const folder = glob.endsWith('/');
  const parts = glob.split('/').filter((part, index) => part !== '' && (part !== '.' || index > 0));
  if (folder) parts.push('**');
  const compiled: SegmentMatcher[] = parts.map((part) => {
    if (part === '**') return 'globstar';
    const regex = segmentToRegExp(part);
    return (name: string) => regex.test(name);
  });
  const [only] = compiled;
  if (compiled.length === 1 && only !== 'globstar' && !glob.includes('/')) {
    return (segments) => segments.length > 0 && only!(segments[segments.length - 1]!);
  }
  return (segments) => matchSegments(compiled, 0, segments, 0);
}

function matchSegments(pattern: readonly SegmentMatcher[], p: number, segments: readonly string[], s: number): boolean {
  if (p === pattern.length) return s === segments.length;
  const matcher = pattern[p]!;
  if (matcher === 'globstar') {
    for (let next = s; next <= segments.length; next++) if (matchSegments(pattern, p + 1, segments, next)) return true;
    return false;
  }
  return s < segments.length && matcher(segments[s]!) && matchSegments(pattern, p + 1, segments, s + 1);
}
