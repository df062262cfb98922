import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyFixes } from '../src/engine/apply-fixes.js';
import { allRules } from '../src/rule-set.js';
import { readAnnotations } from './support/annotations.js';
import { runRule, type CaseSetup } from './support/rule-tester.js';
import { initShellParser } from '../src/model/shell/parser.js';

const root = join(import.meta.dirname, '..', 'rules');

/** The files of a case's build context folder (`<case>.context/`), if it has one. */
function contextFiles(dir: string): Record<string, string> | undefined {
  if (!existsSync(dir)) return undefined;
  const files: Record<string, string> = {};
  for (const path of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (statSync(join(dir, path)).isFile()) files[path] = readFileSync(join(dir, path), 'utf8');
  }
  return files;
}

/** A JSON file beside the case (`<case>.settings.json`), if it has one. */
function jsonFile<T>(path: string): T | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}

/** What a case runs with: `<case>.context/`, `<case>.settings.json` and `<case>.options.json` beside it. */
function caseSetup(dir: string, file: string): CaseSetup {
  const base = join(dir, file.replace(/\.Dockerfile$/, ''));
  return {
    context: contextFiles(`${base}.context`),
    settings: jsonFile<CaseSetup['settings']>(`${base}.settings.json`),
    options: jsonFile<CaseSetup['options']>(`${base}.options.json`),
  };
}

/**
 * Every `rules/<name>/cases/*.Dockerfile` is linted with its rule alone: the findings must be
 * exactly the annotated ones, and where `<case>.fixed.Dockerfile` exists, applying the rule's
 * fixes must give that text. A folder `<case>.context/` is the case's build context; the files
 * `<case>.settings.json` (project settings such as `labelSchema`) and `<case>.options.json`
 * (the rule's options) configure the run.
 */
describe('annotated rule cases', () => {
  beforeAll(() => initShellParser());

  it('has a case beside every settings and options file', () => {
    const setup = /\.(?:settings|options)\.json$/;
    const orphans = allRules().flatMap((rule) => {
      const dir = join(root, rule.name, 'cases');
      if (!existsSync(dir)) return [];
      return readdirSync(dir)
        .filter((f) => setup.test(f) && !existsSync(join(dir, f.replace(setup, '.Dockerfile'))))
        .map((f) => `${rule.name}/cases/${f}`);
    });
    expect(orphans).toEqual([]);
  });

  for (const rule of allRules()) {
    const dir = join(root, rule.name, 'cases');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.Dockerfile') && !f.endsWith('.fixed.Dockerfile'))) {
      it(`${rule.name}/cases/${file}`, () => {
        const text = readFileSync(join(dir, file), 'utf8');
        const expected = readAnnotations(text).filter((a) => a.code === rule.code);
        const findings = runRule(rule, text, caseSetup(dir, file));
        const unworded = expected.filter((a) => a.message === undefined).map((a) => `line ${a.line}`);
        expect(unworded, 'annotations must give the exact message after the code').toEqual([]);
        expect(findings.map((f) => ({ code: f.code, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, message: f.message })))
          .toEqual(expected.map((a) => ({ ...a })));
        const fixedPath = join(dir, file.replace(/\.Dockerfile$/, '.fixed.Dockerfile'));
        if (existsSync(fixedPath)) {
          expect(applyFixes(text, findings).text).toBe(readFileSync(fixedPath, 'utf8'));
        } else {
          expect(findings.filter((f) => f.fix).length, 'fixes offered: add a .fixed.Dockerfile').toBe(0);
        }
      });
    }
  }
});
