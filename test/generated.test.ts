import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA, generatedFiles, staleFiles } from '../scripts/generate/generated-files.js';
import { DIFFERENCES_DOC, renderDifferences } from '../scripts/generate/render-differences.js';
import { importName, renderRuleIndex } from '../scripts/generate/render-index.js';
import { renderRuleTable, spliceRuleTable } from '../scripts/generate/render-readme.js';
import noSudo from '../rules/no-sudo/no-sudo.js';
import type { Rule } from '../src/engine/types.js';

const root = join(import.meta.dirname, '..');

describe('generated files', () => {
  it('match the rules’ metadata (otherwise run npm run generate)', async () => {
    expect(await staleFiles(root), 'these files differ from the metadata: run npm run generate').toEqual([]);
  });

  it('cover rules/index.ts, the README, the config schema, the hadolint differences and one README per rule folder', async () => {
    const paths = [...(await generatedFiles(root)).keys()];
    const folders = readFileSync(join(root, 'rules', 'index.ts'), 'utf8').match(/from '\.\/[^/]+\//g) ?? [];
    expect(paths.filter((p) => p.endsWith('/README.md')).length).toBe(folders.length);
    expect(paths).toContain('rules/index.ts');
    expect(paths).toContain('README.md');
    expect(paths).toContain(CONFIG_SCHEMA);
    expect(paths).toContain(DIFFERENCES_DOC);
  });

  describe('drift in a copy of the tree', () => {
    const copy = mkdtempSync(join(tmpdir(), 'dflint-generated-'));
    cpSync(join(root, 'rules'), join(copy, 'rules'), { recursive: true });
    cpSync(join(root, 'README.md'), join(copy, 'README.md'));
    cpSync(join(root, 'schema'), join(copy, 'schema'), { recursive: true });
    cpSync(join(root, 'docs'), join(copy, 'docs'), { recursive: true });
    afterAll(() => rmSync(copy, { recursive: true, force: true }));

    it('is reported per file', async () => {
      expect(await staleFiles(copy)).toEqual([]);
      const readme = join(copy, 'README.md');
      writeFileSync(readme, readFileSync(readme, 'utf8').replace('<!-- rules:start -->\n', '<!-- rules:start -->\n| hand-edited |\n'));
      writeFileSync(join(copy, 'rules', 'index.ts'), '');
      expect(await staleFiles(copy)).toEqual(['rules/index.ts', 'README.md']);
    });

    it('includes the config schema', async () => {
      const schema = join(copy, CONFIG_SCHEMA);
      writeFileSync(schema, readFileSync(schema, 'utf8').replace('"DL3004"', '"DL3004x"'));
      expect(await staleFiles(copy)).toContain(CONFIG_SCHEMA);
      rmSync(join(copy, 'schema'), { recursive: true });
      expect(await staleFiles(copy)).toContain(CONFIG_SCHEMA);
    });

    it('includes the hadolint differences', async () => {
      const doc = join(copy, DIFFERENCES_DOC);
      writeFileSync(doc, readFileSync(doc, 'utf8').replace('### DL3002', '### DL3002 (edited)'));
      expect(await staleFiles(copy)).toContain(DIFFERENCES_DOC);
    });
  });
});

describe('generator rendering', () => {
  const rule = (code: string, name: string, extra: Partial<Rule> = {}): Rule =>
    ({ ...noSudo, code, name, ...extra }) as Rule;

  it('imports each rule under a valid binding name', () => {
    expect(importName('no-sudo')).toBe('noSudo');
    expect(importName('require-2-stages')).toBe('require2Stages');
    expect(importName('default')).toBe('defaultRule');
  });

  it('writes the index in the order given', () => {
    const text = renderRuleIndex([{ folder: 'b-rule', rule: rule('DF0002', 'b-rule') }, { folder: 'a-rule', rule: rule('DL3000', 'a-rule') }]);
    expect(text).toContain("import bRule from './b-rule/b-rule.js';\nimport aRule from './a-rule/a-rule.js';");
    expect(text).toContain('export const rules: readonly Rule[] = [bRule, aRule];\n');
    expect(renderRuleIndex([])).toContain('export const rules: readonly Rule[] = [];\n');
  });

  it('escapes table cells and lists fix and aliases', () => {
    const table = renderRuleTable([
      rule('DL1000', 'x-syntax', { fixable: 'safe', aliases: ['DL1000', 'Foo'], docs: { ...noSudo.docs, summary: 'Use `a|b` here' } }),
    ]);
    expect(table.split('\n')[2]).toBe('| DL1000 | [x-syntax](rules/x-syntax/README.md) | Use `a\\|b` here | error | safe | `DL1000`, `Foo` |');
  });

  it('replaces only the text between the markers, and needs them', () => {
    const readme = 'intro\n<!-- rules:start -->\nold\n<!-- rules:end -->\noutro\n';
    expect(spliceRuleTable(readme, 'new')).toBe('intro\n<!-- rules:start -->\nnew\n<!-- rules:end -->\noutro\n');
    expect(() => spliceRuleTable('no markers', 'new')).toThrow(/markers/);
  });

  describe('hadolint differences', () => {
    const text = (differences?: string) => ({ ...noSudo.docs, summary: 'Checks a thing.', differences });
    const doc = renderDifferences([
      rule('DF1001', 'x-syntax', { aliases: ['DL1000'], docs: text('hadolint stops at parse errors.') }),
      rule('DF2001', 'own-rule', { docs: text('hadolint has no such rule.') }),
      rule('DF2002', 'quiet-rule', { docs: text() }),
      rule('DL3004', 'same-rule', { docs: text() }),
      rule('DL3006', 'diff-rule', { docs: text('hadolint skips `$IMAGE`; dflint resolves it.') }),
    ]);

    it('gives each rule with a differences text its own entry, under the right heading', () => {
      const headings = doc.split('\n').filter((line) => line.startsWith('#'));
      expect(headings).toEqual([
        '# How dflint differs from hadolint',
        '## Rules with a hadolint code',
        '### DL3006 diff-rule',
        "## Build errors (hadolint's DL1000)",
        '### DF1001 x-syntax',
        "## dflint's own rules",
        '### DF2001 own-rule',
        "## Rules that behave as hadolint's",
      ]);
      expect(doc).toContain('### DL3006 diff-rule\n\n*Checks a thing* · [rule](../rules/diff-rule/README.md)\n\nhadolint skips `$IMAGE`; dflint resolves it.\n');
    });

    it('lists the DL rules without differences, and leaves out DF rules without them', () => {
      expect(doc).toContain('- DL3004 [same-rule](../rules/same-rule/README.md)');
      expect(doc).not.toContain('quiet-rule');
    });
  });
});
