import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../src/rule-set.js';
import { SEVERITIES, type Rule } from '../src/engine/types.js';
import { initShellParser } from '../src/model/shell/parser.js';
import { runRule } from './support/rule-tester.js';

const rulesDir = join(import.meta.dirname, '..', 'rules');

/**
 * Aliases that several rules may share, because they name a group: `DL1000` is hadolint's one
 * parse-error code, which dflint splits into several syntax rules, and BuildKit reports every
 * repeated instruction under `MultipleInstructionsDisallowed`.
 */
const SHARED_ALIASES = new Set(['dl1000', 'multipleinstructionsdisallowed']);

const CODE = /^(DL|DF)\d{4}$/;

function identifiers(rule: Rule): string[] {
  return [rule.code, rule.name, ...rule.aliases].map((id) => id.toLowerCase());
}

/**
 * Examples run with the settings their docs describe; rules run with a build context get the
 * one their docs describe, or an empty folder.
 */
function findingsOf(rule: Rule, code: string) {
  return runRule(rule, code, {
    context: rule.needsBuildContext ? rule.docs.exampleContext ?? {} : undefined,
    settings: rule.docs.exampleSettings,
  }).map((f) => `${f.code} ${f.line}:${f.column} ${f.message}`);
}

describe('rule metadata', () => {
  beforeAll(() => initShellParser());
  const rules = allRules();

  it('registers every rule folder, and each rule once', () => {
    const folders = readdirSync(rulesDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    expect(rules.map((r) => r.name).sort()).toEqual(folders);
  });

  it('has unique codes', () => {
    const codes = rules.map((r) => r.code);
    expect(codes.filter((code, i) => codes.indexOf(code) !== i)).toEqual([]);
  });

  for (const rule of rules) {
    describe(`${rule.code} ${rule.name}`, () => {
      it('lives in rules/<name>/<name>.ts as its default export, with a test file', async () => {
        const file = join(rulesDir, rule.name, `${rule.name}.ts`);
        expect(existsSync(file), `${file} is missing`).toBe(true);
        const module = (await import(pathToFileURL(file).href)) as { default: unknown };
        expect(module.default === rule, `${rule.name}.ts does not export this rule`).toBe(true);
        expect(existsSync(join(rulesDir, rule.name, `${rule.name}.test.ts`)), `rules/${rule.name}/${rule.name}.test.ts is missing`).toBe(true);
      });

      it('has a DL or DF code and a known severity', () => {
        expect(rule.code).toMatch(CODE);
        expect(SEVERITIES).toContain(rule.severity);
      });

      it('has a code, name and aliases no other rule uses', () => {
        const others = rules.filter((r) => r !== rule);
        const [code, name, ...aliases] = identifiers(rule);
        const taken = new Set(others.flatMap(identifiers));
        const owned = new Set(others.flatMap((r) => [r.code, r.name].map((id) => id.toLowerCase())));
        expect(taken.has(code!), `code ${rule.code} is used by another rule`).toBe(false);
        expect(taken.has(name!), `name ${rule.name} is used by another rule`).toBe(false);
        expect(aliases.filter((a) => owned.has(a)), 'aliases that are another rule’s code or name').toEqual([]);
        expect(aliases.filter((a) => taken.has(a) && !SHARED_ALIASES.has(a)), 'aliases shared with another rule').toEqual([]);
        expect(aliases.filter((a, i) => a === code || a === name || aliases.indexOf(a) !== i), 'redundant aliases').toEqual([]);
      });

      it('has a one-line summary without a trailing period', () => {
        const { summary } = rule.docs;
        expect(summary.trim()).toBe(summary);
        expect(summary.length).toBeGreaterThan(0);
        expect(summary).not.toMatch(/[\r\n]/);
        expect(summary).not.toMatch(/\.$/);
      });

      it('documents why, and the fix safety when fixable', () => {
        expect(rule.docs.why.trim().length).toBeGreaterThan(0);
        if (rule.fixable) expect(rule.docs.fixSafety?.trim() ?? '', 'a fixable rule needs docs.fixSafety').not.toBe('');
      });

      it('reports its docs.bad example', () => {
        expect(findingsOf(rule, rule.docs.bad).filter((f) => f.startsWith(`${rule.code} `)).length).toBeGreaterThan(0);
      });

      it('does not report its docs.good example', () => {
        expect(findingsOf(rule, rule.docs.good)).toEqual([]);
      });
    });
  }
});
