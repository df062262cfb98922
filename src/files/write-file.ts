import { chmodSync, linkSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { errorMessage } from '../error-message.js';

/**
 * Writes a file so that readers see the old content or the new, never a partial one: the text
 * goes to a temporary file in the same folder (same file system), which is then renamed.
 */
export function writeFileAtomically(path: string, text: string | Uint8Array, mode?: number): void {
  const temporary = temporaryPath(path);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    // The umask may have narrowed the mode the temporary file was created with.
    if (mode !== undefined) chmodSync(temporary, mode);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Creates a file that must not exist yet, atomically: readers see no file or the whole text.
 * The text goes to a temporary file that is then hard-linked to `path`; the link fails with
 * `EEXIST` when `path` exists, so an existing file is never replaced.
 */
export function writeNewFileAtomically(path: string, text: string): void {
  const temporary = temporaryPath(path);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
    linkSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
}

/**
 * Rewrites an existing file atomically, as `--fix` does: through a symbolic link to its target
 * (the link stays a link), keeping the file's permission bits.
 */
export function rewriteFileAtomically(path: string, text: string): void {
  const target = realpathSync(path);
  writeFileAtomically(target, text, statSync(target).mode & 0o7777);
}

const WRITE_ERRORS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exceeded',
  ENAMETOOLONG: 'the name of its temporary file is too long',
};

/** Why a fixed file could not be written, for a person: the file is left as it was. */
export function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = (code === undefined ? undefined : WRITE_ERRORS[code]) ?? errorMessage(error);
  return `Cannot write the fixed file (${reason}); it is left unchanged`;
}
