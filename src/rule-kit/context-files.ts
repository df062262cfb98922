import { readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { BuildContext } from '../engine/build-context.js';

/**
 * The content of a file of the build context as a COPY would see it: undefined when it does not
 * exist, is not a regular file, or `.dockerignore` excludes it. `path` is context-relative.
 */
export function contextFile(context: BuildContext, path: string): string | undefined {
  const clean = posix.normalize(path).replace(/^\.\//, '');
  if (clean.startsWith('..') || context.dockerignore?.ignores(clean)) return undefined;
  try {
    const full = join(context.dir, clean);
    return statSync(full).isFile() ? readFileSync(full, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}
