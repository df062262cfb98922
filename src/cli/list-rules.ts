import type { RuleMeta } from '../engine/types.js';
import { describeDefault } from '../engine/defaults.js';

interface RuleRow {
  readonly code: string;
  readonly name: string;
  readonly severity: string;
  readonly category: string;
  readonly fixable: string | false;
  readonly aliases: readonly string[];
  readonly summary: string;
  /** BuildKit's experimental checks, off unless enabled (`# check=experimental=`, config or `--rule`). */
  readonly experimental?: true;
}

function toRow(rule: RuleMeta): RuleRow {
  return {
    code: rule.code,
    name: rule.name,
    severity: describeDefault(rule),
    category: rule.category,
    fixable: rule.fixable,
    aliases: rule.aliases,
    summary: rule.docs.summary,
    ...(rule.experimental ? { experimental: true as const } : {}),
  };
}

/** The rules as a JSON array of `{code, name, severity, category, fixable, aliases, summary}`. */
export function rulesAsJson(rules: readonly RuleMeta[]): string {
  return `${JSON.stringify(rules.map(toRow), null, 2)}\n`;
}

const HEADERS = ['CODE', 'NAME', 'SEVERITY', 'CATEGORY', 'FIXABLE', 'ALIASES', 'SUMMARY'] as const;

/** The rules as a plain text table; the summary comes last because it is the longest. */
export function rulesAsTable(rules: readonly RuleMeta[]): string {
  const rows = rules.map(toRow).map((r) => [r.code, r.name, r.severity, r.category, r.fixable || '-', r.aliases.join(', ') || '-', r.summary]);
  const table = [[...HEADERS], ...rows];
  const widths = HEADERS.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  const render = (row: readonly string[]) =>
    row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ').trimEnd();
  return `${table.map(render).join('\n')}\n`;
}
