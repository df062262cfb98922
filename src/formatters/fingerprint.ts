import { createHash } from 'node:crypto';
import type { Finding } from '../engine/types.js';
import { splitLines } from './source-frame.js';

/**
 * Fingerprints of one file's findings, in order: hex SHA-256 digests that services use to tell
 * a new issue from one they have seen (GitLab compares a merge request's report with the target
 * branch's by fingerprint; Code Climate excludes issues by it).
 *
 * A fingerprint is made of the report path, the code, the flagged text and the text of the
 * finding's first line (both with runs of whitespace collapsed, so re-indenting changes
 * nothing) and the number of earlier findings of the file with the same four. It holds no line
 * or column, so it survives lines added or removed above the finding; the counter keeps two
 * identical findings in one file apart (GitLab shows findings with one fingerprint as one).
 * The message is left out so that rewording it in a new version of dflint changes nothing.
 * Findings must be in position order, as each file's findings are.
 */
export function fingerprints(path: string, text: string, findings: readonly Finding[]): string[] {
  const lines = splitLines(text);
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const key = JSON.stringify([path, finding.code, squeeze(flaggedText(lines, finding)), squeeze(lines[finding.line - 1] ?? '')]);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}\n${occurrence}`).digest('hex');
  });
}

/** The text of a finding's range, its lines joined with `\n` (empty when the range is, or lies outside the text). */
function flaggedText(lines: readonly string[], finding: Finding): string {
  const parts: string[] = [];
  for (let line = finding.line; line <= finding.endLine && line <= lines.length; line++) {
    const text = lines[line - 1]!;
    const start = line === finding.line ? finding.column - 1 : 0;
    const end = line === finding.endLine ? finding.endColumn - 1 : text.length;
    parts.push(text.slice(start, end));
  }
  return parts.join('\n');
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
