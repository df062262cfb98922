import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DocumentLinter } from '../../src/lsp/document-linter.js';
import { readSettings } from '../../src/lsp/settings.js';

// A model that cannot be built stands for any bug on the way to the findings.
vi.mock('../../src/model/build.js', async (original) => {
  const actual = await original<typeof import('../../src/model/build.js')>();
  return {
    ...actual,
    buildModel: (text: string, options: Parameters<typeof actual.buildModel>[1]) => {
      if (text.includes('BREAK')) throw new TypeError('cannot read properties of undefined');
      return actual.buildModel(text, options);
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), 'dflint-lsp-'));
writeFileSync(join(dir, '.git'), 'gitdir: elsewhere\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('DocumentLinter', () => {
  const settings = readSettings({ shellcheck: false });

  it('lints a document as the CLI lints its file', async () => {
    const linter = new DocumentLinter(dir, () => undefined);
    const outcome = await linter.lint({ path: join(dir, 'Dockerfile'), text: 'FROM debian\nADD a /b\n', settings }, 'remembered');
    expect(outcome.kind === 'linted' && outcome.findings.map((f) => f.code)).toEqual(['DL3006', 'DL3020']);
  });

  it('turns a failure on the way into a message, never a rejection', async () => {
    const linter = new DocumentLinter(dir, () => undefined);
    const outcome = await linter.lint({ path: join(dir, 'Dockerfile'), text: 'FROM debian\nRUN BREAK\n', settings }, 'remembered');
    expect(outcome).toEqual({ kind: 'failed', message: 'dflint could not lint this file (internal error): cannot read properties of undefined' });
  });

  it('says when the config file the settings name is missing', async () => {
    const linter = new DocumentLinter(dir, () => undefined);
    const outcome = await linter.lint({ path: join(dir, 'Dockerfile'), text: 'FROM debian\n', settings: readSettings({ shellcheck: false, configFile: 'nowhere.yaml' }) }, 'remembered');
    expect(outcome.kind).toBe('failed');
    expect(outcome.kind === 'failed' && outcome.message).toMatch(/^Invalid dflint configuration, so this file was not linted:\nnowhere\.yaml: /);
  });
});
