import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/engine/types.js';
import { lint } from '../../src/lint.js';
import { packageVersion } from '../../src/cli/version.js';
import { ruleDocsUrl } from '../../src/repository.js';
import { BIN, ensureBuilt } from '../cli/built-cli.js';

/**
 * The language server with a real editor as its client: headless Neovim runs the few lines of
 * setup docs/editors.md gives (neovim/init.lua, which starts `dflint --lsp`) and neovim/drive.lua
 * plays the user: it opens a Dockerfile, waits for the diagnostics, asks for the code actions at
 * the `ADD` and applies its quick fix; the diagnostics must follow the edit.
 * Without `nvim` on PATH the test is skipped, unless CI is set: CI must run it.
 */
const NVIM = (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'nvim')).find((path) => existsSync(path));
const REQUIRED = Boolean(process.env.CI);
const HERE = join(import.meta.dirname, 'neovim');

if (NVIM === undefined && !REQUIRED) {
  console.warn('NOTE: `nvim` is not on PATH, so the Neovim language-server test is skipped (apt-get install neovim; .ci/run installs it)');
}

/** How long drive.lua waits for each step, and the test for the whole editor session. */
const STEP_TIMEOUT = 10_000;
const SESSION_TIMEOUT = 30_000;

/**
 * Findings with fixes, one without (DL3006), and a non-ASCII word ahead of findings on line 4,
 * where the server's UTF-16 columns and Neovim's byte columns differ. ShellCheck finds nothing in
 * it, so the diagnostics are the same whether ShellCheck is installed or not.
 */
const DOCKERFILE = ['FROM ubuntu', 'MAINTAINER me@example.com', 'ADD app.conf /etc/app.conf', 'RUN echo "déjà vu" && apt-get update && apt-get install -y curl', ''].join('\n');

/** The quick fix of DL3020, which drive.lua applies. */
const FIX_TITLE = 'Replace `ADD` with `COPY`';

/** vim.diagnostic.severity, which has the LSP's numbers. */
const NVIM_SEVERITY: Record<Severity, number> = { error: 1, warning: 2, info: 3, style: 4 };

/** An item of Neovim's vim.diagnostic.get(): 0-based lines, 0-based byte columns. */
interface NvimDiagnostic {
  readonly lnum: number;
  readonly col: number;
  readonly end_lnum: number;
  readonly end_col: number;
  readonly severity: number;
  readonly code: string;
  readonly source: string;
  readonly message: string;
}

interface LspDiagnostic {
  readonly code: string;
  readonly codeDescription?: { readonly href: string };
  readonly tags?: readonly number[];
}

interface CodeAction {
  readonly title: string;
  readonly kind?: string;
}

/** What drive.lua writes (see there). */
interface Report {
  readonly steps: readonly string[];
  readonly error?: string;
  readonly diagnostics: readonly NvimDiagnostic[];
  readonly published: { readonly diagnostics: readonly LspDiagnostic[] };
  readonly actions: readonly CodeAction[];
  readonly lines_after_fix: readonly string[];
  readonly diagnostics_after_fix: readonly NvimDiagnostic[];
}

/** What Neovim must show for the findings dflint's library reports on `text`. */
async function expectedDiagnostics(text: string) {
  const lines = text.split('\n');
  const byteColumn = (line: number, column: number) => Buffer.byteLength(lines[line - 1]!.slice(0, column - 1));
  return sortDiagnostics(
    (await lint(text)).map((finding: Finding) => ({
      lnum: finding.line - 1,
      col: byteColumn(finding.line, finding.column),
      end_lnum: finding.endLine - 1,
      end_col: byteColumn(finding.endLine, finding.endColumn),
      severity: NVIM_SEVERITY[finding.severity],
      code: finding.code,
      source: 'dflint',
      message: finding.message,
    })),
  );
}

function sortDiagnostics<T extends Pick<NvimDiagnostic, 'lnum' | 'col' | 'code'>>(diagnostics: readonly T[]): T[] {
  return [...diagnostics].sort((a, b) => a.lnum - b.lnum || a.col - b.col || a.code.localeCompare(b.code));
}

function comparable(diagnostics: readonly NvimDiagnostic[]) {
  return sortDiagnostics(diagnostics.map(({ lnum, col, end_lnum, end_col, severity, code, source, message }) => ({ lnum, col, end_lnum, end_col, severity, code, source, message })));
}

