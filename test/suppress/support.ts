import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Finding } from '../../src/engine/types.js';
import { lint, type LintOptions } from '../../src/lint.js';

/** `CODE@line:column` for each finding. */
export const at = (findings: readonly Finding[]) => findings.map((f) => `${f.code}@${f.line}:${f.column}`);

/** Lints `lines` (joined by newlines) and keeps the findings of the given codes, as `CODE@line:column`. */
export async function lintLines(lines: readonly string[], codes: readonly string[], options: LintOptions = {}): Promise<string[]> {
  const findings = await lint(lines.join('\n'), options);
  return at(findings.filter((f) => codes.includes(f.code)));
}

/** A temporary build context folder holding `files`. */
export function contextWith(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dflint-suppress-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
