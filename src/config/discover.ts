import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { statOrUndefined } from '../files/stat.js';
import type { KeyPath } from './key-path.js';
import type { Syntax } from './parse-file.js';

/** A file that holds a configuration, and how to read it. */
export interface ConfigFileRef {
  /** Absolute path. */
  readonly path: string;
  readonly format: 'dflint' | 'hadolint';
  readonly syntax: Syntax;
  /** The key the configuration sits under: `dflint` in package.json. */
  readonly within: KeyPath;
}

/** In the order they win within one folder: dflint's own files, package.json, then hadolint's. */
export const CONFIG_FILE_NAMES = ['.dflint.yaml', '.dflint.yml', '.dflint.json', 'package.json', '.hadolint.yaml', '.hadolint.yml'] as const;

const isFile = (path: string) => statOrUndefined(path)?.isFile() === true;

/** The configuration of a folder itself (no walking up), if it has one. */
export function configFileIn(dir: string): ConfigFileRef | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const path = join(dir, name);
    if (!isFile(path)) continue;
    if (name === 'package.json') {
      if (hasDflintKey(path)) return { path, format: 'dflint', syntax: 'json', within: ['dflint'] };
      continue;
    }
    return refFor(path);
  }
  return undefined;
}

/** How to read a file given with `--config`, from its name. */
export function refFor(path: string): ConfigFileRef {
  const name = basename(path);
  if (name === 'package.json') return { path, format: 'dflint', syntax: 'json', within: ['dflint'] };
  if (/hadolint\.ya?ml$/.test(name)) return { path, format: 'hadolint', syntax: 'yaml', within: [] };
  return { path, format: 'dflint', syntax: name.endsWith('.json') ? 'json' : 'yaml', within: [] };
}

/**
 * Whether a package.json configures dflint. One that does not parse counts when it mentions
 * `"dflint"`, so its syntax error is reported instead of the configuration being skipped.
 */
function hasDflintKey(path: string): boolean {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return false;
  }
  try {
    const manifest: unknown = JSON.parse(text);
    return manifest !== null && typeof manifest === 'object' && Object.hasOwn(manifest, 'dflint');
  } catch {
    return text.includes('"dflint"');
  }
}

/** The search stops at a repository's root: the folder holding `.git` (a folder, or a file in worktrees). */
export function isRepositoryRoot(dir: string): boolean {
  return existsSync(join(dir, '.git'));
}
