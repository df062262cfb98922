import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refFor } from '../../src/config/discover.js';
import { readEnvironment } from '../../src/config/environment.js';
import { dflintFormatOf, HADOLINT_FORMATS } from '../../src/config/hadolint-format.js';
import { createLoader } from '../../src/config/load.js';
import { ruleIds } from '../../src/config/schema.js';
import { allRules } from '../../src/rule-set.js';
import { formatters } from '../../src/formatters/index.js';
import { tempTree } from '../cli/temp-tree.js';

const folder = tempTree({});
const load = createLoader(allRules(), (path) => basename(path));

/** The format a `.hadolint.yaml` holding `text` selects, with the warnings it gives. */
function fromFile(text: string): { format: string | undefined; warnings: readonly string[] } {
  const path = join(folder, '.hadolint.yaml');
  writeFileSync(path, text);
  const loaded = load(refFor(path));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return { format: loaded.config.base.format, warnings: loaded.config.warnings };
}

describe("hadolint's format names", () => {
  it('map to the dflint format that writes the same report: tty is stylish, gitlab_codeclimate is gitlab, the others keep their names', () => {
    expect(Object.fromEntries(HADOLINT_FORMATS.map((name) => [name, dflintFormatOf(name)]))).toEqual({
      tty: 'stylish',
      json: 'json',
      checkstyle: 'checkstyle',
      codeclimate: 'codeclimate',
      gitlab_codeclimate: 'gitlab',
      gnu: 'gnu',
      codacy: 'codacy',
      sonarqube: 'sonarqube',
      sarif: 'sarif',
      junit: 'junit',
    });
  });

  it('each map to a format dflint has', () => {
    for (const name of HADOLINT_FORMATS) expect(formatters.has(dflintFormatOf(name)), name).toBe(true);
  });

  it('select the format in .hadolint.yaml', () => {
    expect(fromFile('format: gitlab_codeclimate\n')).toEqual({ format: 'gitlab', warnings: [] });
    expect(fromFile('format: codeclimate\n')).toEqual({ format: 'codeclimate', warnings: [] });
    expect(fromFile('format: sonarqube\n')).toEqual({ format: 'sonarqube', warnings: [] });
    expect(fromFile('format: codacy\n')).toEqual({ format: 'codacy', warnings: [] });
  });

  it('take the first of several formats, and say so', () => {
    expect(fromFile('formats: [codacy, gitlab_codeclimate]\n')).toEqual({
      format: 'codacy',
      warnings: ['.hadolint.yaml: dflint writes one report; using the `codacy` format'],
    });
  });

  it('select the format in HADOLINT_FORMAT', () => {
    const read = readEnvironment({ HADOLINT_FORMAT: 'gitlab_codeclimate' }, ruleIds(allRules()));
    expect(read.problems).toEqual([]);
    expect(read.warnings).toEqual([]);
    expect(read.layers.map((layer) => layer.format)).toEqual(['gitlab']);
  });
});
