import type { Rule } from '../../src/engine/types.js';
import { BUILDKIT_CHECKS, buildKitCheckUrl, type BuildKitCheck } from './buildkit-checks.js';

/** Where the document lives, relative to the package root. */
export const BUILDKIT_PARITY_DOC = 'docs/buildkit-parity.md';

const INTRO = `# dflint and BuildKit's build checks

Docker runs its own checks on every build (\`docker build --check\` runs only them). dflint
answers for each one a Dockerfile can decide: a rule whose alias is the check's name, reporting on
the line BuildKit reports, at the exact word. So the check's name works wherever a rule id does:
\`--rule\`, \`--ignore\`, config files, \`# dflint ignore=\`, and BuildKit's own \`# check=skip=\`
(see [suppressions.md](suppressions.md)). \`--list-rules\`, \`--explain\` and the SARIF rule
descriptors (\`properties.aliases\`) show the names.

The \`# check=\` directive is read as BuildKit reads it: \`skip=\` (names or \`all\`), \`error=true\`
(the findings of these rules become errors, so the run fails at any threshold) and
\`experimental=\` (turns on experimental checks, even when skipped). The same value given as the
\`BUILDKIT_DOCKERFILE_CHECK\` build argument or environment variable replaces the directive.

Generated from the rules' metadata by \`npm run generate\`; do not edit.`;

function ruleLink(rule: Rule): string {
  return `[${rule.code} ${rule.name}](../rules/${rule.name}/README.md)`;
}

function fixOf(rules: readonly Rule[]): string {
  const kinds = new Set(rules.map((rule) => rule.fixable || '—'));
  return [...kinds].join(', ');
}

function row(check: BuildKitCheck, rules: readonly Rule[]): string {
  // BuildKit documents every check but the one no Dockerfile can decide.
  const title = check.outOfReach ? check.name : `[${check.name}](${buildKitCheckUrl(check.name)})`;
  const name = `${title}${check.experimental ? ' (experimental)' : ''}`;
  if (check.outOfReach) return `| ${name} | ${check.since} | not checked | | |`;
  if (rules.length === 0) return `| ${name} | ${check.since} | **none yet** | | |`;
  const severities = [...new Set(rules.map((rule) => rule.severity))].join(', ');
  return `| ${name} | ${check.since} | ${rules.map(ruleLink).join('<br>')} | ${severities} | ${fixOf(rules)} |`;
}

function details(check: BuildKitCheck, rules: readonly Rule[]): string {
  const lines = [`### ${check.name}`, check.summary];
  if (check.outOfReach) lines.push(`Not checked by dflint. ${check.outOfReach}`);
  for (const rule of rules) {
    const differences = rule.docs.differences?.trim();
    lines.push(differences ? `${ruleLink(rule)}: ${differences}` : `${ruleLink(rule)}: reports what BuildKit reports.`);
  }
  return lines.join('\n\n');
}

/** The rules that answer for a check: those with its name among their aliases, in code order. */
export function rulesAnswering(check: BuildKitCheck, rules: readonly Rule[]): Rule[] {
  return rules.filter((rule) => rule.aliases.includes(check.name));
}

/** docs/buildkit-parity.md: each BuildKit check, the dflint rule that answers for it, and any difference. */
export function renderBuildKitParity(rules: readonly Rule[]): string {
  const answered = BUILDKIT_CHECKS.map((check) => ({ check, rules: rulesAnswering(check, rules) }));
  const covered = answered.filter((a) => a.rules.length > 0).length;
  const decidable = BUILDKIT_CHECKS.filter((check) => !check.outOfReach).length;
  return `${[
    INTRO,
    '## Checks',
    `${covered} of BuildKit's ${BUILDKIT_CHECKS.length} checks are answered by a dflint rule; ${decidable} can be decided from the Dockerfile.`,
    ['| BuildKit check | Since (frontend) | dflint rule | Severity | Fix |', '| --- | --- | --- | --- | --- |', ...answered.map((a) => row(a.check, a.rules))].join('\n'),
    '## What each rule does differently',
    'Beyond the differences common to every rule (exact columns; a file that does not parse is still linted):',
    ...answered.map((a) => details(a.check, a.rules)),
  ].join('\n\n')}\n`;
}
