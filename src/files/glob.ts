import { readdirSync, type Dirent } from 'node:fs';
import { resolve } from 'node:path';
import { lstatOrUndefined, statOrUndefined } from './stat.js';

/**
 * A small glob expander (Node 20 has no `fs.globSync`). Supported syntax: `*` and `?` within one
 * path segment, `**` as a whole segment for any depth, `[abc]`, `[a-z]`, `[!a]`/`[^a]`,
 * `{a,b}` (nestable) and `\` to escape. As in shells, wildcards do not match a leading `.` of a
 * name unless the pattern spells it; `**` does not descend into `node_modules` or symlinked
 * folders (which could loop).
 */

const MAGIC = /[*?[{]/;
/** Folders `**` never descends into: dependency trees are large and never the user's Dockerfiles. */
const SKIPPED_BY_GLOBSTAR = new Set(['node_modules', '.git']);

export interface GlobMatch {
  /** The pattern's literal base joined with the matched names (relative when the pattern is). */
  readonly path: string;
  readonly isDirectory: boolean;
}

/** Whether the text uses glob syntax (an unescaped `*`, `?`, `[` or a `{a,b}` alternative). */
export function isGlob(pattern: string): boolean {
  const bare = toPosix(pattern).replace(/\\./g, '');
  return /[*?[]/.test(bare) || expandBraces(pattern).length > 1;
}

/** Expands `{a,b}` alternatives (nested, left to right); `{a}` and unbalanced braces stay literal. */
export function expandBraces(pattern: string): string[] {
  const open = findAlternation(pattern);
  if (!open) return [pattern];
  const { start, end, commas } = open;
  const prefix = pattern.slice(0, start);
  const suffix = pattern.slice(end + 1);
  const bounds = [start, ...commas, end];
  const results: string[] = [];
  for (let i = 0; i < bounds.length - 1; i++) {
    const alternative = pattern.slice(bounds[i]! + 1, bounds[i + 1]);
    results.push(...expandBraces(prefix + alternative + suffix));
  }
  return results;
}

function findAlternation(pattern: string): { start: number; end: number; commas: number[] } | undefined {
  for (let start = 0; start < pattern.length; start++) {
    const char = pattern[start];
    if (char === '\\') {
      start++;
      continue;
    }
    if (char !== '{') continue;
    let depth = 0;
    const commas: number[] = [];
    for (let i = start + 1; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '\\') i++;
      else if (c === '{') depth++;
      else if (c === ',' && depth === 0) commas.push(i);
      else if (c === '}') {
        if (depth > 0) depth--;
        else {
          if (commas.length > 0) return { start, end: i, commas };
          break;
        }
      }
    }
  }
  return undefined;
}

/** A regular expression matching one path segment (no `/`) against a glob segment. */
export function segmentToRegExp(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i]!;
    if (char === '\\' && i + 1 < segment.length) {
      source += escapeRegExp(segment[++i]!);
    } else if (char === '*') {
      while (segment[i + 1] === '*') i++;
      source += '[^/]*';
    } else if (char === '?') {
      source += '[^/]';
    } else if (char === '[') {
      const parsed = parseClass(segment, i);
      if (parsed) {
        source += parsed.source;
        i = parsed.end;
      } else {
        source += '\\[';
      }
    } else {
      source += escapeRegExp(char);
    }
  }
  // Shell semantics: a leading dot must be matched literally.
  const hidden = segment.startsWith('.') || segment.startsWith('\\.') ? '' : '(?!\\.)';
  return new RegExp(`^${hidden}${source}$`, 'u');
}

function parseClass(segment: string, open: number): { source: string; end: number } | undefined {
  let i = open + 1;
  let negated = false;
  if (segment[i] === '!' || segment[i] === '^') {
    negated = true;
    i++;
  }
  let body = '';
  const first = i;
  for (; i < segment.length; i++) {
    const char = segment[i]!;
    if (char === ']' && i > first) return { source: `[${negated ? '^/' : ''}${body}]`, end: i };
    if (char === '\\' && i + 1 < segment.length) body += escapeClassChar(segment[++i]!);
    else if (char === '-' && i > first && segment[i + 1] !== ']') body += '-';
    else body += escapeClassChar(char);
  }
  return undefined;
}

