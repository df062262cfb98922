import { Readable, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { ROOT, type CliRun } from './built-cli.js';

/** Collects what is written to it, as a pipe (not a terminal) would receive it. */
class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/**
 * Runs dflint's `main` in this process, as `bin.js` runs it, with colour variables cleared unless
 * given, and returns what a process would have: the exit code and both streams. ShellCheck is off
 * (`--no-shellcheck`) unless `shellcheck` is true. Tests of the binary itself (shebang, exit codes
 * of the real process, standard input, PATH lookups) use `dflintProcess` from built-cli.ts.
 */
export async function dflint(args: readonly string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv; shellcheck?: boolean } = {}): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const stdout = new Capture();
  const stderr = new Capture();
  const status = await main([...(options.shellcheck ? [] : ['--no-shellcheck']), ...args], {
    stdout,
    stderr,
    stdin: Readable.from([options.input ?? '']),
    env: { ...env, ...options.env },
    cwd: options.cwd ?? ROOT,
  });
  return { status, stdout: stdout.text, stderr: stderr.text };
}
