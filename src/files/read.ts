import { readFileSync } from 'node:fs';
import { errorMessage } from '../error-message.js';
import { decodeDockerfile, type Decoded } from './decode.js';

/**
 * Reads all of standard input as bytes, decoded later as a file's are (stream-based:
 * `readFileSync(0)` fails on non-blocking pipes).
 */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Reads a Dockerfile's bytes and decodes them once; a failure becomes a short human message. */
export function readDockerfile(path: string): Decoded | { error: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { error: describeReadError(error) };
  }
  return decodeDockerfile(bytes);
}

/** Why a binary file is skipped, and what to do. */
export const NOT_A_TEXT_FILE =
  'Not a text file (it holds NUL bytes or mostly control characters), so it was skipped. ' +
  'If it is a Dockerfile saved in another encoding, save it as UTF-8; otherwise rename it or leave it out of the paths.';

const READ_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'Cannot read the file: it does not exist (a broken symbolic link?); fix the link or the path',
  EACCES: 'Cannot read the file: permission denied; make it readable (`chmod a+r`) or leave it out of the paths',
  EPERM: 'Cannot read the file: operation not permitted; make it readable or leave it out of the paths',
  EISDIR: 'Cannot read the file: it is a directory; name the Dockerfile inside it',
  ELOOP: 'Cannot read the file: its symbolic links form a loop; point the link at a real file',
  ENAMETOOLONG: 'Cannot read the file: its path is too long',
};

const SEARCH_ERRORS: Readonly<Record<string, string>> = {
  EACCES: 'Cannot search the folder: permission denied, so Dockerfiles in it were not linted; make it readable (`chmod a+rx`) or leave it out of the paths',
  EPERM: 'Cannot search the folder: operation not permitted, so Dockerfiles in it were not linted; make it readable or leave it out of the paths',
};

/** Why a folder could not be searched for Dockerfiles, for a person, with what to do. */
export function describeSearchError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known = code === undefined ? undefined : SEARCH_ERRORS[code];
  return known ?? `Cannot search the folder, so Dockerfiles in it were not linted: ${errorMessage(error)}`;
}

/** Why a Dockerfile (or a path given for one) could not be read, for a person, with what to do. */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known = code === undefined ? undefined : READ_ERRORS[code];
  if (known) return known;
  return `Cannot read the file: ${errorMessage(error)}`;
}
