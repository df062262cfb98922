import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest,
  DiagnosticSeverity,
  DiagnosticTag,
  ExecuteCommandRequest,
  HoverRequest,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { BIN, ensureBuilt } from '../cli/built-cli.js';
import { startSession, type LspSession } from './lsp-client.js';

const DOCKERFILE = [
  'FROM debian:12 AS unused',
  'RUN echo hi',
  '',
  'FROM debian:12',
  'MAINTAINER someone',
  'RUN apt-get update && apt-get install -y curl git',
  '  ADD src/ /src/',
  'RUN cd /src && make',
  '',
].join('\n');

let dir: string;
let session: LspSession;
let uri: string;

beforeAll(async () => {
  ensureBuilt();
  // A repository of its own, so no config file of dflint's checkout applies.
  dir = mkdtempSync(join(tmpdir(), 'dflint-lsp-'));
  writeFileSync(join(dir, '.git'), 'gitdir: elsewhere\n');
  writeFileSync(join(dir, 'Dockerfile'), DOCKERFILE);
  uri = pathToFileURL(join(dir, 'Dockerfile')).href;
  session = await startSession({ args: [BIN, '--lsp', '--stdio'], cwd: dir, settings: { shellcheck: false } });
});

afterAll(async () => {
  if (session.process.exitCode === null) session.process.kill();
  rmSync(dir, { recursive: true, force: true });
});

const byCode = (diagnostics: readonly Diagnostic[], code: string) => diagnostics.find((d) => d.code === code);

/** The text after the edits. */
function applied(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'dockerfile', 1, text), [...edits]);
}

function editsOf(action: CodeAction, target = uri): TextEdit[] {
  return action.edit?.changes?.[target] ?? [];
}

async function actionsFor(target: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return (await session.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: target },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic] },
  })) as CodeAction[];
}

