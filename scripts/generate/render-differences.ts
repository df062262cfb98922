import type { Rule } from '../../src/engine/types.js';

/** Where the document lives, relative to the package root. */
export const DIFFERENCES_DOC = 'docs/hadolint-differences.md';

const PARSE_ERROR = 'DL1000';

const INTRO = `# How dflint differs from hadolint

dflint keeps hadolint's DL codes, default severities and meanings, so a \`.hadolint.yaml\`, an
\`--ignore DL3008\` or a \`# hadolint ignore=DL3008\` pragma keeps working. Where hadolint is wrong
(known false positives and false negatives), dflint is right instead, and says so here: each entry
below is the rule's own \`docs.differences\` text, also shown in the rule's README and by
\`dflint --explain\`. [hadolint-parity.md](hadolint-parity.md) measures the result on the shared corpus.

Differences common to every rule:

- **Positions.** hadolint reports the first line of the instruction, always in column 1; dflint reports
  the exact range of the offending word, inside multi-line RUNs and heredocs.
- **Variables.** hadolint judges the text as written; dflint substitutes ARG and ENV values it knows,
  and does not judge a word whose value it cannot know.
- **Shells.** hadolint parses every RUN as POSIX shell; dflint does not read RUNs under a PowerShell or
  cmd \`SHELL\` as POSIX shell, and honours the \`# hadolint shell=\` pragma.
- **Parse errors.** hadolint reports a file it cannot parse as one DL1000 and nothing else; dflint
  reports each build error at its word under its own code (every one answers to DL1000) and lints the rest.`;

function entry(rule: Rule): string {
  return [`### ${rule.code} ${rule.name}`, `*${rule.docs.summary.replace(/\.$/, '')}* · [rule](../rules/${rule.name}/README.md)`, rule.docs.differences!.trim()].join('\n\n');
}

function section(title: string, note: string, rules: readonly Rule[]): string[] {
  if (rules.length === 0) return [];
  return [`## ${title}`, note, ...rules.map(entry)];
}

const answersToParseError = (rule: Rule) => rule.aliases.some((alias) => alias.toUpperCase() === PARSE_ERROR);

/**
 * docs/hadolint-differences.md, generated from the rules' metadata (in the order given, code
 * order): the rules with a hadolint code, the build-error rules that answer to DL1000, and
 * dflint's own rules, each with its `docs.differences` text; then the DL rules that behave as
 * hadolint's do.
 */
export function renderDifferences(rules: readonly Rule[]): string {
  const explained = rules.filter((rule) => rule.docs.differences?.trim());
  const hadolintCodes = explained.filter((rule) => rule.code.startsWith('DL'));
  const syntax = explained.filter((rule) => !rule.code.startsWith('DL') && answersToParseError(rule));
  const own = explained.filter((rule) => !rule.code.startsWith('DL') && !answersToParseError(rule));
  const same = rules.filter((rule) => rule.code.startsWith('DL') && !rule.docs.differences?.trim());
  const sections = [
    '<!-- Generated from the rules\' metadata (docs.differences) by `npm run generate`; do not edit. -->',
    INTRO,
    ...section('Rules with a hadolint code', 'Same code and meaning as hadolint; what differs and why.', hadolintCodes),
    ...section('Build errors (hadolint\'s DL1000)', 'dflint\'s rules for the build errors hadolint reports as DL1000.', syntax),
    ...section('dflint\'s own rules', 'Rules hadolint does not have (DF codes), where their relation to hadolint or BuildKit needs saying.', own),
  ];
  if (same.length > 0) {
    sections.push('## Rules that behave as hadolint\'s', 'Beyond the differences common to every rule:', same.map((rule) => `- ${rule.code} [${rule.name}](../rules/${rule.name}/README.md)`).join('\n'));
  }
  return `${sections.join('\n\n')}\n`;
}
