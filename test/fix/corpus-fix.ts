import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, it } from 'vitest';
import { addsSyntaxProblem, fixLoop } from '../../src/fix/fix-loop.js';
import { textLinter } from '../../src/fix/fix.js';
import { initShellParser } from '../../src/model/shell/parser.js';
import { allRules } from '../../src/rule-set.js';
import type { Model } from '../../src/model/types.js';
import { corpusDir, expectNone, hasCorpus, readManifest } from '../support/corpus.js';

/** A lint with every default rule and DF0002, as `dflint --report-unused-ignores` runs. */
const lintAs = (file: string) => textLinter({ filename: file, reportUnusedIgnores: true });

const problemKinds = (model: Model) => model.problems.map((p) => p.kind).sort().join(',');

/** Rules that promise only safe fixes. */
const safeRules = new Set(allRules().filter((r) => r.fixable === 'safe').map((r) => r.code));

/**
 * Fixes every corpus file in memory as `dflint --fix` (and `--unsafe-fixes`) would, and checks
 * what must hold for any Dockerfile: no new syntax problem, no rule reporting that did not report
 * before, and a second run changes nothing.
 */
export function describeCorpusFix(unsafe: boolean): void {
  describe.skipIf(!hasCorpus())(`--fix${unsafe ? ' --unsafe-fixes' : ''} on every corpus file`, () => {
    const newProblems: string[] = [];
    const newRules: string[] = [];
    const unstable: string[] = [];
    const unsafeFromSafeRules: string[] = [];
    let changed = 0;

    beforeAll(async () => {
      await initShellParser();
      for (const [i, file] of readManifest().entries()) {
        const lint = lintAs(file);
        const result = fixLoop(readFileSync(join(corpusDir, file), 'utf8'), { unsafe, lint });
        for (const f of result.initial.findings) {
          if (f.fix?.safety === 'unsafe' && safeRules.has(f.code)) unsafeFromSafeRules.push(`${file}:${f.line}: ${f.code}`);
        }
        if (result.fixed.length === 0) continue;
        changed++;
        if (addsSyntaxProblem(result.initial.model, result.final.model)) newProblems.push(`${file}: ${problemKinds(result.initial.model)} → ${problemKinds(result.final.model)}`);
        const before = new Set(result.initial.findings.map((f) => f.code));
        const added = [...new Set(result.final.findings.map((f) => f.code))].filter((code) => !before.has(code));
        if (added.length > 0) newRules.push(`${file}: ${added.join(', ')}`);
        const again = fixLoop(result.output, { unsafe, lint });
        if (again.output !== result.output) unstable.push(`${file}: ${again.fixed.map((f) => `${f.code}@${f.line}`).join(' ')}`);
        if (i % 200 === 199) await new Promise((resolve) => setImmediate(resolve));
      }
    }, 600_000);

    it('fixes something', ({ expect }) => {
      expect(changed).toBeGreaterThan(100);
    });

    it('adds no syntax problem to any file', () => {
      expectNone(newProblems, 'files got a new syntax problem');
    });

    it('makes no rule report that did not report before', () => {
      expectNone(newRules, 'files have findings of a rule that did not report before the fix');
    });

    it("offers only safe fixes from rules whose metadata says `fixable: 'safe'`", () => {
      expectNone(unsafeFromSafeRules, 'unsafe fixes from rules marked safe');
    });

    it('is idempotent: fixing the fixed text again changes nothing', () => {
      expectNone(unstable, 'files change when fixed a second time');
    });
  });
}
