import { findRules, UnknownRuleError, type RuleConfig } from '../engine/registry.js';
import { SHELLCHECK_CODE } from '../shellcheck/codes.js';
import { compactLayer } from './compact.js';
import type { ConfigLayer, FailureThreshold, RuleEntry } from './types.js';

/** Settings given for one run (command-line flags, or the library's options), above every other source. */
export interface RunSettings {
  /** By code, name or alias, any case. */
  readonly rules?: Readonly<Record<string, RuleConfig>>;
  /** Turned off after `rules`, on top of the ignore lists of the other sources. */
  readonly ignore?: readonly string[];
  readonly failureThreshold?: FailureThreshold;
  /** Absolute build context folder. */
  readonly context?: string;
  /** Report ignore pragmas that suppressed nothing (`--report-unused-ignores`). */
  readonly reportUnusedIgnores?: boolean;
  /** `--shellcheck PATH` (absolute) or `--no-shellcheck`. */
  readonly shellcheck?: boolean | string;
}

export const COMMAND_LINE = 'command line';

/** The run's settings as the top layer; throws UnknownRuleError for an id that names no rule. */
export function runLayer(settings: RunSettings, origin = COMMAND_LINE): ConfigLayer {
  const entries: RuleEntry[] = [];
  const named = (id: string) => {
    const rules = findRules(id);
    if (rules.length === 0 && SHELLCHECK_CODE.test(id)) return [];
    if (rules.length === 0) throw new UnknownRuleError(id);
    return rules;
  };
  for (const [id, config] of Object.entries(settings.rules ?? {})) {
    const [setting, options] = typeof config === 'string' ? [config, undefined] : config;
    entries.push({ id, rules: named(id), setting, ...(options && { options }) });
  }
  for (const id of settings.ignore ?? []) entries.push({ id, rules: named(id), setting: 'off' });
  return compactLayer({
    origin,
    rules: entries.length > 0 ? entries : undefined,
    failureThreshold: settings.failureThreshold,
    context: settings.context,
    reportUnusedIgnores: settings.reportUnusedIgnores,
    shellcheck: settings.shellcheck,
  });
}
