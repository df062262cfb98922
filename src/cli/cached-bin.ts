#!/usr/bin/env node
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { defaultCacheFolder } from '../cache/location.js';
import { writeFileAtomically } from '../files/write-file.js';

/**
 * The npm bin of the bundle. It runs the CLI from one CommonJS file (dflint-cli.cjs) compiled with
 * V8's code cache, kept in the OS cache folder: a cold start then skips compiling 2 MB of
 * JavaScript and the functions a run needs (Node 20 has no compile cache for ES modules).
 */

/** SHA-256 of dflint-cli.cjs, written in by scripts/bundle: a cache made for other code is never read. */
declare const DFLINT_CLI_BUNDLE_HASH: string;

interface CliBundle {
  runProcess(importModule: (url: string) => Promise<unknown>): Promise<number>;
}

// As in bin.ts (see why there). Set before compiling: V8 rejects a cache made under other flags.
setFlagsFromString('--liftoff-only');

const file = fileURLToPath(new URL('./dflint-cli.cjs', import.meta.url));
const cacheFile = process.env.NODE_DISABLE_COMPILE_CACHE
  ? undefined
  : join(defaultCacheFolder(), 'compile', `${DFLINT_CLI_BUNDLE_HASH.slice(0, 16)}-${process.version}-${process.arch}.v8`);
const cachedData = cacheFile === undefined ? undefined : readIfPresent(cacheFile);

// The function CommonJS wraps a module in; the line break keeps a trailing comment from eating the `}`.
const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
const script = new Script(source, { filename: file, cachedData });
const cli: { exports: Partial<CliBundle> } = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void)(cli.exports, createRequire(file), cli, file, dirname(file));
process.exitCode = await (cli.exports as CliBundle).runProcess((url) => import(url));

// Made after the run, so the cache also holds the functions it compiled.
if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) {
  writeCache(cacheFile, script.createCachedData());
}

function readIfPresent(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Atomic, so a concurrent run never reads half a file; a read-only cache folder only costs speed. */
function writeCache(path: string, data: Buffer): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomically(path, data);
  } catch {
    // Not cached: the next run compiles again.
  }
}
