import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { UnknownRuleError } from '../../src/engine/registry.js';
import type { LintOptions } from '../../src/lint.js';
import { lintFiles } from '../../src/lint-files.js';
import { tempTree } from './temp-tree.js';

// Records what each file is linted with, to check the build context lintFiles loads.
const seen = vi.hoisted(() => [] as LintOptions[]);
vi.mock('../../src/lint.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/lint.js')>();
  return {
    ...actual,
    lintModelWithSuppressions: (...args: Parameters<typeof actual.lintModelWithSuppressions>) => {
      seen.push(args[1] ?? {});
      return actual.lintModelWithSuppressions(...args);
    },
  };
});

const SUDO = 'FROM debian:12\nRUN make && \\\n    sudo make install\n';
const CLEAN = 'FROM debian:12\nRUN make install\n';

describe('lintFiles', () => {
  const root = tempTree({
    'Dockerfile': SUDO,
    'app/Dockerfile': CLEAN,
    'app/.dockerignore': 'node_modules\n',
    'web/web.Dockerfile': SUDO,
    'web/web.Dockerfile.dockerignore': '*.log\n',
    'shared-context/.dockerignore': 'secrets/\n',
    'broken/Dockerfile': { symlink: 'nowhere' },
    'node_modules/x/Dockerfile': SUDO,
  });

  const contextOf = (file: string) => {
    const options = seen.findLast((o) => o.filename === file);
    return options?.buildContext && { dir: options.buildContext.dir, patterns: options.buildContext.dockerignore?.patterns };
  };

  it('lints folders and files in one run, with findings positioned and named by the path shown', async () => {
    const result = await lintFiles(['.'], { cwd: root });
    expect(result.files).toEqual(['Dockerfile', 'app/Dockerfile', 'web/web.Dockerfile']);
    expect(result.findings.map((f) => [f.file, f.code, f.line, f.column, f.endColumn])).toEqual([
      ['Dockerfile', 'DL3004', 3, 5, 9],
      ['web/web.Dockerfile', 'DL3004', 3, 5, 9],
    ]);
    expect(result.results.map((r) => [r.file, r.text.length, r.findings.length])).toEqual([
      ['Dockerfile', SUDO.length, 1],
      ['app/Dockerfile', CLEAN.length, 0],
      ['web/web.Dockerfile', SUDO.length, 1],
    ]);
  });

  it('reports an unreadable file with its path and still lints the others', async () => {
    const result = await lintFiles(['.'], { cwd: root });
    expect(result.errors).toEqual([{ path: 'broken/Dockerfile', message: expect.stringMatching(/^Cannot read the file: .*symbolic link/) }]);
  });

  it('reports missing paths and globs matching nothing, and lints the rest', async () => {
    const result = await lintFiles(['nope', 'Dockerfile', '**/*.yaml'], { cwd: root });
    expect(result.files).toEqual(['Dockerfile']);
    expect(result.errors.map((e) => e.path)).toEqual(['nope', '**/*.yaml']);
  });

  it("loads each Dockerfile's folder as its build context, with its ignore file", async () => {
    await lintFiles(['.'], { cwd: root });
    expect(contextOf('app/Dockerfile')).toEqual({ dir: join(root, 'app'), patterns: ['node_modules'] });
    expect(contextOf('web/web.Dockerfile')).toEqual({ dir: join(root, 'web'), patterns: ['*.log'] });
    expect(contextOf('Dockerfile')).toEqual({ dir: root, patterns: undefined });
  });

  it('uses options.context as the build context of every file', async () => {
    await lintFiles(['app/Dockerfile', 'web'], { cwd: root, context: 'shared-context' });
    expect(contextOf('app/Dockerfile')).toEqual({ dir: join(root, 'shared-context'), patterns: ['secrets/'] });
    // A Dockerfile's own <name>.dockerignore still wins, as in BuildKit.
    expect(contextOf('web/web.Dockerfile')).toEqual({ dir: join(root, 'shared-context'), patterns: ['*.log'] });
  });

  it('rejects a build context that is not a folder', async () => {
    await expect(lintFiles(['Dockerfile'], { cwd: root, context: 'Dockerfile' })).rejects.toThrow('is not a directory');
  });

  it('lints standard input under the name given, with that name locating the build context', async () => {
    const result = await lintFiles(['-'], { cwd: root, stdin: SUDO, stdinFilename: 'app/Dockerfile.prod' });
    expect(result.findings.map((f) => [f.file, f.line])).toEqual([['app/Dockerfile.prod', 3]]);
    expect(contextOf('app/Dockerfile.prod')).toEqual({ dir: join(root, 'app'), patterns: ['node_modules'] });
  });

  it('names standard input - without a name, and gives it no build context unless one is set', async () => {
    const result = await lintFiles(['-'], { cwd: root, stdin: SUDO });
    expect(result.files).toEqual(['-']);
    expect(contextOf('-')).toBeUndefined();
    await lintFiles(['-'], { cwd: root, stdin: SUDO, context: 'shared-context' });
    expect(contextOf('-')).toEqual({ dir: join(root, 'shared-context'), patterns: ['secrets/'] });
  });

  it('applies rule settings and rejects unknown rules before linting', async () => {
    const off = await lintFiles(['Dockerfile'], { cwd: root, rules: { 'no-sudo': 'off' } });
    expect(off.findings).toEqual([]);
    const warning = await lintFiles(['Dockerfile'], { cwd: root, rules: { DL3004: 'warning' } });
    expect(warning.findings.map((f) => f.severity)).toEqual(['warning']);
    await expect(lintFiles(['Dockerfile'], { cwd: root, rules: { DL9999: 'off' } })).rejects.toThrow(UnknownRuleError);
  });

  const pragmaDir = tempTree({ 'Dockerfile': 'FROM debian:12\n# hadolint ignore=DL3004\nRUN sudo make install\n' });
  it('keeps the findings pragmas suppressed, with their pragmas, only when asked', async () => {
    const dir = pragmaDir;
    const plain = await lintFiles(['Dockerfile'], { cwd: dir, shellcheck: false });
    expect(plain.results[0]!.suppressed).toBeUndefined();
    const asked = await lintFiles(['Dockerfile'], { cwd: dir, shellcheck: false, includeSuppressed: true });
    expect(asked.findings.map((f) => f.code)).not.toContain('DL3004');
    expect(asked.results[0]!.suppressed!.map((s) => [s.finding.code, s.pragmas.map((p) => [p.tool, p.line])])).toEqual([['DL3004', [['hadolint', 2]]]]);
  });
});