function escapeClassChar(char: string): string {
  return /[\\\]\[^-]/.test(char) ? `\\${char}` : char;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function toPosix(pattern: string): string {
  return process.platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern;
}

type Segment = { readonly kind: 'globstar' } | { readonly kind: 'literal'; readonly name: string } | { readonly kind: 'wild'; readonly regex: RegExp };

function compileSegment(segment: string): Segment {
  if (segment === '**') return { kind: 'globstar' };
  if (!MAGIC.test(segment.replace(/\\./g, ''))) return { kind: 'literal', name: segment.replace(/\\(.)/g, '$1') };
  return { kind: 'wild', regex: segmentToRegExp(segment) };
}

/**
 * Expands a glob relative to `cwd`. Matches come back sorted, each once, in the pattern's own
 * form: `fixtures/**\/*.Dockerfile` gives `fixtures/samples/bad.Dockerfile`.
 */
export function expandGlob(pattern: string, cwd: string): GlobMatch[] {
  const found = new Map<string, GlobMatch>();
  for (const alternative of expandBraces(toPosix(pattern))) {
    for (const match of expandOne(alternative, cwd)) if (!found.has(match.path)) found.set(match.path, match);
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function expandOne(pattern: string, cwd: string): GlobMatch[] {
  const directoriesOnly = pattern.endsWith('/');
  const absolute = pattern.startsWith('/');
  const parts = pattern.split('/').filter((part, index) => part !== '' && (part !== '.' || index === 0));
  const firstMagic = parts.findIndex((part) => MAGIC.test(part.replace(/\\./g, '')));
  const baseParts = (firstMagic < 0 ? parts : parts.slice(0, firstMagic)).map((p) => p.replace(/\\(.)/g, '$1'));
  const base = (absolute ? '/' : '') + baseParts.join('/');
  const segments = (firstMagic < 0 ? [] : parts.slice(firstMagic)).map(compileSegment);
  const matches: GlobMatch[] = [];
  const seen = new Set<string>();

  const record = (path: string, isDirectory: boolean) => {
    const shown = path === '' ? '.' : path;
    if (seen.has(shown) || (directoriesOnly && !isDirectory)) return;
    seen.add(shown);
    matches.push({ path: shown, isDirectory });
  };
  const onDisk = (path: string) => resolve(cwd, path);

  const walk = (dir: string, index: number, isDirectory: boolean): void => {
    if (index === segments.length) {
      record(dir, isDirectory);
      return;
    }
    if (!isDirectory) return;
    const segment = segments[index]!;
    if (segment.kind === 'literal') {
      const child = joinPath(dir, segment.name);
      const kind = kindOf(onDisk(child));
      if (kind) walk(child, index + 1, kind === 'directory');
      return;
    }
    const entries = listDirectory(onDisk(dir));
    if (segment.kind === 'globstar') {
      walk(dir, index + 1, true);
      const last = index === segments.length - 1;
      for (const entry of entries) {
        if (entry.name.startsWith('.') || SKIPPED_BY_GLOBSTAR.has(entry.name)) continue;
        const child = joinPath(dir, entry.name);
        if (entry.isDirectory()) walk(child, index, true);
        else if (last) record(child, kindOf(onDisk(child)) === 'directory');
      }
      return;
    }
    for (const entry of entries) {
      if (!segment.regex.test(entry.name)) continue;
      const child = joinPath(dir, entry.name);
      const kind = entry.isSymbolicLink() ? kindOf(onDisk(child)) : entry.isDirectory() ? 'directory' : 'file';
      walk(child, index + 1, kind === 'directory');
    }
  };

  const baseKind = kindOf(onDisk(base));
  if (baseKind) walk(base, 0, baseKind === 'directory');
  return matches;
}

function joinPath(dir: string, name: string): string {
  if (dir === '') return name;
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

function listDirectory(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** What a path is, following symlinks; a dangling symlink counts as a file, so reading it reports the broken link. */
function kindOf(path: string): 'file' | 'directory' | undefined {
  const stats = statOrUndefined(path);
  if (stats) return stats.isDirectory() ? 'directory' : 'file';
  return lstatOrUndefined(path) ? 'file' : undefined;
}
