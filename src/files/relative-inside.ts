import * as nodePath from 'node:path';

/** The parts of `node:path` relativeInside uses: the platform's by default, `path.win32` or `path.posix` when paths are told apart by their shape. */
export type RelativePathApi = Pick<typeof nodePath, 'relative' | 'isAbsolute' | 'sep'>;

/**
 * `path` relative to the folder `dir` when it lies inside it (and is not `dir` itself), else
 * undefined: how dflint decides whether to show, or report, a path relative to the folder it ran in.
 */
export function relativeInside(dir: string, path: string, api: RelativePathApi = nodePath): string | undefined {
  const fromDir = api.relative(dir, path);
  return fromDir !== '' && fromDir.split(api.sep)[0] !== '..' && !api.isAbsolute(fromDir) ? fromDir : undefined;
}
