import { Document, isSeq, stringify } from 'yaml';
import type { RuleMeta, Settings } from '../engine/types.js';
import { describeDefault } from '../engine/defaults.js';

const FIX_LABEL = { safe: 'safe fix', unsafe: 'unsafe fix' } as const;

function fence(code: string): string {
  return ['```dockerfile', code.trimEnd(), '```'].join('\n');
}

/** The settings the examples assume, as the config file would hold them, shown before them. */
function exampleSettings(settings: Partial<Settings> | undefined): string[] {
  if (!settings || Object.keys(settings).length === 0) return [];
  return ['With this configuration:', ['```yaml', stringify(settings).trimEnd(), '```'].join('\n')];
}

interface OptionSchema {
  readonly description?: string;
}

/** The rule's options: each with its description and default, and how to set them in the config file. */
function options(rule: RuleMeta): string[] {
  if (!rule.options) return [];
  const properties = (rule.options.schema['properties'] ?? {}) as Readonly<Record<string, OptionSchema>>;
  const items = Object.entries(properties).map(([name, schema]) =>
    `- \`${name}\` (default \`${JSON.stringify(rule.options!.defaults[name])}\`): ${schema.description ?? ''}`.trimEnd());
  const config = new Document({ rules: { [rule.name]: [rule.severity, rule.options.defaults] } });
  const setting = config.getIn(['rules', rule.name], true);
  if (isSeq(setting)) setting.flow = true;
  return ['## Options', items.join('\n'), 'Set them in the configuration file:', ['```yaml', config.toString().trimEnd(), '```'].join('\n')];
}

/** The build-context files an example assumes, shown before it. */
function contextFiles(files: Readonly<Record<string, string>> | undefined): string[] {
  return Object.entries(files ?? {}).flatMap(([path, content]) => [
    `With this \`${path}\` in the build context:`,
    ['```', content.trimEnd(), '```'].join('\n'),
  ]);
}

/**
 * The documentation of one rule as Markdown, generated from its metadata only: the rule's
 * README and `dflint --explain` both print this, so they cannot drift apart.
 */
export function renderRuleDoc(rule: RuleMeta): string {
  const { docs } = rule;
  const facts = [
    `**Severity:** ${describeDefault(rule)}`,
    `**Category:** ${rule.category}`,
    `**Fix:** ${rule.fixable ? FIX_LABEL[rule.fixable] : 'none'}`,
  ];
  if (rule.aliases.length > 0) facts.push(`**Aliases:** ${rule.aliases.map((a) => `\`${a}\``).join(', ')}`);
  if (rule.onbuild) facts.push('**Also checks:** `ONBUILD` triggers');
  if (rule.needsBuildContext) facts.push('**Needs:** the build context on disk');
  const sections = [
    `# ${rule.name} (${rule.code})`,
    facts.join(' · '),
    '## What it does',
    docs.summary.endsWith('.') ? docs.summary : `${docs.summary}.`,
    '## Why is this bad?',
    docs.why,
    '## Example',
    ...exampleSettings(docs.exampleSettings),
    ...contextFiles(docs.exampleContext),
    fence(docs.bad),
    'Use instead:',
    fence(docs.good),
  ];
  sections.push(...options(rule));
  if (rule.fixable) {
    const flags = rule.fixable === 'safe' ? '--fix' : '--fix --unsafe-fixes';
    sections.push('## Fix safety', docs.fixSafety ?? '');
    if (docs.fixed !== undefined) sections.push(`\`dflint ${flags}\` turns the example above into:`, fence(docs.fixed));
  }
  if (docs.differences) sections.push('## Differences from other linters', docs.differences);
  if (docs.references && docs.references.length > 0) {
    sections.push('## References', docs.references.map((r) => `- <${r}>`).join('\n'));
  }
  return `${sections.join('\n\n')}\n`;
}
