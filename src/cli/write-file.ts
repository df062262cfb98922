import { linkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that readers see the old content or the new, never a partial one: the text
 * goes to a temporary file in the same folder (same file system), which is then renamed.
 */
export function writeFileAtomically(path: string, text: string): void {
  const temporary = temporaryPath(path);
  try {
    writeFileSync(temporary, text, { flag: 'wx' });
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
