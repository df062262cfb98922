import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refFor } from '../../src/config/discover.js';
import { readEnvironment } from '../../src/config/environment.js';
import { dflintFormatOf, HADOLINT_FORMATS } from '../../src/config/hadolint-format.js';
import { createLoader } from '../../src/config/load.js';
import { ruleIds } from '../../src/config/schema.js';
import { allRules } from '../../src/engine/registry.js';
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
  it('map to the dflint format that writes the same report', () => {
    const available = new Set(formatters.keys());
    expect(dflintFormatOf('tty', available)).toBe('stylish');
    expect(dflintFormatOf('json', available)).toBe('json');
    expect(dflintFormatOf('gitlab_codeclimate', available)).toBe('gitlab');
    expect(dflintFormatOf('codeclimate', available)).toBe('codeclimate');
    expect(dflintFormatOf('sonarqube', available)).toBe('sonarqube');
  });

  it('map by name to formats dflint gains later, and to nothing while it lacks them', () => {
    expect(dflintFormatOf('sarif', new Set(['sarif']))).toBe('sarif');
    expect(dflintFormatOf('sarif', new Set(['json']))).toBeUndefined();
    expect(dflintFormatOf('gitlab_codeclimate', new Set(['json']))).toBeUndefined();
  });

  it('never map to a name that is not a dflint format', () => {
    const available = new Set(formatters.keys());
    for (const name of HADOLINT_FORMATS) {
      const mapped = dflintFormatOf(name, available);
      if (mapped !== undefined) expect(available.has(mapped)).toBe(true);
    }
  });

  it('select the format in .hadolint.yaml', () => {
    expect(fromFile('format: gitlab_codeclimate\n')).toEqual({ format: 'gitlab', warnings: [] });
    expect(fromFile('format: codeclimate\n')).toEqual({ format: 'codeclimate', warnings: [] });
    expect(fromFile('format: sonarqube\n')).toEqual({ format: 'sonarqube', warnings: [] });
  });

  it('warn about codacy, which dflint does not write, and take the next format', () => {
    expect(fromFile('formats: [codacy, gitlab_codeclimate]\n')).toEqual({
      format: 'gitlab',
      warnings: ['.hadolint.yaml: dflint has no `codacy` format; this setting is ignored'],
    });
  });

  it('select the format in HADOLINT_FORMAT', () => {
    const read = readEnvironment({ HADOLINT_FORMAT: 'gitlab_codeclimate' }, ruleIds(allRules()));
    expect(read.problems).toEqual([]);
    expect(read.warnings).toEqual([]);
    expect(read.layers.map((layer) => layer.format)).toEqual(['gitlab']);
  });
});
