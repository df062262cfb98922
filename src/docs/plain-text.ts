import { linksAsText, unwrapAutolinks } from './inline-links.js';

/**
 * Markdown as plain text, for readers that cannot render it (SARIF's `help.text`): heading
 * marks, bold marks and autolink brackets go, links show their address in brackets, code
 * blocks are indented instead of fenced.
 * Inline code keeps its backticks, which read well enough as plain text. It handles the
 * Markdown that renderRuleDoc writes, not Markdown in general.
 */
export function markdownToPlainText(markdown: string): string {
  let inFence = false;
  const lines: string[] = [];
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      lines.push(line === '' ? '' : `    ${line}`);
      continue;
    }
    lines.push(linksAsText(unwrapAutolinks(line.replace(/^#{1,6} +/, '').replace(/\*\*(.+?)\*\*/g, '$1'))));
  }
  return lines.join('\n');
}
