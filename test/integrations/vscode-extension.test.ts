import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDockerfileName } from '../../src/files/dockerfile-names.js';
import { FIX_ALL_COMMAND } from '../../src/lsp/server.js';
import { DEFAULT_SETTINGS, readSettings, type ClientSettings } from '../../src/lsp/settings.js';
import { startSession } from '../lsp/lsp-client.js';

/**
 * The VS Code extension in editors/vscode: its manifest agrees with the server, its client
 * type-checks against @types/vscode, and the server it packages starts on its own. Its
 * dependencies are its own (editors/vscode/package-lock.json): `.ci/run` installs them, and this
 * test does on first use.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const EXTENSION = join(ROOT, 'editors', 'vscode');
const INSTALL = ['ci', '--prefix', EXTENSION, '--no-audit', '--no-fund', '--loglevel=error'];

interface ManifestSetting {
  readonly type: string;
  readonly default: unknown;
  readonly enum?: readonly string[];
}

interface Manifest {
  readonly version: string;
  readonly main: string;
  readonly engines: { readonly vscode: string };
  readonly activationEvents: readonly string[];
  readonly devDependencies: Readonly<Record<string, string>>;
  readonly contributes: {
    readonly configuration: { readonly properties: Readonly<Record<string, ManifestSetting>> };
    readonly commands: ReadonlyArray<{ readonly command: string; readonly title: string; readonly category?: string }>;
  };
}

const manifest = JSON.parse(readFileSync(join(EXTENSION, 'package.json'), 'utf8')) as Manifest;

// A server setting the extension leaves out of its settings: how long to wait after a keystroke is
// the server's business (tests shorten it); users choose between onType and onSave.
const NOT_CONTRIBUTED: ReadonlySet<keyof ClientSettings> = new Set(['debounce']);

/** Names to try file-name globs on: dflint's own cases, and names near them that are not Dockerfiles. */
const NAMES = [
  'Dockerfile', 'dockerfile', 'Dockerfile.dev', 'Dockerfile.prod.arm64', 'api.Dockerfile', 'api.dockerfile',
  'Containerfile', 'Containerfile.test', 'Dockerfile.dockerignore', 'Containerfile.containerignore',
  'DOCKERFILE', 'Dockerfile-old', 'Dockerfiles', 'docker-compose.yml', 'README.md', '.dockerignore', 'Makefile',
];

function ensureInstalled(): void {
  if (existsSync(join(EXTENSION, 'node_modules', '.package-lock.json'))) return;
  const result = spawnSync('npm', INSTALL, { cwd: ROOT, encoding: 'utf8', timeout: 280_000 });
  if (result.status !== 0) throw new Error(`npm ${INSTALL.join(' ')} failed:\n${result.stderr}`);
}

describe('the VS Code extension manifest (editors/vscode/package.json)', () => {
  it('contributes each setting the server reads, with the server\'s defaults and values', () => {
    const contributed = Object.keys(manifest.contributes.configuration.properties).sort();
    const read = Object.keys(DEFAULT_SETTINGS).filter((key) => !NOT_CONTRIBUTED.has(key as keyof ClientSettings)).map((key) => `dflint.${key}`).sort();
    expect(contributed).toEqual(read);
    for (const [name, setting] of Object.entries(manifest.contributes.configuration.properties)) {
      const key = name.slice('dflint.'.length) as keyof ClientSettings;
      // VS Code sends "" for an unset string: the server reads it as no value, its default.
      expect(readSettings({ [key]: setting.default })[key], name).toEqual(DEFAULT_SETTINGS[key]);
      for (const value of setting.enum ?? []) expect(readSettings({ [key]: value })[key], `${name}: ${value}`).toBe(value);
      const other = setting.type === 'boolean' ? !setting.default : setting.type === 'string' && setting.enum === undefined ? 'ci/.dflint.yaml' : undefined;
      if (other !== undefined) expect(readSettings({ [key]: other })[key], name).toBe(other);
    }
  });

  it('contributes the server\'s fix-all command and the output command, both under "dflint"', () => {
    const commands = manifest.contributes.commands;
    expect(commands.map((c) => c.command).sort()).toEqual([FIX_ALL_COMMAND, 'dflint.showOutput'].sort());
    for (const command of commands) expect(`${command.category}: ${command.title}`).toMatch(/^dflint: (Fix all|Show output)$/);
    // The client registers the output command itself; vscode-languageclient registers the server's.
    expect(readFileSync(join(EXTENSION, 'src', 'extension.ts'), 'utf8')).toContain("registerCommand('dflint.showOutput'");
  });

  it('starts with Dockerfiles, leaving which files they are to VS Code', () => {
    // VS Code already opens every name dflint lints as `dockerfile` (Dockerfile, Dockerfile.*, *.dockerfile,
    // Containerfile...); names it would not are still sent to the server by the document selector.
    expect(manifest.activationEvents).toEqual(['onLanguage:dockerfile']);
    expect(manifest.contributes).not.toHaveProperty('languages');
  });

  it('ships the server of the same version, for the VS Code its types describe', () => {
    const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(manifest.version).toBe(root.version);
    expect(manifest.engines.vscode).toBe(`^${manifest.devDependencies['@types/vscode']}`);
  });
});

