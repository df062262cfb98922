import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigResolver } from '../../src/config/resolver.js';
import type { EffectiveConfig } from '../../src/config/types.js';
import { tempTree } from '../cli/temp-tree.js';

const severityOf = (config: EffectiveConfig, code: string) => config.rules.find((r) => r.rule.code === code)!.setting;
const resolver = (cwd: string, options: Partial<ConstructorParameters<typeof ConfigResolver>[0]> = {}) => new ConfigResolver({ cwd, env: {}, ...options });

describe('config discovery', () => {
  const tree = tempTree({
    'repo/.git/HEAD': 'ref: refs/heads/main\n',
    'repo/.dflint.yaml': 'rules: { DL3004: warning }\n',
    'repo/Dockerfile': 'FROM a:1\n',
    'repo/services/api/Dockerfile': 'FROM a:1\n',
    'repo/services/web/.dflint.json': '{ "rules": { "DL3004": "info" } }',
    'repo/services/web/deep/er/Dockerfile': 'FROM a:1\n',
    'repo/legacy/.hadolint.yaml': 'override:\n  style: [DL3004]\n',
    'repo/legacy/Dockerfile': 'FROM a:1\n',
    'repo/both/.dflint.yml': 'rules: { DL3004: style }\n',
    'repo/both/.hadolint.yaml': 'ignored: [DL3004]\n',
    'repo/node/package.json': '{ "name": "x", "dflint": { "ignore": ["no-sudo"] } }',
    'repo/node/Dockerfile': 'FROM a:1\n',
    'repo/plain-node/package.json': '{ "name": "y" }',
    'repo/plain-node/Dockerfile': 'FROM a:1\n',
    'repo/nested/.git': 'gitdir: /elsewhere\n',
    'repo/nested/Dockerfile': 'FROM a:1\n',
    'outside/.dflint.yaml': 'rules: { DL3004: style }\n',
    'outside/repo2/.git/HEAD': '',
    'outside/repo2/Dockerfile': 'FROM a:1\n',
  });
  const at = (path: string) => join(tree, path);

  it('uses the config file of the Dockerfile\'s folder or the nearest above it', async () => {
    const configs = resolver(tree);
    expect(severityOf(await configs.forFile(at('repo/Dockerfile')), 'DL3004')).toBe('warning');
    expect(severityOf(await configs.forFile(at('repo/services/api/Dockerfile')), 'DL3004')).toBe('warning');
    const deep = await configs.forFile(at('repo/services/web/deep/er/Dockerfile'));
    expect(severityOf(deep, 'DL3004')).toBe('info');
    expect(deep.configFile).toBe(at('repo/services/web/.dflint.json'));
  });

  it('reads a nearer .hadolint.yaml in hadolint\'s format', async () => {
    const config = await resolver(tree).forFile(at('repo/legacy/Dockerfile'));
    expect(config.configFile).toBe(at('repo/legacy/.hadolint.yaml'));
    expect(severityOf(config, 'DL3004')).toBe('style');
  });

  it('prefers a dflint file over a hadolint file in the same folder', async () => {
    expect(severityOf(await resolver(tree).forFile(at('repo/both/Dockerfile')), 'DL3004')).toBe('style');
  });

  it('reads the "dflint" key of package.json, and skips a package.json without one', async () => {
    const configs = resolver(tree);
    expect(severityOf(await configs.forFile(at('repo/node/Dockerfile')), 'DL3004')).toBe('off');
    const plain = await configs.forFile(at('repo/plain-node/Dockerfile'));
    expect(plain.configFile).toBe(at('repo/.dflint.yaml'));
  });

  it('stops at the repository root (a .git folder, or a .git file in a worktree)', async () => {
    const configs = resolver(tree);
    expect((await configs.forFile(at('repo/nested/Dockerfile'))).configFile).toBeUndefined();
    expect((await configs.forFile(at('outside/repo2/Dockerfile'))).configFile).toBeUndefined();
  });

  it('walks to the file system root outside repositories', async () => {
    const configs = resolver(tree);
    expect((await configs.forFile(at('outside/Dockerfile'))).configFile).toBe(at('outside/.dflint.yaml'));
  });

  it('uses --config for every Dockerfile, and reads hadolint files given that way in hadolint\'s format', async () => {
    const explicit = resolver(tree, { config: 'repo/both/.dflint.yml' });
    expect(severityOf(await explicit.forFile(at('repo/services/web/deep/er/Dockerfile')), 'DL3004')).toBe('style');
    const hadolint = resolver(tree, { config: at('repo/both/.hadolint.yaml') });
    expect(severityOf(await hadolint.forFile(at('repo/Dockerfile')), 'DL3004')).toBe('off');
  });

  it('reads no config file with config: false (--no-config)', async () => {
    const config = await resolver(tree, { config: false }).forFile(at('repo/Dockerfile'));
    expect(config.configFile).toBeUndefined();
    expect(severityOf(config, 'DL3004')).toBe('error');
  });

  it('resolves standard input from a folder (the working folder, or the --stdin-filename folder)', async () => {
    const configs = resolver(at('repo/services/web'));
    expect(severityOf(await configs.forFolder(at('repo/services/web')), 'DL3004')).toBe('info');
    expect(severityOf(await configs.forFolder('.'), 'DL3004')).toBe('info');
  });

  it('reads each folder and file once: later lookups come from the cache', async () => {
    const cached = tempTree({ '.git/HEAD': '', 'a/.dflint.yaml': 'rules: { DL3004: style }\n', 'a/b/Dockerfile': '', 'a/c/Dockerfile': '' });
    const configs = resolver(cached);
    expect(severityOf(await configs.forFile(join(cached, 'a/b/Dockerfile')), 'DL3004')).toBe('style');
    rmSync(join(cached, 'a/.dflint.yaml'));
    expect(severityOf(await configs.forFile(join(cached, 'a/c/Dockerfile')), 'DL3004')).toBe('style');
    expect(severityOf(await resolver(cached).forFile(join(cached, 'a/c/Dockerfile')), 'DL3004')).toBe('error');
  });

  it('resolves thousands of Dockerfiles in a few folders quickly', async () => {
    const configs = resolver(tree);
    const started = performance.now();
    const files = Array.from({ length: 5000 }, (_, i) => at(`repo/services/${['api', 'web/deep/er', 'x/y/z'][i % 3]}/Dockerfile`));
    const results = await Promise.all(files.map((file) => configs.forFile(file)));
    expect(new Set(results).size).toBe(2); // one effective config object per distinct config
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
