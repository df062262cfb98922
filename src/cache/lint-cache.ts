import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packageVersion } from '../cli/version.js';
import type { BuildContext } from '../engine/build-context.js';
import type { LintSettings } from '../config/effective.js';
import { findShellcheck, type ScriptResults, type ShellcheckComment, type ShellcheckSetting } from '../shellcheck/index.js';
import type { SuppressionResult } from '../suppress/types.js';
import { cacheFilePath } from './location.js';
import { ContentStore } from './store.js';

/** A file's lint result as the cache keeps it: every finding, and those pragmas suppressed. */
export type CachedLint = SuppressionResult;

/** What a file's lint result depends on, besides its settings and the tools' versions. */
export interface LintInput {
  /** The name shown in findings. */
  readonly file: string;
  readonly text: string;
  readonly buildContext: BuildContext | undefined;
}

export interface LintCacheOptions {
  /** `--cache-location`: a file, or a folder; default the OS cache folder. */
  readonly location?: string;
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** dflint's version and build, as keys hold it; default this build's (tests change it). */
  readonly tool?: string;
}

/**
 * The `--cache`: lint results of files and ShellCheck's comments on scripts, kept between runs
 * under a hash of everything they depend on: the content, dflint's version (and build), the
 * effective settings and ShellCheck's version. A change to any of them misses; old entries age
 * out. Files of the build context other than `.dockerignore` are not part of a file's key (only
 * a fix's edits read them, and `--fix` does not use the cache).
 */
export class LintCache {
  private readonly store: ContentStore;
  private readonly tool: string;
  private readonly versions = new Map<string, string>();
  private readonly settingVersions = new Map<ShellcheckSetting, string | undefined>();
  private readonly env: NodeJS.ProcessEnv;

  constructor(private readonly options: LintCacheOptions) {
    this.env = options.env ?? process.env;
    this.tool = options.tool ?? toolFingerprint();
    this.store = new ContentStore(cacheFilePath(options.location, options.cwd, this.env));
  }

  /** Problems reading or writing the cache file: the run goes on without it. */
  get warnings(): readonly string[] {
    return this.store.warnings;
  }

  /**
   * The key of a file's lint result, or undefined when it must not be cached: ShellCheck is
   * wanted but cannot be found (its absence is a warning every run must give).
   */
  fileKey(input: LintInput, settings: LintSettings): string | undefined {
    const shellcheck = this.shellcheckVersionFor(settings);
    if (shellcheck === undefined) return undefined;
    const context = input.buildContext && { dir: input.buildContext.dir, ignore: input.buildContext.dockerignore && [input.buildContext.dockerignore.path, input.buildContext.dockerignore.patterns] };
    return hash('file', this.tool, shellcheck, input.file, JSON.stringify({ settings: { ...settings, shellcheck: undefined }, context }), input.text);
  }

  lookup(key: string): CachedLint | undefined {
    return this.store.get(key) as CachedLint | undefined;
  }

  remember(key: string, result: CachedLint): void {
    this.store.set(key, result);
  }

  /** ShellCheck's cached comments for one executable, keyed also by its version. */
  readonly scripts = (executable: string): ScriptResults => {
    const version = this.shellcheckVersion(executable);
    const keyOf = (script: string) => hash('shellcheck', version, script);
    return {
      get: (script) => this.store.get(keyOf(script)) as ShellcheckComment[] | undefined,
      set: (script, comments) => this.store.set(keyOf(script), comments),
    };
  };

  save(): void {
    this.store.save();
  }

  /** `off`, the version of the ShellCheck the settings run, or undefined when it is missing. */
  private shellcheckVersionFor(settings: LintSettings): string | undefined {
    if (settings.shellcheck === false) return 'off';
    if (!this.settingVersions.has(settings.shellcheck)) {
      // Found as runShellcheck finds it.
      const executable = findShellcheck(settings.shellcheck, process.env, this.options.cwd);
      this.settingVersions.set(settings.shellcheck, executable && this.shellcheckVersion(executable));
    }
    return this.settingVersions.get(settings.shellcheck);
  }

  /** `shellcheck --version`'s whole answer (asked once per executable and run); the path when it gives none. */
  private shellcheckVersion(executable: string): string {
    let version = this.versions.get(executable);
    if (version === undefined) {
      const answer = spawnSync(executable, ['--version'], { encoding: 'utf8' });
      version = answer.status === 0 && answer.stdout ? answer.stdout : `unknown version of ${executable}`;
      this.versions.set(executable, version);
    }
    return version;
  }
}

/**
 * dflint's version, and the time the running code was built: a development build changes rules
 * without changing the version, and must not be served results of the build before.
 */
function toolFingerprint(): string {
  let built = '';
  try {
    built = String(statSync(fileURLToPath(import.meta.url)).mtimeMs);
  } catch {
    // Running from somewhere that has no file (a snapshot): the version alone.
  }
  return `${packageVersion()}@${built}`;
}

function hash(...parts: readonly string[]): string {
  const digest = createHash('sha256');
  for (const part of parts) digest.update(`${part.length}:`).update(part);
  return digest.digest('base64url');
}
