import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The path of a WebAssembly file the shell parser loads, from the first place that has it:
 * beside this module (each single-file bundle carries its own), then the package's committed
 * `bundle/` folder, then the npm package that makes it. The grammar comes from `bundle/` so that
 * installing dflint never installs tree-sitter-bash, whose install step may compile a native
 * addon that dflint does not use.
 */
export function wasmPath(fileName: string, packageSpecifier: string): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const beside = join(here, fileName);
  if (existsSync(beside)) return beside;
  for (let dir = here; ; dir = dirname(dir)) {
    const shipped = join(dir, 'bundle', fileName);
    if (existsSync(shipped)) return shipped;
    // The package root: above it lies someone else's project.
    if (existsSync(join(dir, 'package.json')) || dirname(dir) === dir) break;
  }
  return createRequire(import.meta.url).resolve(packageSpecifier);
}
