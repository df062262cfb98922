import { findRules } from '../rule-set.js';
import { UnknownRuleError, type RuleConfig } from '../engine/registry.js';
import { SHELLCHECK_CODE } from '../shellcheck/codes.js';
import { compactLayer } from './compact.js';
import { ruleEntries } from './rule-entries.js';
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
  /** `--build-arg`s, by name; they replace the config's values of the same names. */
  readonly buildArgs?: Readonly<Record<string, string>>;
  /** `--target`. */
  readonly target?: string;
}

export const COMMAND_LINE = 'command line';

/** The run's settings as the top layer; throws UnknownRuleError for an id that names no rule. */
export function runLayer(settings: RunSettings, origin = COMMAND_LINE): ConfigLayer {
  const named = (id: string) => {
    const rules = findRules(id);
    if (rules.length === 0 && SHELLCHECK_CODE.test(id)) return [];
    if (rules.length === 0) throw new UnknownRuleError(id);
    return rules;
  };
  return compactLayer({
    origin,
    rules: ruleEntries(settings.rules, settings.ignore, named),
    failureThreshold: settings.failureThreshold,
    context: settings.context,
    reportUnusedIgnores: settings.reportUnusedIgnores,
    shellcheck: settings.shellcheck,
    buildArgs: settings.buildArgs,
    target: settings.target,
  });
}

/** A layer that can cross to a worker thread: its rule entries name their rules by code (a Rule holds functions, which cannot be cloned). */
export type PortableLayer = Omit<ConfigLayer, 'rules'> & { readonly rules?: ReadonlyArray<Omit<RuleEntry, 'rules'> & { readonly codes: readonly string[] }> };

export function portableLayer({ rules, ...rest }: ConfigLayer): PortableLayer {
  return { ...rest, ...(rules && { rules: rules.map(({ rules: named, ...entry }) => ({ ...entry, codes: named.map((rule) => rule.code) })) }) };
}

/** The layer `portableLayer` carried, its rules found again by code. */
export function restoredLayer({ rules, ...rest }: PortableLayer): ConfigLayer {
  return { ...rest, ...(rules && { rules: rules.map(({ codes, ...entry }) => ({ ...entry, rules: codes.flatMap((code) => findRules(code)) })) }) };
}
