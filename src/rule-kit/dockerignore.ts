import { parseDockerignore, type DockerIgnore } from '../engine/build-context.js';
import { hasGlob } from './globs.js';

/** Patterns that exclude every file of the context (BuildKit's test for a `.` source). */
const EVERYTHING = new Set(['*', '**', '**/*']);

function withoutLeadingDot(pattern: string): string {
  return pattern.replace(/^(?:\.\/|\/)+/, '');
}

/** The text before a pattern's first glob or escape character: every path it matches starts so. */
function literalPrefix(pattern: string): string {
  const index = pattern.search(/[*?[\\]/);
  return index < 0 ? pattern : pattern.slice(0, index);
}

/**
 * Whether a `!` pattern could bring back `path` or something inside it. Docker re-includes files
 * inside excluded folders, so a folder whose contents may come back is not wholly excluded.
 */
function mayReinclude(negation: string, path: string): boolean {
  const prefix = literalPrefix(withoutLeadingDot(negation));
  return prefix === '' || prefix.startsWith(path) || path.startsWith(prefix);
}

/**
 * The pattern of the ignore file that excludes a COPY source entirely, or undefined when some of
 * it reaches the build. `path` is context-relative (`''` for the whole context). A glob source
 * counts as excluded when the glob itself matches a pattern, as BuildKit tests it; with `!`
 * patterns present, a glob or the whole context is never reported, since they may match
 * re-included files.
 */
export function excludingPattern(ignore: DockerIgnore, path: string): string | undefined {
  const negations = ignore.patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const exclusions = ignore.patterns.filter((p) => !p.startsWith('!'));
  if (path === '' || path === '*' || path === '**') {
    if (negations.length > 0) return undefined;
    return exclusions.find((p) => EVERYTHING.has(withoutLeadingDot(p)));
  }
  if (!ignore.ignores(path)) return undefined;
  if (negations.length > 0 && (hasGlob(path) || negations.some((n) => mayReinclude(n, path)))) return undefined;
  // The last pattern that excludes the path alone is the one to name (later patterns win).
  return [...exclusions].reverse().find((p) => parseDockerignore(ignore.path, p).ignores(path));
}
