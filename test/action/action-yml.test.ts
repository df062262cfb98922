import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUT_DEFAULTS } from '../../src/action/inputs.js';
import { OUTPUT_NAMES } from '../../src/action/outputs.js';
import { BUNDLE_DIR, BUNDLE_ENTRIES } from '../../scripts/bundle/build-bundle.js';
import { readYaml } from './read-yaml.js';

const root = join(import.meta.dirname, '..', '..');

interface ActionMetadata {
  name: string;
  description: string;
  author: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const action = readYaml<ActionMetadata>(join(root, 'action.yml'));

describe('action.yml', () => {
  it('names and brands the Action for the Marketplace', () => {
    expect(action.name).toBe('dflint');
    expect(action.description.length).toBeGreaterThan(0);
    expect(action.description.length).toBeLessThanOrEqual(125); // the Marketplace's limit
    expect(action.author).toBeTruthy();
    expect(action.branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
  });

  it('declares exactly the inputs the entry reads, with the same defaults', () => {
    expect(Object.keys(action.inputs)).toEqual(Object.keys(INPUT_DEFAULTS));
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, name).toBeTruthy();
      expect(input.required ?? false, name).toBe(false);
      // GitHub passes defaults as strings; YAML's `false` would arrive as "false" too, but a string says so.
      expect(input.default, name).toBe(INPUT_DEFAULTS[name as keyof typeof INPUT_DEFAULTS]);
    }
  });

  it('declares exactly the outputs the entry sets', () => {
    expect(Object.keys(action.outputs)).toEqual([...OUTPUT_NAMES]);
    for (const [name, output] of Object.entries(action.outputs)) expect(output.description, name).toBeTruthy();
  });

  it('runs the committed bundle of the Action entry with node20', () => {
    expect(action.runs.using).toBe('node20');
    expect(action.runs.main).toBe(`${BUNDLE_DIR}/action.mjs`);
    expect(BUNDLE_ENTRIES['action']).toBe('src/action/main.ts');
    expect(existsSync(join(root, action.runs.main))).toBe(true);
  });

  it('is the only way the entry reads inputs and sets outputs (no name can drift)', () => {
    const dir = join(root, 'src', 'action');
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/\bget(Boolean|Multiline)?Input\(|process\.env\.INPUT_|['"`]INPUT_[A-Z]/);
      const setOutputs = source.match(/setOutput\(/g) ?? [];
      expect(setOutputs.length, file).toBe(file === 'run.ts' ? 1 : 0);
    }
    expect(readFileSync(join(dir, 'run.ts'), 'utf8')).toContain('for (const name of OUTPUT_NAMES) core.setOutput(name, outputs[name]);');
  });
});
