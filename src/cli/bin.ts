#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// Must run before web-tree-sitter loads, hence the dynamic import below. Without it V8 also
// compiles the 1.4 MB bash grammar with TurboFan in the background and the process waits for
// that at exit (0.7–1.2 s instead of 0.13–0.19 s); Liftoff alone parses just as fast.
setFlagsFromString('--liftoff-only');

// `dflint . | head`: once the reader is gone, stop quietly with the code already decided.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit();
});

try {
  const { main } = await import('./main.js');
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    // A getter: touching process.stdin opens it, which only `-` needs.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
  });
} catch (error) {
  // Exit code 1 means "findings"; a crash must not look like one.
  process.stderr.write(`dflint: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 2;
}
