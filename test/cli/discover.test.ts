import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover, displayPath, findDockerfiles } from '../../src/files/discover.js';
import { isDockerfileName } from '../../src/files/dockerfile-names.js';
import { tempTree } from './temp-tree.js';

describe('isDockerfileName', () => {
  it.each(['Dockerfile', 'Dockerfile.prod', 'Dockerfile.dev.arm64', 'api.Dockerfile', 'api.dockerfile', 'Containerfile', 'Containerfile.ci', 'dockerfile'])(
    '%s is a Dockerfile',
    (name) => expect(isDockerfileName(name)).toBe(true),
  );
  it.each(['dockerfile.prod', 'Dockerfile.dockerignore', 'Containerfile.containerignore', '.dockerignore', 'Dockerfiles', 'docker-compose.yml', 'Dockerfile-old', '.Dockerfile', 'README.md'])(
    '%s is not',
    (name) => expect(isDockerfileName(name)).toBe(false),
  );
});

describe('findDockerfiles', () => {
  const root = tempTree({
    'Dockerfile': 'FROM a',
    'Dockerfile.dockerignore': 'x',
    'app/api.Dockerfile': 'FROM a',
    'app/notes.txt': 'x',
    'app/node_modules/pkg/Dockerfile': 'FROM a',
    '.git/Dockerfile': 'FROM a',
    '.devcontainer/Dockerfile': 'FROM a',
    'Dockerfile.d/Containerfile': 'FROM a',
    'loop/Containerfile': 'FROM a',
    'loop/again': { symlink: '..' },
    'broken/Dockerfile': { symlink: 'missing' },
  });

  it('finds Dockerfile names recursively, sorted, skipping node_modules and .git but not other hidden folders', () => {
    expect(findDockerfiles('.', root)).toEqual([
      '.devcontainer/Dockerfile',
      'Dockerfile',
      'Dockerfile.d/Containerfile',
      'app/api.Dockerfile',
      'broken/Dockerfile',
      'loop/Containerfile',
    ]);
  });

  it('follows a symlinked folder at most once, so loops end', () => {
    expect(findDockerfiles('loop', root)).toEqual(['loop/Containerfile', 'loop/again/.devcontainer/Dockerfile', 'loop/again/Dockerfile', 'loop/again/Dockerfile.d/Containerfile', 'loop/again/app/api.Dockerfile', 'loop/again/broken/Dockerfile']);
  });
});

describe('discover', () => {
  const root = tempTree({
    'Dockerfile': 'FROM a',
    'custom.txt': 'FROM a',
    'services/api/Dockerfile': 'FROM a',
    'services/web/Containerfile': 'FROM a',
    'services/web/node_modules/x/Dockerfile': 'FROM a',
  });
  const run = (inputs: string[], cwd = root) => {
    const { sources, errors } = discover(inputs, cwd);
    return { files: sources.map((s) => (s.kind === 'stdin' ? '-' : s.path)), errors };
  };

  it('takes a named file whatever its name', () => {
    expect(run(['custom.txt'])).toEqual({ files: ['custom.txt'], errors: [] });
  });

  it('searches folders', () => {
    expect(run(['services']).files).toEqual(['services/api/Dockerfile', 'services/web/Containerfile']);
  });

  it('expands globs, searching the folders they match', () => {
    expect(run(['services/*']).files).toEqual(['services/api/Dockerfile', 'services/web/Containerfile']);
    expect(run(['**/Dockerfile']).files).toEqual(['Dockerfile', 'services/api/Dockerfile']);
  });

  it('keeps the order of the inputs and lists each file once', () => {
    expect(run(['services/web', 'Dockerfile', '.', './Dockerfile', '-', '-']).files).toEqual([
      'services/web/Containerfile',
      'Dockerfile',
      'services/api/Dockerfile',
      '-',
    ]);
  });

  it('reports missing paths and globs without matches, and goes on', () => {
    expect(run(['missing/Dockerfile', 'Dockerfile', '*.yaml'])).toEqual({
      files: ['Dockerfile'],
      errors: [
        { path: 'missing/Dockerfile', message: 'No such file or directory; check the path (it is relative to the current folder)' },
        { path: '*.yaml', message: 'No files match the pattern' },
      ],
    });
  });

  it('shows paths relative to the working folder when under it, else as given', () => {
    const cwd = join(root, 'services');
    expect(run(['../Dockerfile', join(root, 'services/api'), 'web'], cwd).files).toEqual(['../Dockerfile', 'api/Dockerfile', 'web/Containerfile']);
    expect(run([join(root, 'Dockerfile')], cwd).files).toEqual([join(root, 'Dockerfile')]);
  });

  it('displayPath normalises paths outside the working folder', () => {
    expect(displayPath('/a/b/Dockerfile', '/a/./b//Dockerfile', '/c')).toBe('/a/b/Dockerfile');
    expect(displayPath('/c/..x/Dockerfile', '..x/Dockerfile', '/c')).toBe('..x/Dockerfile');
  });
});
