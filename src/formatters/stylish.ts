import { Chalk, type ChalkInstance } from 'chalk';
import { SEVERITIES, type Severity } from '../engine/types.js';
import { sourceFrame, splitLines } from './source-frame.js';
import { plural, severityCountsText, type Tally } from './tally.js';
import { formatStreamed } from './streamed.js';
import type { FileResult, FormatContext, Formatter, ReportStream } from './types.js';

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
  format: (results, context) => formatStreamed(stream, results, context),
  stream,
};

/** Each file with findings as soon as it is linted, blocks apart by a blank line; the summary at the end. */
function stream(context: FormatContext): ReportStream {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  let blocks = 0;
  return {
    file(result) {
      if (result.findings.length === 0) return '';
      return `${blocks++ === 0 ? '' : '\n\n'}${formatFile(result, chalk)}`;
    },
    end(tally) {
      if (tally.files === 0) return '';
      if (tally.findings === 0) {
        const done = tally.fixing ? `${tally.fixed} fixed, no problems remaining in` : 'No problems found in';
        return `${chalk.green('✔')} ${done} ${plural(tally.files, 'file')}\n`;
      }
      return `\n\n${summary(tally, chalk, context.unsafeFixes === true)}\n`;
    },
  };
}

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

/**
 * `✖ N problems (counts)`, then what fixing can do, as Ruff says it: how many `--fix` would fix
 * and how many more need `--unsafe-fixes`; after `--fix`, how many were fixed and remain.
 */
function summary(tally: Tally, chalk: ChalkInstance, unsafeFixes: boolean): string {
  const worst = SEVERITIES.find((s) => tally.severities[s] > 0)!;
  const text = `✖ ${plural(tally.findings, 'problem')} (${severityCountsText(tally.severities)})${fixNote(tally, unsafeFixes)}`;
  return SEVERITY_STYLE[worst](chalk)(text);
}

function fixNote(tally: Tally, unsafeFixes: boolean): string {
  const { safe, unsafe } = tally.fixable;
  const notes: string[] = [];
  if (tally.fixing) notes.push(`${tally.fixed} fixed, ${tally.findings} remaining`);
  // After --fix, fixes left over are ones the passes could not apply; --fix again may.
  const fixable = unsafeFixes ? safe + unsafe : safe;
  if (fixable > 0) notes.push(`${fixable} fixable with --fix${unsafeFixes ? ' --unsafe-fixes' : ''}`);
  if (!unsafeFixes && unsafe > 0) notes.push(`${unsafe} more with --fix --unsafe-fixes`);
  return notes.length === 0 ? '' : ` — ${notes.join(', ')}`;
}
