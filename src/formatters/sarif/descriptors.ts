import { findEngineCheck } from '../../docs/engine-checks.js';
import { markdownToPlainText } from '../../docs/plain-text.js';
import { renderRuleDoc } from '../../docs/rule-doc.js';
import { INTERNAL_ERROR } from '../../engine/run.js';
import type { Category, Finding, RuleMeta, Severity } from '../../engine/types.js';
import { REPOSITORY_URL, repositoryFileUrl, ruleDocsUrl, shellcheckWikiUrl } from '../../repository.js';
import { SHELLCHECK_CODE } from '../../shellcheck/codes.js';
import { UNUSED_IGNORE } from '../../suppress/resolve-code.js';
import { FILE_ENCODING } from '../../engine/encoding-check.js';
import type { Level, Precision, ReportingDescriptor } from './sarif-types.js';

/** GitHub rejects longer short and full descriptions. */
const MAX_DESCRIPTION = 1024;
/** GitHub's limit for a rule's name. */
const MAX_NAME = 255;
/** GitHub rejects a rule with more tags (and shows only 10). */
const MAX_TAGS = 20;

export const LEVEL: Readonly<Record<Severity, Level>> = { error: 'error', warning: 'warning', info: 'note', style: 'note' };

/** GitHub's `problem.severity`, which it shows and filters on for rules that are not security rules. */
const PROBLEM_SEVERITY = { error: 'error', warning: 'warning', info: 'recommendation', style: 'recommendation' } as const;

/**
 * `security-severity` of the rules of category `security`, from their default severity: GitHub
 * reads the score as critical above 9.0, high from 7.0, medium from 4.0, low from 0.1. No
 * dflint finding is critical: a Dockerfile pattern only makes an exploit possible.
 */
export const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = { error: '8.0', warning: '5.5', info: '3.0', style: '1.0' };

/**
 * How often a rule's findings are right (GitHub lists the most precise first). Syntax rules
 * restate what the parser saw; the other rules read a model that resolves variables, stages and
 * shell commands, but judge intent, so they can be wrong about a deliberate pattern.
 */
const PRECISION: Readonly<Record<Category, Precision>> = {
  syntax: 'very-high',
  correctness: 'high',
  security: 'high',
  performance: 'high',
  maintainability: 'high',
  portability: 'high',
  style: 'high',
};

/** A text cut to `max` UTF-16 units, ending with `…` when cut (never inside a surrogate pair). */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
  return `${text.slice(0, end)}…`;
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

interface DescriptorParts {
  readonly id: string;
  readonly name: string;
  readonly short: string;
  readonly full: string;
  readonly markdown: string;
  readonly helpUri: string | undefined;
  readonly severity: Severity;
  readonly enabled: boolean;
  readonly tags: readonly string[];
  readonly precision: Precision;
  readonly securitySeverity: string | undefined;
  /** Other names of the rule (BuildKit's check names, hadolint's DL1000...), so code scanning users can find it by them. */
  readonly aliases?: readonly string[];
}

/** The descriptor with GitHub's limits applied; `help.text` is derived from the Markdown. */
function descriptor(parts: DescriptorParts): ReportingDescriptor {
  return {
    id: parts.id,
    name: truncate(parts.name, MAX_NAME),
    shortDescription: { text: truncate(parts.short, MAX_DESCRIPTION) },
    fullDescription: { text: truncate(parts.full, MAX_DESCRIPTION) },
    help: { text: markdownToPlainText(parts.markdown), markdown: parts.markdown },
    ...(parts.helpUri === undefined ? {} : { helpUri: parts.helpUri }),
    defaultConfiguration: { level: LEVEL[parts.severity], ...(parts.enabled ? {} : { enabled: false }) },
    properties: {
      tags: [...new Set(parts.tags)].slice(0, MAX_TAGS),
      precision: parts.precision,
      'problem.severity': PROBLEM_SEVERITY[parts.severity],
      ...(parts.securitySeverity === undefined ? {} : { 'security-severity': parts.securitySeverity }),
      ...(parts.aliases && parts.aliases.length > 0 ? { aliases: [...parts.aliases] } : {}),
    },
  };
}

/** A dflint rule: everything comes from its metadata and the documentation generated from it. */
function ruleDescriptor(rule: RuleMeta, version: string): ReportingDescriptor {
  const security = rule.category === 'security';
  return descriptor({
    id: rule.code,
    name: rule.name,
    short: rule.docs.summary,
    full: `${sentence(rule.docs.summary)} ${rule.docs.why}`,
    markdown: renderRuleDoc(rule),
    helpUri: ruleDocsUrl(version, rule.name),
    severity: rule.severity,
    enabled: !rule.offByDefault && !rule.experimental,
    tags: ['dockerfile', rule.category, ...(rule.fixable ? ['fixable'] : [])],
    precision: PRECISION[rule.category],
    securitySeverity: security ? SECURITY_SEVERITY[rule.severity] : undefined,
    aliases: rule.aliases,
  });
}

