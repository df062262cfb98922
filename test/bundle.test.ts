import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE_DIR, buildBundles } from '../scripts/bundle/build-bundle.js';
import { packageDirOf } from '../scripts/bundle/licenses.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');
const committed = join(root, BUNDLE_DIR);
const scratch = mkdtempSync(join(tmpdir(), 'dflint-bundle-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the committed bundles (bundle/)', () => {
  it('are what `npm run bundle` builds from the current sources', async () => {
    const fresh = join(scratch, 'fresh');
    const files = await buildBundles(root, fresh);
    expect(readdirSync(committed).sort(), 'bundle/ holds other files: run `npm run bundle`').toEqual([...files].sort());
    for (const file of files) {
      const same = readFileSync(join(fresh, file)).equals(readFileSync(join(committed, file)));
      expect(same, `bundle/${file} is stale: run \`npm run bundle\` and commit bundle/`).toBe(true);
    }
  });

  it('run on their own, with no node_modules and no package.json around them', async () => {
    const alone = join(scratch, 'alone');
    cpSync(committed, alone, { recursive: true });
    writeFileSync(join(scratch, 'Dockerfile'), 'FROM ubuntu\nRUN sudo make install\n');
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
    expect((await run('node', [join(alone, 'dflint.mjs'), '--version'], { cwd: scratch })).stdout.trim()).toBe(version);
    const lint = await run('node', [join(alone, 'dflint.mjs'), '--no-shellcheck', '-f', 'json', 'Dockerfile'], { cwd: scratch }).catch((error: { code: number; stdout: string }) => error);
    expect('code' in lint ? lint.code : 0).toBe(1);
    // DL3004 needs the shell parser, so its WebAssembly files were found beside the bundle.
    const codes = (JSON.parse(lint.stdout) as Array<{ code: string }>).map((f) => f.code);
    expect(codes).toEqual(['DL3006', 'DL3004']);
  });
});

describe("the npm bin's compile cache", () => {
  const dockerfile = join(scratch, 'cache.Dockerfile');
  const cacheHome = join(scratch, 'xdg-cache');
  const compileFolder = join(cacheHome, 'dflint', 'compile');
  const lint = (env: NodeJS.ProcessEnv = {}) =>
    run('node', [join(committed, 'dflint.mjs'), '--no-shellcheck', '-f', 'json', dockerfile], { env: { ...process.env, XDG_CACHE_HOME: cacheHome, ...env } }).catch(
      (error: { stdout: string }) => error,
    );
  const cacheFiles = () => {
    try {
      return readdirSync(compileFolder);
    } catch {
      return [];
    }
  };

  it('is written by the first run, read by the next, and rewritten when it cannot be used', async () => {
    writeFileSync(dockerfile, 'FROM ubuntu\nRUN sudo make install\n');
    const first = await lint();
    expect(cacheFiles()).toHaveLength(1);
    const [cache] = cacheFiles();
    const written = readFileSync(join(compileFolder, cache!));
    expect((await lint()).stdout).toBe(first.stdout);
    expect(readFileSync(join(compileFolder, cache!)).equals(written), 'a usable cache is left alone').toBe(true);

    writeFileSync(join(compileFolder, cache!), 'not a V8 code cache');
    expect((await lint()).stdout).toBe(first.stdout);
    expect(readFileSync(join(compileFolder, cache!)).length).toBeGreaterThan(1000);
    expect(cacheFiles(), 'no temporary file is left behind').toEqual([cache]);
  });

  it('is neither read nor written with NODE_DISABLE_COMPILE_CACHE, as Node does', async () => {
    rmSync(compileFolder, { recursive: true, force: true });
    writeFileSync(dockerfile, 'FROM ubuntu\n');
    expect(JSON.parse((await lint({ NODE_DISABLE_COMPILE_CACHE: '1' })).stdout)).toHaveLength(1);
    expect(cacheFiles()).toEqual([]);
  });
});

describe('the notices of the bundled packages', () => {
  it('name the package folder of each bundled file, scoped and nested ones included', () => {
    expect(packageDirOf('node_modules/yargs/build/lib/yargs-factory.js')).toBe('node_modules/yargs');
    expect(packageDirOf('node_modules/@actions/core/lib/core.js')).toBe('node_modules/@actions/core');
    expect(packageDirOf('node_modules/cliui/node_modules/string-width/index.js')).toBe('node_modules/cliui/node_modules/string-width');
    expect(packageDirOf('src/cli/bin.ts')).toBeUndefined();
  });

  it('cover every package whose code or grammar is bundled', () => {
    const notices = readFileSync(join(committed, 'THIRD-PARTY-NOTICES.md'), 'utf8');
    for (const name of ['yargs', 'dockerfile-ast', 'web-tree-sitter', 'tree-sitter-bash', '@actions/core']) {
      expect(notices).toMatch(new RegExp(`^## ${name.replace('/', '\\/')} \\d`, 'm'));
    }
    expect(notices).toContain('Permission is hereby granted');
  });
});
