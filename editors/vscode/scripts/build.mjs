// Builds the extension for `vsce package` (its vscode:prepublish script) and for development:
// copies the language server from the repository's bundle/ into server/, then bundles the client
// into dist/extension.js. The server runs from the bundle's files, so the extension needs no
// node_modules of its own (`vsce package --no-dependencies`).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const extensionDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repositoryDir = join(extensionDir, '..', '..');
const bundleDir = join(repositoryDir, 'bundle');
const serverDir = join(extensionDir, 'server');
const SERVER_ENTRY = 'dflint-lsp.mjs';
// The licences of the code in the bundle, which the server is part of.
const NOTICES = 'THIRD-PARTY-NOTICES.md';

/** Builds the repository's bundle when it has no server yet (it needs the repository's own dependencies, `npm ci`). */
function ensureBundle() {
  if (existsSync(join(bundleDir, SERVER_ENTRY))) return;
  console.log(`${SERVER_ENTRY} is not in bundle/: building the bundle (npm run bundle)`);
  const result = spawnSync('npm', ['run', 'bundle'], { cwd: repositoryDir, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0 || !existsSync(join(bundleDir, SERVER_ENTRY))) {
    console.error(`Could not build bundle/${SERVER_ENTRY}: run \`npm ci\` then \`npm run bundle\` in ${repositoryDir}`);
    process.exit(1);
  }
}

// Sibling modules a bundle file loads: `from "./chunk-X.mjs"`, `import("./chunk-X.mjs")`,
// `new URL("./dflint-worker.mjs", import.meta.url)`.
const SIBLING_MODULE = /["']\.\/([\w.-]+\.(?:mjs|cjs))["']/g;

/** The server's entry and every bundle file it loads, followed from file to file: the CLI's and the Action's entries stay out. */
function serverModules() {
  const found = new Set([SERVER_ENTRY]);
  for (const name of found) {
    const text = readFileSync(join(bundleDir, name), 'utf8');
    for (const [, sibling] of text.matchAll(SIBLING_MODULE)) {
      if (!existsSync(join(bundleDir, sibling))) throw new Error(`bundle/${name} loads ./${sibling}, which is not in bundle/`);
      found.add(sibling);
    }
  }
  return [...found];
}

function copyServer() {
  ensureBundle();
  rmSync(serverDir, { recursive: true, force: true });
  mkdirSync(serverDir);
  // The shell parser's WebAssembly files are loaded by name from beside the bundle.
  const wasm = readdirSync(bundleDir).filter((name) => name.endsWith('.wasm'));
  const files = [...serverModules(), ...wasm, NOTICES];
  for (const name of files) copyFileSync(join(bundleDir, name), join(serverDir, name));
  return files;
}

async function buildClient() {
  await build({
    absWorkingDir: extensionDir,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Provided by VS Code at run time.
    external: ['vscode'],
    minify: true,
    sourcemap: false,
    legalComments: 'eof',
    logLevel: 'warning',
  });
}

const files = copyServer();
await buildClient();
console.log(`Wrote dist/extension.js and server/ (${files.length} files: ${files.join(', ')})`);
