import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * The path of a WebAssembly file the shell parser loads. The single-file bundles (the GitHub
 * Action, the pre-commit hook) run without node_modules and carry their `.wasm` files beside
 * them; everywhere else the file is resolved in its npm package.
 */
export function wasmPath(fileName: string, packageSpecifier: string): string {
  const beside = fileURLToPath(new URL(fileName, import.meta.url));
  if (existsSync(beside)) return beside;
  return createRequire(import.meta.url).resolve(packageSpecifier);
}
