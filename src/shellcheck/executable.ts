import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';

/** How ShellCheck is asked for: found on PATH (`true`), a given executable, or not at all. */
export type ShellcheckSetting = boolean | string;

/**
 * The executable to run, or undefined when there is none: the given path (relative to `cwd`),
 * else the first `shellcheck` on PATH.
 */
export function findShellcheck(setting: ShellcheckSetting, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string | undefined {
  if (setting === false) return undefined;
  if (typeof setting === 'string') {
    const path = isAbsolute(setting) || setting.includes('/') ? resolve(cwd, setting) : onPath(setting, env);
    return path !== undefined && isExecutable(path) ? path : undefined;
  }
  return onPath('shellcheck', env);
}

/** The notice shown, once per run, when ShellCheck was wanted but cannot be run. */
export function missingNotice(setting: ShellcheckSetting): string {
  const what = typeof setting === 'string' ? `the ShellCheck executable \`${setting}\` was not found` : '`shellcheck` was not found on PATH';
  return `${what}, so RUN scripts were not checked with ShellCheck (install it, pass --shellcheck PATH, or turn it off with --no-shellcheck)`;
}

function onPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const folder of (env.PATH ?? '').split(delimiter)) {
    if (folder === '') continue;
    const candidate = join(folder, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
