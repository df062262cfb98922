import { Document, isCollection, isMap, isNode, type Pair } from 'yaml';
import { DEFAULT_ORIGIN, DEFAULT_SETTINGS, type EffectiveConfig, type SettingKey } from './types.js';

/**
 * `--print-config`: the configuration one Dockerfile gets, every value with its source. YAML
 * (the default) shows the source as a comment after each value; JSON as `{ value, from }`.
 */

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

/** What an unset value means, for the YAML comments. */
const UNSET: Partial<Record<SettingKey, string>> = {
  shell: 'stages without SHELL use /bin/sh -c',
  context: "each Dockerfile's folder",
  format: 'stylish',
  color: 'when the output is a terminal',
  buildArgs: 'the ARG defaults',
  target: 'the last stage',
};

export interface PrintedFile {
  /** The Dockerfile as the user named it. */
  readonly file: string;
  readonly config: EffectiveConfig;
  /** How paths (the config file) are shown. */
  readonly display: (path: string) => string;
  readonly warnings: readonly string[];
}

export function printConfigJson({ file, config, display, warnings }: PrintedFile): string {
  const rules = Object.fromEntries(config.rules.map(({ rule, setting, options, from }) => [rule.code, { name: rule.name, setting, ...(options && { options }), from }]));
  const value = {
    file,
    configFile: config.configFile === undefined ? null : display(config.configFile),
    overrides: config.overrides,
    settings: Object.fromEntries(SETTING_KEYS.map((key) => [key, { value: config[key].value ?? null, from: config[key].from }])),
    rules,
    shellcheckRules: Object.fromEntries(Object.entries(config.shellcheckRules).map(([code, { value, from }]) => [code, { setting: value, from }])),
    unknownRules: config.unknownRules.map(({ value: code, from }) => ({ code, from })),
    warnings,
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function printConfigYaml({ file, config, display, warnings }: PrintedFile): string {
  const settings = Object.fromEntries(SETTING_KEYS.map((key) => [key, config[key].value ?? null]));
  const rules = Object.fromEntries([
    ...config.rules.map(({ rule, setting, options }) => [rule.code, options ? [setting, options] : setting]),
    ...Object.entries(config.shellcheckRules).map(([code, { value }]) => [code, value]),
  ]);
  const shellcheckFrom = Object.values(config.shellcheckRules).map(({ from }) => from);
  const document = new Document({ ...settings, rules });
  const source = config.configFile === undefined ? 'none' : display(config.configFile);
  const overrides = config.overrides.length === 0 ? '' : `, with ${config.overrides.map((i) => `overrides[${i}]`).join(', ')}`;
  document.commentBefore = [
    ` The configuration dflint uses for ${file}`,
    ` Config file: ${source}${overrides}`,
    ' After each value: where it comes from.',
  ].join('\n');

  const top = document.contents;
  if (!isMap(top)) throw new Error('A config document is a mapping');
  for (const pair of top.items as Pair<unknown, unknown>[]) {
    const key = String((pair.key as { value?: unknown }).value);
    if (key === 'rules') continue;
    const { from, value } = config[key as SettingKey];
    comment(pair, value === undefined && UNSET[key as SettingKey] ? `${from} (${UNSET[key as SettingKey]})` : from);
  }
  const rulesNode = document.get('rules');
  if (isMap(rulesNode)) {
    rulesNode.items.forEach((pair, index) => {
      const own = config.rules[index];
      if (own) comment(pair as Pair<unknown, unknown>, `${own.rule.name}; ${own.from === DEFAULT_ORIGIN ? 'default' : own.from}`);
      else comment(pair as Pair<unknown, unknown>, `ShellCheck; ${shellcheckFrom[index - config.rules.length]!}`);
    });
  }
  const notes = [
    ...config.unknownRules.map(({ value, from }) => ` ${value} (from ${from}) names no dflint rule: no effect`),
    ...warnings.map((warning) => ` warning: ${warning}`),
  ];
  if (notes.length > 0) document.comment = notes.join('\n');
  return document.toString({ lineWidth: 0 });
}

/** A comment on the value's line; collections go in flow style so it stays on one line. */
function comment(pair: Pair<unknown, unknown>, text: string): void {
  if (!isNode(pair.value)) return;
  if (isCollection(pair.value)) pair.value.flow = true;
  pair.value.comment = ` ${text}`;
}
