#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// Must run before web-tree-sitter loads, hence the dynamic import below. Without it V8 also
// compiles the 1.4 MB bash grammar with TurboFan in the background and the process waits for
// that at exit (0.7–1.2 s instead of 0.13–0.19 s); Liftoff alone parses just as fast.
setFlagsFromString('--liftoff-only');

const { runProcess } = await import('./run-process.js');
process.exitCode = await runProcess();
