import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wasmPath } from '../../src/model/shell/wasm.js';

const root = join(import.meta.dirname, '..', '..');

describe('wasmPath', () => {
  it("finds the grammar in the package's bundle/ folder, without its npm package", () => {
    expect(wasmPath('tree-sitter-bash.wasm', 'no-such-package/tree-sitter-bash.wasm')).toBe(join(root, 'bundle', 'tree-sitter-bash.wasm'));
  });

  it('ships the very grammar of the tree-sitter-bash version in the lockfile', () => {
    const installed = createRequire(join(root, 'package.json')).resolve('tree-sitter-bash/tree-sitter-bash.wasm');
    expect(readFileSync(wasmPath('tree-sitter-bash.wasm', 'no-such-package/x.wasm')).equals(readFileSync(installed))).toBe(true);
  });

  it('falls back to the npm package for a file the bundle does not carry', () => {
    expect(() => wasmPath('absent.wasm', 'no-such-package/absent.wasm')).toThrow(/no-such-package/);
  });
});
