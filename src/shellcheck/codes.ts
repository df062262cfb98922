import type { RuleConfig, RuleSetting } from '../engine/registry.js';

/** A ShellCheck code as configs, `--rule`, `--ignore` and pragmas write it (any case), and as its findings carry it. */
export const SHELLCHECK_CODE = /^SC\d{4}$/i;

/** Settings of ShellCheck codes by upper-case code: a severity, or `off`. */
export type ShellcheckRules = Readonly<Record<string, RuleSetting>>;

/**
 * Splits per-rule settings into dflint's rules and ShellCheck's codes, which are not rules of
 * the registry. ShellCheck codes take no options: only the severity of `[severity, options]` counts.
 */
export function splitShellcheckRules(rules: Readonly<Record<string, RuleConfig>> = {}): { rules: Record<string, RuleConfig>; shellcheck: Record<string, RuleSetting> } {
  const own: Record<string, RuleConfig> = {};
  const shellcheck: Record<string, RuleSetting> = {};
  for (const [id, config] of Object.entries(rules)) {
    if (SHELLCHECK_CODE.test(id)) shellcheck[id.toUpperCase()] = typeof config === 'string' ? config : config[0];
    else own[id] = config;
  }
  return { rules: own, shellcheck };
}
