import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../src/files/write-file.js';
import { tempTree } from './temp-tree.js';

describe('writeFileAtomically', () => {
  const root = tempTree({ 'old.json': 'old' });

  it('replaces the file and leaves no temporary file behind', () => {
    writeFileAtomically(join(root, 'old.json'), 'new');
    writeFileAtomically(join(root, 'fresh.txt'), 'text');
    expect(readFileSync(join(root, 'old.json'), 'utf8')).toBe('new');
    expect(readdirSync(root).sort()).toEqual(['fresh.txt', 'old.json']);
  });

  it('fails without a trace when the folder does not exist', () => {
    expect(() => writeFileAtomically(join(root, 'missing', 'x.json'), 'x')).toThrow(/ENOENT/);
    expect(readdirSync(root).sort()).toEqual(['fresh.txt', 'old.json']);
  });
});
