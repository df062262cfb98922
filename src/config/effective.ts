import { defaultSetting } from '../engine/defaults.js';
import type { RuleConfig, RuleSetting } from '../engine/registry.js';
import { SHELLCHECK_CODE, type ShellcheckRules } from '../shellcheck/codes.js';
import type { ShellcheckSetting } from '../shellcheck/executable.js';
import type { Rule, Settings } from '../engine/types.js';
import { DEFAULT_ORIGIN, DEFAULT_SETTINGS, type ConfigLayer, type EffectiveConfig, type EffectiveRule, type EffectiveSettings, type SettingKey, type Sourced } from './types.js';

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

/**
 * Applies layers from the lowest precedence to the highest: each value a layer sets replaces
 * the one below, and rule entries apply one by one (a bare severity keeps earlier options).
 */
export function resolveLayers(
  layers: readonly ConfigLayer[],
  rules: readonly Rule[],
  file: { configFile?: string; overrides?: readonly number[] } = {},
): EffectiveConfig {
  const settings = Object.fromEntries(SETTING_KEYS.map((key) => [key, { value: DEFAULT_SETTINGS[key], from: DEFAULT_ORIGIN }])) as Record<SettingKey, Sourced<unknown>>;
  const effective = new Map<Rule, EffectiveRule>(rules.map((rule) => [rule, { rule, setting: defaultSetting(rule), from: DEFAULT_ORIGIN }]));
  const unknownRules: Sourced<string>[] = [];
  const shellcheckRules: Record<string, Sourced<RuleSetting>> = {};
  const targets: string[] = [];
  for (const layer of layers) {
    for (const key of SETTING_KEYS) if (layer[key] !== undefined) settings[key] = { value: layer[key], from: layer.origin };
    // Build arguments add up by name, as repeated `--build-arg`s do: a higher layer replaces a value, not the others.
    if (layer.buildArgs !== undefined) settings.buildArgs = { value: { ...(settings.buildArgs.value as object | undefined), ...layer.buildArgs }, from: layer.origin };
    if (layer.target !== undefined && !targets.includes(layer.target)) targets.push(layer.target);
    for (const entry of layer.rules ?? []) {
      if (entry.rules.length === 0 && SHELLCHECK_CODE.test(entry.id)) shellcheckRules[entry.id.toUpperCase()] = { value: entry.setting, from: layer.origin };
      else if (entry.rules.length === 0) unknownRules.push({ value: entry.id, from: layer.origin });
      for (const rule of entry.rules) {
        const options = entry.options ?? effective.get(rule)?.options;
        effective.set(rule, { rule, setting: entry.setting, ...(options && { options }), from: layer.origin });
      }
    }
  }
  return {
    ...(settings as unknown as EffectiveSettings),
    configFile: file.configFile,
    overrides: file.overrides ?? [],
    rules: [...effective.values()],
    unknownRules,
    shellcheckRules,
    targets,
  };
}

/** What the linter needs from an effective config. */
export interface LintSettings {
  /** Rules whose setting or options differ from their defaults, by code. */
  readonly rules: Readonly<Record<string, RuleConfig>>;
  readonly settings: Settings;
  readonly defaultShell: readonly string[] | undefined;
  readonly reportUnusedIgnores: boolean;
  readonly disablePragmas: boolean;
  /** Whether and which ShellCheck to run. */
  readonly shellcheck: ShellcheckSetting;
  /** ShellCheck codes whose setting differs from ShellCheck's own level. */
  readonly shellcheckRules: ShellcheckRules;
  /** `--build-arg` and the config's `buildArgs` (BUILDKIT_DOCKERFILE_CHECK from the environment below them). */
  readonly buildArgs: Readonly<Record<string, string>> | undefined;
  /** The stage judged as the image: `--target`, else the config's `target`; undefined: the last stage. */
  readonly target: string | undefined;
}

export function lintSettingsOf(config: EffectiveConfig): LintSettings {
  const rules: Record<string, RuleConfig> = {};
  for (const { rule, setting, options } of config.rules) {
    if (options) rules[rule.code] = [setting, options];
    else if (setting !== defaultSetting(rule)) rules[rule.code] = setting;
  }
  return {
    rules,
    settings: {
      trustedRegistries: config.trustedRegistries.value ?? [],
      labelSchema: config.labelSchema.value ?? {},
      strictLabels: config.strictLabels.value ?? false,
      targets: config.targets,
    },
    defaultShell: config.shell.value,
    reportUnusedIgnores: config.reportUnusedIgnores.value ?? false,
    disablePragmas: config.disablePragmas.value ?? false,
    shellcheck: config.shellcheck.value ?? true,
    shellcheckRules: Object.fromEntries(Object.entries(config.shellcheckRules).map(([code, { value }]) => [code, value])),
    buildArgs: config.buildArgs.value,
    target: config.target.value,
  };
}
