import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { INPUT_DEFAULTS } from '../../src/action/inputs.js';
import { OUTPUT_NAMES } from '../../src/action/outputs.js';

const root = join(import.meta.dirname, '..', '..');
const guide = readFileSync(join(root, 'docs', 'github-action.md'), 'utf8');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

/** The YAML blocks of a Markdown text that hold workflows (a `jobs:` key). */
function workflows(markdown: string): Array<{ jobs: Record<string, { steps: Step[] }> }> {
  return [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((block) => parseDocument(block[1]!))
    .filter((document) => document.has('jobs'))
    .map((document) => {
      expect(document.errors.map((e) => e.message)).toEqual([]);
      return document.toJS() as { jobs: Record<string, { steps: Step[] }> };
    });
}

describe('the Action\'s documentation', () => {
  it.each([['README.md', readme], ['docs/github-action.md', guide]])('%s has a copy-paste workflow that passes only declared inputs', (_, markdown) => {
    const steps = workflows(markdown).flatMap((w) => Object.values(w.jobs).flatMap((job) => job.steps));
    const dflint = steps.filter((step) => step.uses?.startsWith('dflint/dflint@'));
    expect(dflint.length).toBeGreaterThan(0);
    for (const step of dflint) {
      expect(step.uses).toMatch(/^dflint\/dflint@v\d+\.\d+\.\d+$/);
      for (const input of Object.keys(step.with ?? {})) expect(Object.keys(INPUT_DEFAULTS)).toContain(input);
    }
    const upload = steps.find((step) => step.uses === 'github/codeql-action/upload-sarif@v4');
    expect(upload?.with?.['sarif_file']).toMatch(/^\$\{\{ steps\.\w+\.outputs\.sarif-file \}\}$/);
  });

  it('describes every input and output in docs/github-action.md', () => {
    for (const input of Object.keys(INPUT_DEFAULTS)) expect(guide).toMatch(new RegExp(`^\\| \`${input}\` \\|`, 'm'));
    for (const output of OUTPUT_NAMES) expect(guide).toContain(`\`${output}\``);
  });
});
