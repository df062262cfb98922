import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUT_DEFAULTS } from '../../src/action/inputs.js';
import { readYaml } from './read-yaml.js';

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | boolean>;
}

interface Workflow {
  name: string;
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; permissions?: Record<string, string>; steps: Step[] }>;
}

const workflow = readYaml<Workflow>(join(import.meta.dirname, '..', '..', '.github', 'workflows', 'dflint.yml'));
const jobs = Object.values(workflow.jobs);
const job = jobs.find((j) => j.steps.some((s) => s.uses === './'))!;

describe('.github/workflows/dflint.yml', () => {
  it('runs the repository\'s own Action on its sample Dockerfiles', () => {
    expect(job, 'a job with a `uses: ./` step').toBeDefined();
    const step = job.steps.find((s) => s.uses === './')!;
    expect(step.with?.['paths']).toBe('fixtures/samples');
    for (const input of Object.keys(step.with ?? {})) expect(Object.keys(INPUT_DEFAULTS), `unknown input ${input}`).toContain(input);
    expect(job.steps.findIndex((s) => s.uses?.startsWith('actions/checkout@'))).toBeLessThan(job.steps.indexOf(step));
  });

  it('uploads the SARIF the Action wrote, even when the Action failed', () => {
    const dflint = job.steps.find((s) => s.uses === './')!;
    const upload = job.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    expect(upload.uses).toBe('github/codeql-action/upload-sarif@v4');
    expect(job.steps.indexOf(upload)).toBeGreaterThan(job.steps.indexOf(dflint));
    expect(dflint.id).toBeTruthy();
    expect(upload.with?.['sarif_file']).toBe(`\${{ steps.${dflint.id}.outputs.sarif-file }}`);
    expect(upload.if).toMatch(/^always\(\)/);
    expect(upload.with?.['category']).toBe(dflint.with?.['category']);
  });

  it('grants code scanning uploads and nothing more', () => {
    expect(job.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });
});
