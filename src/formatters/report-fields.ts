import * as nodePath from 'node:path';
import { STDIN } from '../files/discover.js';
import { relativeInside, type RelativePathApi } from '../files/relative-inside.js';

/** The parts of `node:path` reportPath uses: the platform's by default, `path.win32` in tests. */
export type PathApi = RelativePathApi & Pick<typeof nodePath, 'resolve'>;

/**
 * A file's path as CI services want it in machine reports (GitLab, SonarQube, Code Climate):
 * relative to `cwd` with `/` separators, since they resolve it against the checkout they run
 * in. A file outside `cwd` gets its absolute path, which SonarQube still resolves and nothing
 * could make relative; standard input (`-`) stays as it is.
 */
export function reportPath(file: string, cwd: string, path: PathApi = nodePath): string {
  if (file === STDIN) return file;
  const absolute = path.resolve(cwd, file);
  const shown = relativeInside(cwd, absolute, path) ?? absolute;
  // Only Windows separators are rewritten: on POSIX a backslash is part of the file's name.
  return path.sep === '\\' ? shown.replaceAll('\\', '/') : shown;
}
