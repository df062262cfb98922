import type { Category, Finding, RuleMeta } from '../engine/types.js';
import { INTERNAL_ERROR } from '../engine/run.js';
import { ruleDocsUrl, shellcheckWikiUrl } from '../repository.js';
import { SHELLCHECK_CODE } from '../shellcheck/codes.js';
import { UNUSED_IGNORE } from '../suppress/resolve-code.js';

/**
 * Categories of the codes that have no rule metadata: dflint's own checks, and ShellCheck's
 * findings, which are mostly bugs waiting to happen except those ShellCheck itself calls style.
 */
const ENGINE_CATEGORIES: Readonly<Record<string, Category>> = {
  [INTERNAL_ERROR.code]: 'correctness',
  [UNUSED_IGNORE.code]: 'maintainability',
};

/** What the machine report formats say about the check behind a finding. */
export interface RuleInfo {
  /** The rule's metadata; undefined for ShellCheck's codes and dflint's own checks (DF0001, DF0002). */
  readonly rule: RuleMeta | undefined;
  /** A title for the check: the rule's summary, or for codes without metadata their name. */
  readonly title: string;
  readonly category: Category;
  /** The check's documentation: the rule's README or ShellCheck's wiki page. */
  readonly url: string | undefined;
}

/**
 * Looks findings' checks up by code among `rules` (the format context's), never failing on a
 * code it does not know; rule pages are linked as released in `version`.
 */
export function ruleInfoLookup(rules: readonly RuleMeta[], version: string): (finding: Finding) => RuleInfo {
  const byCode = new Map(rules.map((rule) => [rule.code, rule]));
  const cache = new Map<string, RuleInfo>();
  return (finding) => {
    const key = `${finding.code}\0${finding.severity}`;
    let info = cache.get(key);
    if (!info) {
      info = describe(finding, byCode.get(finding.code), version);
      cache.set(key, info);
    }
    return info;
  };
}

function describe(finding: Finding, rule: RuleMeta | undefined, version: string): RuleInfo {
  if (rule) return { rule, title: rule.docs.summary.replace(/\.$/, ''), category: rule.category, url: ruleDocsUrl(version, rule.name) };
  const shellcheck = SHELLCHECK_CODE.test(finding.code);
  return {
    rule: undefined,
    title: shellcheck ? `ShellCheck ${finding.code}` : finding.name,
    category: ENGINE_CATEGORIES[finding.code] ?? (finding.severity === 'style' ? 'style' : 'correctness'),
    url: shellcheck ? shellcheckWikiUrl(finding.code) : undefined,
  };
}