it('docs/editors.md shows the Neovim 0.7 set-up this test runs', () => {
  const docs = readFileSync(join(import.meta.dirname, '../../docs/editors.md'), 'utf8');
  expect(docs).toContain(`\`\`\`lua\n${readFileSync(join(HERE, 'init.lua'), 'utf8')}\`\`\`\n`);
});

// Declared only when it fails, so that it never shows up as one more skipped test.
if (NVIM === undefined && REQUIRED) {
  it('nvim is on PATH, as CI is set', () => {
    expect.fail('CI is set but `nvim` is not on PATH: install it (apt-get install neovim, as .ci/run does)');
  });
}

describe.skipIf(NVIM === undefined)('headless Neovim with dflint --lsp', () => {
  let scratch = '';
  let report: Report;
  let seconds = 0;

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  beforeAll(async () => {
    ensureBuilt();
    scratch = mkdtempSync(join(tmpdir(), 'dflint-neovim-'));
    // `dflint` on PATH, as init.lua (the documented setup) expects it, running this checkout's build.
    const bin = join(scratch, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'dflint'), `#!/bin/sh\nexec '${process.execPath}' '${BIN}' "$@"\n`);
    chmodSync(join(bin, 'dflint'), 0o755);
    const project = join(scratch, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'Dockerfile'), DOCKERFILE);
    const reportPath = join(scratch, 'report.json');
    const args = ['--headless', '--clean', '-u', join(HERE, 'init.lua'), '-c', `luafile ${join(HERE, 'drive.lua')}`, 'Dockerfile'];
    const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, DFLINT_NVIM_REPORT: reportPath, DFLINT_NVIM_TIMEOUT: String(STEP_TIMEOUT), DFLINT_NVIM_FIX: FIX_TITLE };
    const started = performance.now();
    const output = await new Promise<string>((resolve) => {
      execFile(NVIM!, args, { cwd: project, env, encoding: 'utf8', timeout: SESSION_TIMEOUT }, (error, stdout, stderr) => resolve(`${error?.message ?? ''}${stdout}${stderr}`));
    });
    seconds = (performance.now() - started) / 1000;
    if (!existsSync(reportPath)) throw new Error(`Neovim wrote no report:\n${output}`);
    report = JSON.parse(readFileSync(reportPath, 'utf8')) as Report;
  }, SESSION_TIMEOUT + 60_000);

  it('goes through every step without an error', () => {
    expect(report.error, `steps done: ${report.steps.join(', ')}`).toBeUndefined();
    console.info(`Neovim session with dflint --lsp: ${seconds.toFixed(2)} s from start to quit`);
  });

  it('shows the findings with their exact ranges, severity, code and source', async () => {
    expect(comparable(report.diagnostics)).toEqual(await expectedDiagnostics(DOCKERFILE));
    // The one the quick fix is for, spelled out: `ADD` on the third line (Neovim counts from 0).
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ lnum: 2, col: 0, end_lnum: 2, end_col: 3, code: 'DL3020', source: 'dflint', severity: 1 }));
    // Past "déjà" (2 UTF-16 units, 4 bytes): `curl` starts at 0-based UTF-16 column 59, byte 61.
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ lnum: 3, col: 61, end_col: 65, code: 'DL3008' }));
  });

  it('links each diagnostic to its rule page and marks MAINTAINER deprecated', async () => {
    const pages = new Map((await lint(DOCKERFILE)).map((finding) => [finding.code, ruleDocsUrl(packageVersion(), finding.name)]));
    const links = new Map(report.published.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.codeDescription?.href]));
    expect(links).toEqual(pages);
    expect(report.published.diagnostics.find((diagnostic) => diagnostic.code === 'DL4000')?.tags).toEqual([2]);
  });

  it('offers the fix and the ignore comments at the ADD', () => {
    expect(report.actions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: FIX_TITLE, kind: 'quickfix' }),
        expect.objectContaining({ title: 'Ignore DL3020 for this line', kind: 'quickfix' }),
        expect.objectContaining({ title: 'Ignore DL3020 in this file', kind: 'quickfix' }),
      ]),
    );
  });

  it('applies the quick fix to the buffer, and the diagnostics follow', async () => {
    const fixed = DOCKERFILE.replace('ADD app.conf', 'COPY app.conf');
    expect(report.lines_after_fix.join('\n')).toBe(fixed.replace(/\n$/, ''));
    expect(comparable(report.diagnostics_after_fix)).toEqual(await expectedDiagnostics(fixed));
    expect(report.diagnostics_after_fix.map((diagnostic) => diagnostic.code)).not.toContain('DL3020');
  });
});