describe('the language server process (dflint --lsp)', () => {
  let diagnostics: Diagnostic[];
  let text = DOCKERFILE;
  let version = 1;

  /** Replaces the document's text (one incremental change over all of it) and waits for its diagnostics. */
  async function replaceText(next: string): Promise<Diagnostic[]> {
    const document = TextDocument.create(uri, 'dockerfile', version, text);
    version++;
    session.change(uri, version, [{ range: { start: { line: 0, character: 0 }, end: document.positionAt(text.length) }, text: next }]);
    text = next;
    const published = await session.diagnostics(uri, (p) => p.version === version);
    return published.diagnostics;
  }

  it('registers for the config files and ignore files it reads', async () => {
    const watchers = JSON.stringify((await session.registration('workspace/didChangeWatchedFiles')).registerOptions);
    for (const name of ['.dflint.yaml', '.dflint.yml', '.hadolint.yaml', '.hadolint.yml', 'package.json', '.dockerignore']) expect(watchers).toContain(name);
  });

  it('publishes diagnostics on open, with exact ranges, codes, links, severities and tags', async () => {
    session.open(uri, DOCKERFILE);
    const published = await session.diagnostics(uri);
    expect(published.version).toBe(1);
    diagnostics = published.diagnostics;
    expect(diagnostics.map((d) => d.code)).toEqual(['DF2002', 'DL4000', 'DL3009', 'DL3015', 'DL3008', 'DL3020', 'DL3003']);
    const add = byCode(diagnostics, 'DL3020')!;
    expect(add).toMatchObject({
      range: { start: { line: 6, character: 2 }, end: { line: 6, character: 5 } },
      severity: DiagnosticSeverity.Error,
      source: 'dflint',
      message: 'Use `COPY` instead of `ADD` for files and folders',
    });
    expect(add.codeDescription?.href).toMatch(/^https:\/\/github\.com\/dflint\/dflint\/blob\/v[^/]+\/rules\/prefer-copy-over-add\/README\.md$/);
    expect(add.tags).toBeUndefined();
    expect(byCode(diagnostics, 'DF2002')!.tags).toEqual([DiagnosticTag.Unnecessary]);
    expect(byCode(diagnostics, 'DL4000')!.tags).toEqual([DiagnosticTag.Deprecated]);
    expect(byCode(diagnostics, 'DL3015')!.severity).toBe(DiagnosticSeverity.Information);
    const pins = byCode(diagnostics, 'DL3008')!;
    expect(pins.severity).toBe(DiagnosticSeverity.Warning);
    expect(pins.relatedInformation?.map((r) => [r.location.uri, r.location.range.start, r.message])).toEqual([
      [uri, { line: 5, character: 41 }, expect.stringContaining('curl')],
      [uri, { line: 5, character: 46 }, expect.stringContaining('git')],
    ]);
  });

  it('lints incremental changes and publishes the new version', async () => {
    // Insert a line: the findings below it move down by one.
    const document = TextDocument.create(uri, 'dockerfile', version, text);
    version++;
    const insert = { range: { start: document.positionAt(text.indexOf('MAINTAINER')), end: document.positionAt(text.indexOf('MAINTAINER')) }, text: 'USER root\n' };
    session.change(uri, version, [insert]);
    text = applied(text, [{ range: insert.range, newText: insert.text }]);
    const published = await session.diagnostics(uri, (p) => p.version === version);
    expect(byCode(published.diagnostics, 'DL3020')!.range.start).toEqual({ line: 7, character: 2 });
    expect(published.diagnostics.map((d) => d.code)).toContain('DL3002'); // the last USER is root
    diagnostics = await replaceText(DOCKERFILE);
    expect(byCode(diagnostics, 'DL3020')!.range.start).toEqual({ line: 6, character: 2 });
  });

  it("offers a finding's fix as a quick fix, and applying it removes the diagnostic", async () => {
    const add = byCode(diagnostics, 'DL3020')!;
    const actions = await actionsFor(uri, add);
    expect(actions.map((a) => a.title)).toEqual(['Replace `ADD` with `COPY`', 'Ignore DL3020 for this line', 'Ignore DL3020 in this file', 'Fix all safely fixable dflint problems']);
    const fix = actions[0]!;
    expect(fix).toMatchObject({ kind: 'quickfix', isPreferred: true, diagnostics: [{ code: 'DL3020', range: add.range }] });
    const after = await replaceText(applied(text, editsOf(fix)));
    expect(text).toContain('  COPY src/ /src/');
    expect(byCode(after, 'DL3020')).toBeUndefined();
    diagnostics = await replaceText(DOCKERFILE);
  });

  it('labels unsafe fixes, and does not prefer them', async () => {
    const actions = await actionsFor(uri, byCode(diagnostics, 'DL4000')!);
    expect(actions[0]).toMatchObject({ title: 'Replace `MAINTAINER` with `LABEL maintainer=...` (unsafe)', kind: 'quickfix', isPreferred: false });
  });

  it('ignores a code for one line with a pragma above the instruction, keeping its indentation, then adds to that pragma', async () => {
    const actions = await actionsFor(uri, byCode(diagnostics, 'DL3020')!);
    const ignore = actions.find((a) => a.title === 'Ignore DL3020 for this line')!;
    let after = await replaceText(applied(text, editsOf(ignore)));
    expect(text).toContain('  # dflint ignore=DL3020\n  ADD src/ /src/\n');
    expect(byCode(after, 'DL3020')).toBeUndefined();

    // RUN apt-get ...: two of its findings, one pragma.
    for (const code of ['DL3008', 'DL3015']) {
      const action = (await actionsFor(uri, byCode(after, code)!)).find((a) => a.title === `Ignore ${code} for this line`)!;
      after = await replaceText(applied(text, editsOf(action)));
      expect(byCode(after, code)).toBeUndefined();
    }
    expect(text).toContain('# dflint ignore=DL3008,DL3015\nRUN apt-get update');
    diagnostics = await replaceText(DOCKERFILE);
  });

  it('ignores a code in the whole file with a global pragma, after the parser directives', async () => {
    diagnostics = await replaceText(`# syntax=docker/dockerfile:1\n${DOCKERFILE}`);
    const actions = await actionsFor(uri, byCode(diagnostics, 'DL3003')!);
    const ignore = actions.find((a) => a.title === 'Ignore DL3003 in this file')!;
    const after = await replaceText(applied(text, editsOf(ignore)));
    expect(text.startsWith('# syntax=docker/dockerfile:1\n# dflint global ignore=DL3003\nFROM')).toBe(true);
    expect(byCode(after, 'DL3003')).toBeUndefined();
    const again = (await actionsFor(uri, byCode(after, 'DL3009')!)).find((a) => a.title === 'Ignore DL3009 in this file')!;
    await replaceText(applied(text, editsOf(again)));
    expect(text).toContain('# dflint global ignore=DL3003,DL3009\n');
    diagnostics = await replaceText(DOCKERFILE);
  });

  it('applies every safe fix with source.fixAll.dflint, as dflint --fix does', async () => {
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.dflint'] },
    })) as CodeAction[];
    expect(actions.map((a) => [a.kind, a.title])).toEqual([['source.fixAll.dflint', 'Fix all safely fixable dflint problems']]);
    const after = await replaceText(applied(text, editsOf(actions[0]!)));
    expect(text).toContain('  COPY src/ /src/');
    expect(text).toContain('rm -rf /var/lib/apt/lists/*');
    expect(after.map((d) => d.code)).toEqual(['DF2002', 'DL4000', 'DL3015', 'DL3008', 'DL3003']);
    diagnostics = await replaceText(DOCKERFILE);
  });

  it('runs dflint.fixAll for a URI through workspace/applyEdit', async () => {
    await session.connection.sendRequest(ExecuteCommandRequest.type, { command: 'dflint.fixAll', arguments: [uri] });
    const edit = session.appliedEdits.at(-1)!;
    expect(applied(text, edit.edit.changes![uri]!)).toContain('  COPY src/ /src/');
  });

  it("shows the rule's summary, why and link on hover", async () => {
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 6, character: 3 } });
    const value = (hover!.contents as MarkupContent).value;
    expect(value).toContain('**DL3020** `prefer-copy-over-add`');
    expect(value).toContain('Use `COPY` instead of `ADD`');
    expect(value).toMatch(/\]\(https:\/\/github\.com\/dflint\/dflint\/blob\/v[^)]+\/rules\/prefer-copy-over-add\/README\.md\)/);
    expect(hover!.range).toEqual(byCode(diagnostics, 'DL3020')!.range);
    expect(await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 0 } })).toBeNull();
  });

  it('lints again when a config file changes (workspace/didChangeWatchedFiles)', async () => {
    const config = join(dir, '.dflint.yaml');
    writeFileSync(config, 'rules:\n  DL3020: off\n  DL3003: error\n');
    session.changeWatchedFile(pathToFileURL(config).href);
    let published = await session.diagnostics(uri);
    expect(byCode(published.diagnostics, 'DL3020')).toBeUndefined();
    expect(byCode(published.diagnostics, 'DL3003')!.severity).toBe(DiagnosticSeverity.Error);

    // An invalid config file: one diagnostic saying so, and the server goes on.
    writeFileSync(config, 'rules:\n  DL9999: off\n');
    session.changeWatchedFile(pathToFileURL(config).href);
    published = await session.diagnostics(uri);
    expect(published.diagnostics).toHaveLength(1);
    expect(published.diagnostics[0]).toMatchObject({ source: 'dflint', severity: DiagnosticSeverity.Error, range: { start: { line: 0, character: 0 } } });
    expect(published.diagnostics[0]!.message).toMatch(/^Invalid dflint configuration, so this file was not linted:\n\.dflint\.yaml:2:3: .*DL9999/);

    rmSync(config);
    session.changeWatchedFile(pathToFileURL(config).href);
    published = await session.diagnostics(uri);
    expect(byCode(published.diagnostics, 'DL3020')).toBeDefined();
  });

  it('gives a document that cannot be linted one diagnostic saying why', async () => {
    const other = pathToFileURL(join(dir, 'broken.Dockerfile')).href;
    writeFileSync(join(dir, '.dflint.yaml'), 'target: nowhere\n');
    session.changeWatchedFile(pathToFileURL(join(dir, '.dflint.yaml')).href);
    await session.diagnostics(uri);
    session.open(other, 'FROM debian:12 AS base\n', 'plaintext');
    const published = await session.diagnostics(other);
    expect(published.diagnostics).toEqual([expect.objectContaining({ source: 'dflint', severity: DiagnosticSeverity.Error, message: expect.stringContaining('nowhere') })]);
    rmSync(join(dir, '.dflint.yaml'));
    session.changeWatchedFile(pathToFileURL(join(dir, '.dflint.yaml')).href);
    expect((await session.diagnostics(other)).diagnostics).toEqual([]);
  });

  it('leaves documents that are not Dockerfiles alone', async () => {
    const readme = pathToFileURL(join(dir, 'README.md')).href;
    session.open(readme, 'FROM debian\n', 'markdown');
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: readme }, position: { line: 0, character: 0 } });
    expect(hover).toBeNull();
  });

  it('shuts down and exits with 0', async () => {
    expect(await session.close()).toBe(0);
  });
});
