import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findDockerfiles } from '../../src/files/discover.js';
import { isDockerfileName } from '../../src/files/dockerfile-names.js';
import { tempTree } from '../cli/temp-tree.js';

const root = join(import.meta.dirname, '../..');

interface Hook {
  readonly id: string;
  readonly entry: string;
  readonly language: string;
  readonly files: string;
  readonly exclude: string;
  readonly types?: readonly string[];
  readonly require_serial?: boolean;
  readonly language_version?: string;
}

const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const hook = hooks.find((h) => h.id === 'dflint')!;

/**
 * Whether pre-commit hands the hook this repository-relative path (its `files` and `exclude`
 * are searched with Python's `re.search`; the patterns use only syntax that JavaScript reads the
 * same way, and the Python check below confirms it).
 */
const selected = (path: string) => new RegExp(hook.files).test(path) && !new RegExp(hook.exclude).test(path);

const NAMES = [
  'Dockerfile', 'Dockerfile.prod', 'Dockerfile.dev.arm64', 'Dockerfile.tar.gz', 'Dockerfile.', 'Dockerfile-old', 'Dockerfile_old',
  'Dockerfiles', 'DOCKERFILE', 'dockerfile', 'dockerfile.prod', 'dockerfile.Dockerfile', '.dockerfile', '.Dockerfile', '..Dockerfile',
  'api.Dockerfile', 'api.dockerfile', 'api.DOCKERFILE', 'api.Dockerfile.bak', 'a b.Dockerfile', 'ünïcode.Dockerfile', 'Dockerfile.é',
  'Containerfile', 'Containerfile.ci', 'Containerfile.', 'containerfile', 'x.Containerfile', 'Containerfiles',
  'Dockerfile.dockerignore', 'Containerfile.containerignore', 'Dockerfile.containerignore', 'api.Dockerfile.dockerignore',
  'Dockerfile.dockerignore.bak', 'Dockerfile.dockerignored', '.dockerignore', '.containerignore', 'x.dockerignore',
  'docker-compose.yml', 'README.md', 'Makefile', 'dockerfile.md', 'Dockerfile.md',
];
const FOLDERS = ['', 'app/', 'a/b/c/', 'Dockerfile/', 'Dockerfile.d/', 'x.dockerignore/', 'node_modules/', 'app/node_modules/pkg/', 'my_node_modules/'];
const PATHS = FOLDERS.flatMap((folder) => NAMES.map((name) => folder + name));

describe('.pre-commit-hooks.yaml', () => {
  it('declares a node hook that runs the package bin, which is committed (no build step)', () => {
    expect(hooks.map((h) => h.id)).toEqual(['dflint', 'dflint-fix']);
    expect(hook).toMatchObject({ entry: 'dflint', language: 'node', types: ['text'], require_serial: true });
    // deps.md §5: a pinned version makes pre-commit download Node.js with nodeenv.
    expect(hook.language_version, 'never pin language_version').toBeUndefined();
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string>; files: string[]; scripts: Record<string, string> };
    expect(pkg.bin[hook.entry]).toBe('bundle/dflint.mjs');
    expect(existsSync(join(root, pkg.bin[hook.entry]!))).toBe(true);
    expect(pkg.files).toContain('bundle');
    // pre-commit 3.0.4 reads the tarball's name from `npm pack`'s output, which a script's
    // banner corrupts (deps.md §5); .npmrc's ignore-scripts also keeps them from running.
    for (const script of ['prepare', 'prepack', 'postpack']) expect(pkg.scripts[script], `no ${script} script`).toBeUndefined();
  });

  it('has a dflint-fix hook: the dflint hook with --fix', () => {
    const fixHook = hooks.find((h) => h.id === 'dflint-fix') as (Hook & { args?: string[] }) | undefined;
    const common = (h: object) => Object.fromEntries(Object.entries(h).filter(([key]) => !['id', 'name', 'description', 'args'].includes(key)));
    expect(fixHook?.args).toEqual(['--fix']);
    expect(common(fixHook!)).toEqual(common(hook));
  });

  it('selects exactly the paths whose file name isDockerfileName accepts, outside node_modules', () => {
    const expected = PATHS.filter((path) => isDockerfileName(path.split('/').pop()!) && !path.split('/').includes('node_modules'));
    expect(PATHS.filter(selected)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(50);
  });

  // Folders named like files of the root (Dockerfile/, x.dockerignore/) cannot sit beside them.
  const tree = tempTree(Object.fromEntries(PATHS.filter((path) => !/^(Dockerfile|x\.dockerignore)\//.test(path)).map((path) => [path, 'FROM a\n'])));
  it('selects the files `dflint .` finds in a tree', () => {
    const found = findDockerfiles('.', tree);
    const all = PATHS.filter((path) => existsSync(join(tree, path)));
    expect(all.filter(selected).sort()).toEqual([...found].sort());
  });

  // pre-commit is Python: check the patterns with Python's `re`, as pre-commit applies them.
  const python = ['python3', 'python'].find((exe) => spawnSync(exe, ['--version']).status === 0);
  it.skipIf(python === undefined)('selects the same paths with Python\'s re.search', () => {
    const script = 'import json, re, sys\nh = json.load(sys.stdin)\nprint(json.dumps([bool(re.search(h["files"], p)) and not re.search(h["exclude"], p) for p in h["paths"]]))';
    const result = spawnSync(python!, ['-c', script], { input: JSON.stringify({ files: hook.files, exclude: hook.exclude, paths: PATHS }), encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const byPython = JSON.parse(result.stdout) as boolean[];
    expect(PATHS.filter((_, i) => byPython[i])).toEqual(PATHS.filter(selected));
  });
});