/** ShellCheck's codes: dflint knows nothing of them but where ShellCheck documents each. */
function shellcheckDescriptor(finding: Finding): ReportingDescriptor {
  const wiki = shellcheckWikiUrl(finding.code);
  return descriptor({
    id: finding.code,
    name: finding.name,
    short: `ShellCheck ${finding.code} in a RUN script`,
    full: `ShellCheck reported ${finding.code} in the shell script of a RUN instruction. The ShellCheck wiki explains the check and how to fix it: ${wiki}`,
    markdown: [
      `# ShellCheck ${finding.code}`,
      `dflint runs [ShellCheck](https://www.shellcheck.net/) on the shell scripts of RUN instructions and reports its findings where they are in the Dockerfile.`,
      `What ${finding.code} checks and how to fix it: <${wiki}>.`,
      `Silence it for one instruction with \`# dflint ignore=${finding.code}\` (or \`# hadolint ignore=${finding.code}\`) above the instruction.`,
    ].join('\n\n'),
    helpUri: wiki,
    severity: finding.severity,
    enabled: true,
    tags: ['dockerfile', 'shell', 'shellcheck'],
    precision: 'high',
    securitySeverity: undefined,
  });
}

/** dflint's checks of itself, which are not rules (not in allRules()). */
function engineDescriptor(code: string, version: string): ReportingDescriptor | undefined {
  const check = findEngineCheck(code);
  if (!check) return undefined;
  const common = { enabled: true, tags: ['dockerfile', 'dflint'], precision: 'very-high', securitySeverity: undefined } as const;
  if (code === INTERNAL_ERROR.code) {
    return descriptor({
      ...common,
      id: code,
      name: INTERNAL_ERROR.name,
      short: check.summary,
      full: check.description,
      markdown: `# internal-error (${code})\n\n${check.description.replace('please report it', `please [report it](${REPOSITORY_URL}/issues)`)} It cannot be suppressed.`,
      helpUri: `${REPOSITORY_URL}/issues`,
      severity: 'error',
    });
  }
  if (code === UNUSED_IGNORE.code) {
    const docs = `${repositoryFileUrl(version, 'docs/suppressions.md')}#reporting-unused-pragmas`;
    return descriptor({
      ...common,
      id: code,
      name: UNUSED_IGNORE.name,
      short: check.summary,
      full: check.description,
      markdown: `# unused-ignore (${code})\n\n${check.description}\n\nReported with \`reportUnusedIgnores\`; see [suppressions](${docs}).`,
      helpUri: docs,
      severity: 'warning',
    });
  }
  if (code === FILE_ENCODING.code) {
    return descriptor({
      ...common,
      id: code,
      name: FILE_ENCODING.name,
      short: check.summary,
      full: check.description,
      markdown: check.markdown,
      helpUri: `${repositoryFileUrl(version, 'docs/cli.md')}#bad-input`,
      severity: 'error',
    });
  }
  return undefined;
}

/** A code dflint has no metadata for: still a descriptor GitHub accepts, with what the finding says. */
function unknownDescriptor(finding: Finding): ReportingDescriptor {
  const label = finding.name && finding.name !== finding.code ? `${finding.code} ${finding.name}` : finding.code;
  const text = `dflint reported ${label}; this version of dflint has no documentation for it.`;
  return descriptor({
    id: finding.code,
    name: finding.name || finding.code,
    short: `dflint check ${label}`,
    full: text,
    markdown: text,
    helpUri: undefined,
    severity: finding.severity,
    enabled: true,
    tags: ['dockerfile'],
    precision: 'medium',
    securitySeverity: undefined,
  });
}

/**
 * The reporting descriptor of a finding's code: from the rule's metadata when dflint has it,
 * else ShellCheck's, dflint's own checks', or a generic one, so no finding is ever dropped.
 */
export function describeCode(finding: Finding, rules: ReadonlyMap<string, RuleMeta>, version: string): ReportingDescriptor {
  const rule = rules.get(finding.code);
  if (rule) return ruleDescriptor(rule, version);
  if (SHELLCHECK_CODE.test(finding.code)) return shellcheckDescriptor(finding);
  return engineDescriptor(finding.code, version) ?? unknownDescriptor(finding);
}
