import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../src/rule-set.js';
import type { Finding } from '../../src/engine/types.js';
import { lintModel, parseDockerfile } from '../../src/lint.js';
import type { Model } from '../../src/model/types.js';
import { PARSE_ERROR, type LintedFile, type PlacedFinding, type RuleFacts } from './compare.js';

/** The codes of the rules that answer to hadolint's parse error (the build-error rules). */
function syntaxCodes(): Set<string> {
  return new Set(allRules().filter((rule) => rule.aliases.some((alias) => alias.toUpperCase() === PARSE_ERROR)).map((rule) => rule.code));
}

/** The facts the report shows of every dflint rule. */
export function ruleFacts(): RuleFacts[] {
  return allRules().map((rule) => ({
    code: rule.code,
    name: rule.name,
    hasDifferences: Boolean(rule.docs.differences?.trim()),
    offByDefault: rule.offByDefault === true,
  }));
}

/**
 * For each line (index 0 is line 1), the 1-based first line of the top-level instruction covering
 * it (an ONBUILD covers its trigger, a heredoc RUN its body); lines outside instructions map to themselves.
 */
function instructionStarts(model: Model, lineCount: number): number[] {
  const starts = Array.from({ length: lineCount }, (_, index) => index + 1);
  for (const instruction of model.instructions) {
    const { start, end } = instruction.range;
    const last = end.character === 0 && end.line > start.line ? end.line - 1 : end.line;
    for (let line = start.line; line <= Math.min(last, lineCount - 1); line++) starts[line] = start.line + 1;
  }
  return starts;
}

function place(finding: Finding, starts: readonly number[]): PlacedFinding {
  return { code: finding.code, line: starts[finding.line - 1] ?? finding.line, message: finding.message };
}

/**
 * Lints each file of the corpus with the default configuration (pragmas applied, no build
 * context) and places every finding on its instruction's first line, as hadolint reports it.
 * Files that do not exist are left out (the comparison lists them).
 */
export async function lintCorpus(corpusDir: string, files: readonly string[]): Promise<Map<string, LintedFile>> {
  const syntax = syntaxCodes();
  const linted = new Map<string, LintedFile>();
  for (const file of files) {
    const path = join(corpusDir, file);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    const model = await parseDockerfile(text);
    const findings = lintModel(model, { filename: file });
    const lines = text.replace(/^\uFEFF/, '').split('\n').map((line) => line.replace(/\r$/, ''));
    const starts = instructionStarts(model, lines.length);
    linted.set(file, {
      file,
      lines,
      findings: findings.map((f) => place(f, starts)),
      instructionStarts: starts,
      syntaxError: findings.some((f) => syntax.has(f.code)),
    });
  }
  return linted;
}
