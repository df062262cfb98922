import { MarkupKind, type Hover, type Position } from 'vscode-languageserver/node';
import type { Finding } from '../engine/types.js';
import { ruleInfo } from './diagnostics.js';
import { overlaps, rangeOf } from './positions.js';

/** What hovering a finding's range shows: per finding, the rule's summary and why it matters, with a link to its page. */
export function hoverAt(position: Position, findings: readonly Finding[]): Hover | undefined {
  const here = { start: position, end: position };
  const hovered = findings.filter((finding) => overlaps(rangeOf(finding), here));
  if (hovered.length === 0) return undefined;
  return {
    contents: { kind: MarkupKind.Markdown, value: hovered.map(describe).join('\n\n---\n\n') },
    range: rangeOf(hovered[0]!),
  };
}

function describe(finding: Finding): string {
  const info = ruleInfo(finding);
  const title = `**${finding.code}** ${info.rule ? `\`${info.rule.name}\`: ` : ''}${info.title}`;
  const parts = [title, finding.message];
  if (info.rule) parts.push(info.rule.docs.why);
  if (info.url) parts.push(`[${info.rule ? 'Rule documentation' : `${finding.code} on the ShellCheck wiki`}](${info.url})`);
  return parts.join('\n\n');
}
