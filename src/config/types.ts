import type { RuleOptions, RuleSetting } from '../engine/registry.js';
import { SEVERITIES, type LabelType, type Rule, type Severity } from '../engine/types.js';

/** The lowest severity that fails a run, or `none` (never fail). */
export type FailureThreshold = Severity | 'none';
export const FAILURE_THRESHOLDS: readonly FailureThreshold[] = [...SEVERITIES, 'none'];

export const LABEL_TYPES: readonly LabelType[] = ['text', 'url', 'rfc3339', 'spdx', 'hash', 'semver', 'email'];

/** One rule setting from one source: the rules an id names (none for a hadolint code dflint lacks). */
export interface RuleEntry {
  /** The id as written: a code, name or alias. */
  readonly id: string;
  readonly rules: readonly Rule[];
  readonly setting: RuleSetting;
  readonly options?: RuleOptions;
}

/**
 * The settings one source gives, already validated and normalised: a config file, one of its
 * `overrides`, one environment variable, or the command line. Absent keys leave the value of
 * the sources below unchanged.
 */
export interface ConfigLayer {
  /** Where the values come from, as shown by `--print-config`. */
  readonly origin: string;
  /** In the order they apply; `ignore` entries come last as `off`. */
  readonly rules?: readonly RuleEntry[];
  readonly failureThreshold?: FailureThreshold;
  readonly trustedRegistries?: readonly string[];
  readonly labelSchema?: Readonly<Record<string, LabelType>>;
  readonly strictLabels?: boolean;
  /** The default shell argv (`['/bin/bash', '-c']`). */
  readonly shell?: readonly string[];
  /** Absolute build context folder. */
  readonly context?: string;
  readonly reportUnusedIgnores?: boolean;
  readonly disablePragmas?: boolean;
  /** Check RUN scripts with ShellCheck: `true` for the one on PATH, an executable's absolute path, or `false`. */
  readonly shellcheck?: boolean | string;
  /** Build arguments (`--build-arg`); layers add up by name, a higher one replacing a value. */
  readonly buildArgs?: Readonly<Record<string, string>>;
  /** The stage built (`--target`); every layer's target is a build target that DF2002 leaves alone. */
  readonly target?: string;
  /** Run-wide: only read from the configuration of the current folder. */
  readonly format?: string;
  readonly color?: boolean;
}

/** The keys of a layer that hold one value each (everything but `origin` and `rules`). */
export type SettingKey = Exclude<keyof ConfigLayer, 'origin' | 'rules'>;

/** A value and the source it came from. */
export interface Sourced<T> {
  readonly value: T;
  readonly from: string;
}

export interface EffectiveRule {
  readonly rule: Rule;
  readonly setting: RuleSetting;
  readonly options?: RuleOptions;
  readonly from: string;
}

export type EffectiveSettings = { readonly [K in SettingKey]-?: Sourced<ConfigLayer[K]> };

/** The configuration one Dockerfile is linted with, every value with its source. */
export interface EffectiveConfig extends EffectiveSettings {
  /** Absolute path of the config file used, if any. */
  readonly configFile: string | undefined;
  /** The indexes of the config file's `overrides` that matched. */
  readonly overrides: readonly number[];
  /** Every rule dflint has, in code order. */
  readonly rules: readonly EffectiveRule[];
  /** Rule codes set in a hadolint config or variable that no dflint rule has (hadolint rules dflint lacks). */
  readonly unknownRules: readonly Sourced<string>[];
  /** Settings of ShellCheck codes (`SC2086`), which are not dflint rules, by upper-case code. */
  readonly shellcheckRules: Readonly<Record<string, Sourced<RuleSetting>>>;
  /** Every stage a source names as `target`, lowest precedence first: each is built as an image. */
  readonly targets: readonly string[];
}

/** The defaults every source starts from. */
export const DEFAULT_SETTINGS: { readonly [K in SettingKey]-?: ConfigLayer[K] } = {
  failureThreshold: 'info',
  trustedRegistries: [],
  labelSchema: {},
  strictLabels: false,
  shell: undefined,
  context: undefined,
  reportUnusedIgnores: false,
  disablePragmas: false,
  shellcheck: true,
  buildArgs: undefined,
  target: undefined,
  format: undefined,
  color: undefined,
};

export const DEFAULT_ORIGIN = 'default';

/** One entry of a config file's `overrides`. */
export interface ConfigOverride {
  readonly index: number;
  /** Whether the override applies to a Dockerfile, given its path relative to the config file's folder (with `/`). */
  readonly matches: (relativePath: string) => boolean;
  readonly layer: ConfigLayer;
}

/** A config file, read, validated and normalised. */
export interface LoadedConfig {
  /** Absolute path. */
  readonly path: string;
  /** As shown in messages and origins: relative to the working folder when under it. */
  readonly display: string;
  /** The folder relative paths in the file resolve against. */
  readonly dir: string;
  readonly format: 'dflint' | 'hadolint';
  readonly base: ConfigLayer;
  readonly overrides: readonly ConfigOverride[];
  /** Settings accepted but without effect in dflint (a hadolint output format dflint lacks...). */
  readonly warnings: readonly string[];
}