describe('the VS Code extension, installed', () => {
  let vsce: string;
  let work: string;
  beforeAll(() => {
    ensureInstalled();
    vsce = join(EXTENSION, 'node_modules', '@vscode', 'vsce', 'vsce');
    work = mkdtempSync(join(tmpdir(), 'dflint-vscode-'));
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('sends to the server every file name dflint lints, and no other but ignore files', async () => {
    // minimatch (a dependency of vscode-languageclient) reads these globs as VS Code does. The
    // extension's module is imported by path: the root's type-check does not see editors/vscode's dependencies.
    const { minimatch } = createRequire(join(EXTENSION, 'package.json'))('minimatch') as { minimatch: (path: string, glob: string) => boolean };
    const { DOCKERFILE_NAMES_GLOB } = await import(pathToFileURL(join(EXTENSION, 'src', 'document-selector.ts')).href) as { DOCKERFILE_NAMES_GLOB: string };
    for (const name of NAMES) {
      const sent = minimatch(`/work/${name}`, DOCKERFILE_NAMES_GLOB);
      if (isDockerfileName(name)) expect(sent, name).toBe(true);
      else expect(!sent || /ignore$/.test(name), name).toBe(true);
    }
  });

  it('type-checks its client against @types/vscode', () => {
    const result = spawnSync(process.execPath, [join(EXTENSION, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(EXTENSION, 'tsconfig.json')], { encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 120_000);

  it('packages the client, the server and nothing else; the server answers from a copy of the package', async () => {
    expect(existsSync(join(ROOT, 'bundle', 'dflint-lsp.mjs')), 'bundle/ has no dflint-lsp.mjs: run `npm run bundle`').toBe(true);
    execFileSync(process.execPath, [join(EXTENSION, 'scripts', 'build.mjs')], { cwd: EXTENSION, encoding: 'utf8' });
    const listed = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: EXTENSION, encoding: 'utf8' }).trim().split('\n').sort();
    const server = listed.filter((file) => file.startsWith('server/'));
    expect(listed.filter((file) => !file.startsWith('server/'))).toEqual(['LICENSE', 'README.md', 'dist/extension.js', 'package.json']);
    expect(server).toContain('server/dflint-lsp.mjs');
    expect(server).toContain('server/tree-sitter-bash.wasm');
    // The CLI's and the Action's entries are not the server's.
    expect(server).not.toContain('server/dflint-cli.cjs');
    expect(server).not.toContain('server/action.mjs');

    // Away from the repository, so that nothing is found in its bundle/ or node_modules.
    const copy = join(work, 'extension');
    for (const file of listed) cpSync(join(EXTENSION, file), join(copy, file));
    const uri = pathToFileURL(join(work, 'Dockerfile')).href;
    // As vscode-languageclient starts it (TransportKind.stdio adds both arguments).
    const session = await startSession({ args: [join(copy, 'server', 'dflint-lsp.mjs'), '--stdio', `--clientProcessId=${process.pid}`], cwd: work });
    try {
      session.open(uri, 'FROM alpine:3.20\nADD src/ /srv/\n');
      const { diagnostics } = await session.diagnostics(uri);
      expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'DL3020', source: 'dflint', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } } }));
    } finally {
      expect(await session.close(), session.log.join('')).toBe(0);
    }
  }, 120_000);
});
