import { readFileSync } from 'node:fs';
import { errorMessage } from '../error-message.js';

/** Reads all of standard input as UTF-8 (stream-based: `readFileSync(0)` fails on non-blocking pipes). */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a Dockerfile, turning a failure into a short human message. */
export function readTextFile(path: string): { text: string } | { error: string } {
  try {
    return { text: readFileSync(path, 'utf8') };
  } catch (error) {
    return { error: describeReadError(error) };
  }
}

const READ_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'Cannot read the file: it does not exist (a broken symbolic link?)',
  EACCES: 'Cannot read the file: permission denied',
  EPERM: 'Cannot read the file: operation not permitted',
  EISDIR: 'Cannot read the file: it is a directory',
  ELOOP: 'Cannot read the file: too many levels of symbolic links',
};

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known = code === undefined ? undefined : READ_ERRORS[code];
  if (known) return known;
  return `Cannot read the file: ${errorMessage(error)}`;
}
