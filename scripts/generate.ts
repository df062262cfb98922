import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleFiles, writeGeneratedFiles } from './generate/generated-files.js';

/**
 * Regenerates rules/index.ts, every rules/<name>/README.md, the README rule table and
 * schema/dflint.schema.json (the config file's JSON Schema) from the rules' metadata. With
 * `--check`, writes nothing and exits 1 when a file differs.
 */

/** The package root: the nearest folder above this script holding a package.json. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('No package.json above scripts/generate');
    dir = parent;
  }
  return dir;
}

async function main(args: readonly string[]): Promise<number> {
  const unknown = args.filter((a) => a !== '--check');
  if (unknown.length > 0) {
    console.error(`Unknown argument ${unknown[0]}; usage: generate [--check]`);
    return 2;
  }
  const root = packageRoot();
  if (args.includes('--check')) {
    const stale = await staleFiles(root);
    if (stale.length === 0) return 0;
    console.error(`Generated files out of date (run npm run generate):\n${stale.map((p) => `  ${p}`).join('\n')}`);
    return 1;
  }
  const written = await writeGeneratedFiles(root);
  console.log(written.length === 0 ? 'Generated files are up to date' : `Wrote ${written.join(', ')}`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
