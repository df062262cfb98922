import { Chalk, type ChalkInstance } from 'chalk';
import { SEVERITIES, type Finding, type Severity } from '../engine/types.js';
import { sourceFrame, splitLines } from './source-frame.js';
import { countBySeverity, plural, severityCountsText } from './tally.js';
import type { FileResult, Formatter } from './types.js';

const SEVERITY_STYLE: Readonly<Record<Severity, (c: ChalkInstance) => ChalkInstance>> = {
  error: (c) => c.red.bold,
  warning: (c) => c.yellow.bold,
  info: (c) => c.green,
  style: (c) => c.cyan,
};


/**
 * For people: findings grouped under their file, each with its source line and carets under
 * the range, then one summary line. Files without findings are left out.
 */
export const stylish: Formatter = {
  name: 'stylish',
  description: 'for people, grouped by file with source lines',
  format(results, context) {
    const chalk = new Chalk({ level: context.color ? 1 : 0 });
    const blocks = results.filter((r) => r.findings.length > 0).map((r) => formatFile(r, chalk));
    const findings = results.flatMap((r) => r.findings);
    if (results.length === 0) return '';
    if (findings.length === 0) {
      return `${chalk.green('✔')} No problems found in ${plural(results.length, 'file')}\n`;
    }
    return `${blocks.join('\n\n')}\n\n${summary(findings, chalk)}\n`;
  },
};

function formatFile(result: FileResult, chalk: ChalkInstance): string {
  const lines = splitLines(result.text);
  const positions = result.findings.map((f) => `${f.line}:${f.column}`);
  const positionWidth = Math.max(...positions.map((p) => p.length));
  const severityWidth = Math.max(...result.findings.map((f) => f.severity.length));
  const gutterWidth = String(Math.max(...result.findings.map((f) => f.line))).length;
  const out = [chalk.underline(result.file)];
  result.findings.forEach((finding, index) => {
    const style = SEVERITY_STYLE[finding.severity](chalk);
    out.push(
      `  ${chalk.dim(positions[index]!.padEnd(positionWidth))}  ${style(finding.severity.padEnd(severityWidth))}  ` +
        `${finding.message}  ${chalk.dim(`${finding.code} ${finding.name}`)}`,
    );
    const frame = sourceFrame(lines, finding);
    if (frame) {
      // The source text starts in the column of the severity word.
      const indent = ' '.repeat(positionWidth + 1 - gutterWidth);
      out.push(`${indent}${chalk.dim(`${String(finding.line).padStart(gutterWidth)} |`)} ${frame.line}`.trimEnd());
      out.push(`${indent}${chalk.dim(`${' '.repeat(gutterWidth)} |`)} ${frame.carets.replace(/\^+/, (carets) => style(carets))}`);
    }
  });
  return out.join('\n');
}

function summary(findings: readonly Finding[], chalk: ChalkInstance): string {
  const counts = countBySeverity(findings);
  const fixable = findings.filter((f) => f.fix).length;
  const worst = SEVERITIES.find((s) => counts[s] > 0)!;
  const text = `✖ ${plural(findings.length, 'problem')} (${severityCountsText(counts)}) — ${fixable} fixable`;
  return SEVERITY_STYLE[worst](chalk)(text);
}
