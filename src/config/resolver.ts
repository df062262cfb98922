import { dirname, relative, resolve, sep } from 'node:path';
import { allRules } from '../rule-set.js';
import type { Rule } from '../engine/types.js';
import { configFileIn, isRepositoryRoot, refFor, type ConfigFileRef } from './discover.js';
import { displayPath } from './display-path.js';
import { resolveLayers } from './effective.js';
import { readEnvironment, type EnvironmentRead } from './environment.js';
import type { LoadConfig, LoadResult } from './load.js';
import { ConfigError } from './problems.js';
import { ruleIds } from './schema.js';
import type { ConfigLayer, EffectiveConfig, LoadedConfig } from './types.js';

export interface ResolverOptions {
  /** Where relative paths start, and what paths in messages are relative to. */
  readonly cwd: string;
  /** One config file for every Dockerfile instead of the search (`--config`), or false for none (`--no-config`). */
  readonly config?: string | false;
  /** For the `HADOLINT_*` variables; default `process.env`. */
  readonly env?: NodeJS.ProcessEnv;
  /** The command line's settings, which win over everything else. */
  readonly cli?: ConfigLayer;
  /** The rules to configure (tests pass their own); default every dflint rule. */
  readonly rules?: readonly Rule[];
}

/**
 * Finds and resolves configuration per Dockerfile. Sources, from the lowest precedence: the
 * defaults, `HADOLINT_*` variables, the config file (its top level, then each matching entry of
 * `overrides` in order), the command line. The config file is the nearest one walking up from
 * the Dockerfile's folder to the repository root, unless `config` names one. Lookups are cached
 * per folder and files are read once, so large trees cost one search per folder.
 */
export class ConfigResolver {
  readonly rules: readonly Rule[];
  private readonly cwd: string;
  private readonly explicit: string | false | undefined;
  private readonly cli: ConfigLayer | undefined;
  private readonly environment: EnvironmentRead;
  private loader: Promise<LoadConfig> | undefined;
  private readonly byFolder = new Map<string, Promise<LoadResult | undefined>>();
  private readonly byPath = new Map<string, Promise<LoadResult>>();
  private readonly resolved = new Map<string, EffectiveConfig>();
  private readonly used = new Set<LoadedConfig>();

  constructor(readonly options: ResolverOptions) {
    this.cwd = resolve(options.cwd);
    this.rules = options.rules ?? allRules();
    this.explicit = options.config;
    this.cli = options.cli;
    this.environment = readEnvironment(options.env ?? process.env, ruleIds(this.rules));
  }

  /** The configuration of a Dockerfile (absolute path); throws ConfigError when a source is invalid. */
  async forFile(path: string): Promise<EffectiveConfig> {
    return this.resolveFor(dirname(path), path);
  }

  /** The configuration of a folder, without `overrides`: for standard input and the run-wide keys. */
  async forFolder(dir: string): Promise<EffectiveConfig> {
    return this.resolveFor(resolve(this.cwd, dir), undefined);
  }

  /** Settings that were accepted but have no effect, for the config files used so far and the environment. */
  warnings(): string[] {
    return [...new Set([...this.environment.warnings, ...[...this.used].flatMap((config) => config.warnings)])];
  }

  /** Shows a path relative to the working folder when it is under it. */
  display(path: string): string {
    return displayPath(this.cwd, path);
  }

  private async resolveFor(dir: string, file: string | undefined): Promise<EffectiveConfig> {
    const found = await this.configFor(dir);
    const problems = [...this.environment.problems, ...(found && !found.ok ? found.problems : [])];
    if (problems.length > 0) throw new ConfigError(problems);
    const config = found?.ok ? found.config : undefined;
    if (config) this.used.add(config);
    const matched = config && file !== undefined ? config.overrides.filter((o) => o.matches(relative(config.dir, file).split(sep).join('/'))) : [];
    const key = `${config?.path ?? ''}\u0000${file === undefined ? '-' : matched.map((o) => o.index).join(',')}`;
    let effective = this.resolved.get(key);
    if (!effective) {
      const layers = [...this.environment.layers, ...(config ? [config.base] : []), ...matched.map((o) => o.layer), ...(this.cli ? [this.cli] : [])];
      effective = resolveLayers(layers, this.rules, { configFile: config?.path, overrides: matched.map((o) => o.index) });
      this.resolved.set(key, effective);
    }
    return effective;
  }

  private configFor(dir: string): Promise<LoadResult | undefined> {
    if (this.explicit === false) return Promise.resolve(undefined);
    if (this.explicit !== undefined) return this.load(refFor(resolve(this.cwd, this.explicit)));
    let found = this.byFolder.get(dir);
    if (!found) {
      found = this.search(dir);
      this.byFolder.set(dir, found);
    }
    return found;
  }

  private async search(dir: string): Promise<LoadResult | undefined> {
    const ref = configFileIn(dir);
    if (ref) return this.load(ref);
    const parent = dirname(dir);
    if (parent === dir || isRepositoryRoot(dir)) return undefined;
    return this.configFor(parent);
  }

  private load(ref: ConfigFileRef): Promise<LoadResult> {
    let loaded = this.byPath.get(ref.path);
    if (!loaded) {
      this.loader ??= import('./load.js').then(({ createLoader }) => createLoader(this.rules, (path) => this.display(path)));
      loaded = this.loader.then((load) => load(ref));
      this.byPath.set(ref.path, loaded);
    }
    return loaded;
  }
}
