import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Set by the bundler (scripts/bundle.ts): a bundle may run far from any package.json. */
declare const DFLINT_BUNDLED_VERSION: string | undefined;

/**
 * dflint's version: the bundler's, else the one in its package.json, found by walking up from this module (it sits at a
 * different depth in `src/` and in `dist/src/`).
 */
export function packageVersion(): string {
  if (typeof DFLINT_BUNDLED_VERSION === 'string') return DFLINT_BUNDLED_VERSION;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const manifest = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'dflint' && manifest.version) return manifest.version;
    }
    const parent = dirname(dir);
    if (parent === dir) return '0.0.0';
    dir = parent;
  }
}
