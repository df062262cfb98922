import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'dist', 'src', 'cli', 'bin.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** `npm test` builds first; a targeted `vitest run test/cli` builds here when dist/ is missing or stale. */
export function ensureBuilt(): void {
  const stale = !existsSync(BIN) || statSync(BIN).mtimeMs < Math.max(newestSource(join(ROOT, 'src')), newestSource(join(ROOT, 'rules')));
  if (stale) execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.json')], { stdio: 'inherit' });
}

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the built binary as a user would, with colour variables cleared unless given. ShellCheck
 * is off (`--no-shellcheck`) unless `shellcheck` is true, so that the output is the same whether
 * it is installed or not; test/shellcheck tests it.
 */
export function dflintProcess(args: readonly string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv; shellcheck?: boolean } = {}): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const result = spawnSync(process.execPath, [BIN, ...(options.shellcheck ? [] : ['--no-shellcheck']), ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: { ...env, ...options.env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
