import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { lintFiles } from '../../src/lint-files.js';
import { tempTree } from './temp-tree.js';

/**
 * Permission errors, which a test running as root cannot cause with chmod: node:fs fails as it
 * would for a user without the rights, for paths whose last part is `locked`.
 */
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const denied = (path: unknown) => String(path).endsWith('locked') || String(path).endsWith(join('locked', 'Dockerfile'));
  const eacces = (path: unknown) => Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES' });
  return {
    ...fs,
    readdirSync: ((path: unknown, ...rest: unknown[]) => {
      if (String(path).endsWith('locked')) throw eacces(path);
      return (fs.readdirSync as (...args: unknown[]) => unknown)(path, ...rest);
    }) as typeof fs.readdirSync,
    readFileSync: ((path: unknown, ...rest: unknown[]) => {
      if (denied(path)) throw eacces(path);
      return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
    }) as typeof fs.readFileSync,
  };
});

describe('files and folders the user may not read', () => {
  const tree = tempTree({
    'Dockerfile': 'FROM debian:12\nRUN sudo true\n',
    'services/locked/Dockerfile': 'FROM debian:12\n',
    'services/api/Dockerfile': 'FROM debian:12\nRUN sudo true\n',
    'other/Dockerfile.locked': 'FROM debian:12\n',
  });

  it('names a folder it cannot search and a file it cannot read, says what to do, and lints the other files', async () => {
    const result = await lintFiles(['.'], { cwd: tree, shellcheck: false });
    expect(result.errors).toEqual([
      { path: 'services/locked', message: 'Cannot search the folder: permission denied, so Dockerfiles in it were not linted; make it readable (`chmod a+rx`) or leave it out of the paths' },
      { path: 'other/Dockerfile.locked', message: 'Cannot read the file: permission denied; make it readable (`chmod a+r`) or leave it out of the paths' },
    ]);
    expect(result.files).toEqual(['Dockerfile', 'services/api/Dockerfile']);
  });

  it('names a file it cannot read, says what to do, and lints the other files', async () => {
    const result = await lintFiles(['other/Dockerfile.locked', 'Dockerfile'], { cwd: tree, shellcheck: false });
    expect(result.errors).toEqual([
      { path: 'other/Dockerfile.locked', message: 'Cannot read the file: permission denied; make it readable (`chmod a+r`) or leave it out of the paths' },
    ]);
    expect(result.files).toEqual(['Dockerfile']);
  });
});
