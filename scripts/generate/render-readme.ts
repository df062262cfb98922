import { renderRuleDoc } from '../../src/docs/rule-doc.js';
import type { Rule } from '../../src/engine/types.js';
import { describeDefault } from '../../src/engine/defaults.js';

export const GENERATED_NOTE = "Generated from the rule's metadata by `npm run generate`; do not edit.";

/** rules/<name>/README.md: the rule's documentation under a do-not-edit note. */
export function renderRuleReadme(rule: Rule): string {
  return `<!-- ${GENERATED_NOTE} -->\n\n${renderRuleDoc(rule)}`;
}

export const TABLE_START = '<!-- rules:start -->';
export const TABLE_END = '<!-- rules:end -->';

/** A Markdown table cell: pipes would end the cell, line breaks the row. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** The README's rule table, in the order given (code order). */
export function renderRuleTable(rules: readonly Rule[]): string {
  const rows = rules.map((rule) =>
    [
      rule.code,
      `[${rule.name}](rules/${rule.name}/README.md)`,
      cell(rule.docs.summary),
      describeDefault(rule),
      rule.fixable || '',
      rule.aliases.map((alias) => `\`${alias}\``).join(', '),
    ].join(' | '),
  );
  return ['| Code | Name | Summary | Severity | Fix | Aliases |', '| --- | --- | --- | --- | --- | --- |', ...rows.map((r) => `| ${r} |`)].join('\n');
}

/** The README with the text between the rule-table markers replaced. */
export function spliceRuleTable(readme: string, table: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${TABLE_START} and ${TABLE_END}, in that order`);
  return `${readme.slice(0, start + TABLE_START.length)}\n${table}\n${readme.slice(end)}`;
}
