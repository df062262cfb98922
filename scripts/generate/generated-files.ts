import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderConfigSchema } from '../../src/config/schema.js';
import { formatters } from '../../src/formatters/index.js';
import { BUILDKIT_PARITY_DOC, renderBuildKitParity } from './render-buildkit-parity.js';
import { DIFFERENCES_DOC, renderDifferences } from './render-differences.js';
import { renderRuleIndex } from './render-index.js';
import { renderRuleReadme, renderRuleTable, spliceRuleTable } from './render-readme.js';
import { loadRuleFolders } from './rule-folders.js';

/** The config file's JSON Schema, generated from the rules' metadata. */
export const CONFIG_SCHEMA = 'schema/dflint.schema.json';

/** Every generated file (path relative to the root, with `/`) and the content it must have. */
export async function generatedFiles(root: string): Promise<Map<string, string>> {
  const folders = await loadRuleFolders(root);
  const files = new Map<string, string>();
  files.set('rules/index.ts', renderRuleIndex(folders));
  for (const { folder, rule } of folders) files.set(`rules/${folder}/README.md`, renderRuleReadme(rule));
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  files.set('README.md', spliceRuleTable(readme, renderRuleTable(folders.map((f) => f.rule))));
  files.set(CONFIG_SCHEMA, renderConfigSchema(folders.map((f) => f.rule), [...formatters.keys()]));
  files.set(DIFFERENCES_DOC, renderDifferences(folders.map((f) => f.rule)));
  files.set(BUILDKIT_PARITY_DOC, renderBuildKitParity(folders.map((f) => f.rule)));
  return files;
}

function currentText(root: string, path: string): string | undefined {
  const file = join(root, path);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** The generated files whose content on disk differs from what the metadata gives. */
export async function staleFiles(root: string): Promise<string[]> {
  const stale: string[] = [];
  for (const [path, text] of await generatedFiles(root)) if (currentText(root, path) !== text) stale.push(path);
  return stale;
}

/** Writes the generated files that changed and returns their paths. */
export async function writeGeneratedFiles(root: string): Promise<string[]> {
  const written: string[] = [];
  for (const [path, text] of await generatedFiles(root)) {
    if (currentText(root, path) === text) continue;
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    written.push(path);
  }
  return written;
}
