import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allRules } from '../src/rule-set.js';
import type { RuleConfig } from '../src/engine/registry.js';
import type { Rule } from '../src/engine/types.js';
import { fix } from '../src/fix/fix.js';
import { lint, type LintOptions } from '../src/lint.js';

const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Lint options for a rule's examples: its example settings and build context, and `rules` as given. */
function exampleOptions(rule: Rule, rules: Readonly<Record<string, RuleConfig>>): LintOptions {
  const options: LintOptions = { rules, settings: rule.docs.exampleSettings };
  if (!rule.docs.exampleContext) return options;
  const dir = mkdtempSync(join(tmpdir(), 'dflint-fix-example-'));
  folders.push(dir);
  for (const [path, content] of Object.entries(rule.docs.exampleContext)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return { ...options, filename: join(dir, 'Dockerfile'), context: true };
}

/** Every rule off but this one. */
const only = (rule: Rule) => Object.fromEntries(allRules().map((r) => [r.code, r === rule ? rule.severity : 'off'] as const));

const codes = (findings: readonly { code: string }[]) => [...new Set(findings.map((f) => f.code))].sort();

/**
 * Generated from the metadata: the fixes of every fixable rule turn its bad example into exactly
 * `docs.fixed`; the rule is then gone, no rule reports that did not report before, and fixing
 * again changes nothing.
 */
describe('every fixable rule fixes its bad example', () => {
  for (const rule of allRules().filter((r) => r.fixable)) {
    describe(`${rule.code} ${rule.name}`, () => {
      const unsafeFixes = rule.fixable === 'unsafe';

      it('documents the fixed example', () => {
        expect(rule.docs.fixed, 'docs.fixed: the bad example after the fix').toBeTypeOf('string');
      });

      it('turns docs.bad into docs.fixed, and fixing again changes nothing', async () => {
        const alone = exampleOptions(rule, only(rule));
        const first = await fix(rule.docs.bad, { ...alone, unsafeFixes });
        expect(first.fixed.length, 'the bad example must have a fix to apply').toBeGreaterThan(0);
        expect(first.output).toBe(rule.docs.fixed);
        expect(first.remaining.map((f) => f.code)).toEqual([]);
        expect((await fix(first.output, { ...alone, unsafeFixes })).output).toBe(first.output);
      });

      it('leaves no new rule reporting on the fixed example', async () => {
        const all = exampleOptions(rule, {});
        const before = codes(await lint(rule.docs.bad, all));
        const after = codes(await lint(rule.docs.fixed ?? '', all));
        expect(after).not.toContain(rule.code);
        expect(after.filter((code) => !before.includes(code)), 'rules the fix made report').toEqual([]);
      });
    });
  }
});
