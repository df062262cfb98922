import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rule } from '../../src/engine/types.js';

/** A folder under `rules/` and the rule its `<folder>/<folder>.ts` exports by default. */
export interface RuleFolder {
  readonly folder: string;
  readonly rule: Rule;
}

/**
 * The compiled rules sit beside the compiled generator (dist/rules), the sources beside the
 * source generator (rules/ when run by vitest): import from the tree this module belongs to.
 */
const moduleRoot = new URL('../../rules/', import.meta.url);
const moduleExtension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

/** The folder names of `rules/` in the source tree, sorted. */
export function listRuleFolders(root: string): string[] {
  return readdirSync(join(root, 'rules'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function isRule(value: unknown): value is Rule {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Rule>;
  return typeof candidate.code === 'string' && typeof candidate.name === 'string' && typeof candidate.create === 'function';
}

/**
 * Imports every rule module on its own (never rules/index.ts, which is generated from this),
 * sorted by code, then name, so the output does not depend on the file system's order.
 */
export async function loadRuleFolders(root: string): Promise<RuleFolder[]> {
  const folders: RuleFolder[] = [];
  for (const folder of listRuleFolders(root)) {
    if (!existsSync(join(root, 'rules', folder, `${folder}.ts`))) {
      throw new Error(`rules/${folder}/ has no ${folder}.ts: a rule folder holds one rule named after it`);
    }
    const url = new URL(`${folder}/${folder}${moduleExtension}`, moduleRoot);
    if (!existsSync(fileURLToPath(url))) throw new Error(`${fileURLToPath(url)} is missing: run \`npm run build\` first`);
    const module = (await import(url.href)) as { default?: unknown };
    if (!isRule(module.default)) throw new Error(`rules/${folder}/${folder}.ts has no default export made by defineRule`);
    folders.push({ folder, rule: module.default });
  }
  return folders.sort((a, b) => compareText(a.rule.code, b.rule.code) || compareText(a.rule.name, b.rule.name));
}

/** Code-point order: the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
