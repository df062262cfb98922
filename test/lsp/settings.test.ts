import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CodeActionRequest, CodeActionResolveRequest, DidChangeConfigurationNotification, HoverRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { findShellcheck } from '../../src/shellcheck/index.js';
import { BIN, ensureBuilt, ROOT } from '../cli/built-cli.js';
import { startSession, type LspSession, type SessionOptions } from './lsp-client.js';

let dir: string;
let uri: string;
let session: LspSession | undefined;

beforeAll(() => {
  ensureBuilt();
});

afterEach(async () => {
  if (session && session.process.exitCode === null) await session.close();
  session = undefined;
  rmSync(dir, { recursive: true, force: true });
});

async function start(settings: Record<string, unknown>, args: readonly string[] = [BIN, '--lsp'], options: Partial<SessionOptions> = {}): Promise<LspSession> {
  dir = mkdtempSync(join(tmpdir(), 'dflint-lsp-'));
  writeFileSync(join(dir, '.git'), 'gitdir: elsewhere\n');
  uri = pathToFileURL(join(dir, 'Dockerfile')).href;
  session = await startSession({ args, cwd: dir, settings, ...options });
  return session;
}

const codes = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => d.code);

describe('client settings', () => {
  it('run: onSave lints on open and save, not as the document changes', async () => {
    const lsp = await start({ run: 'onSave', shellcheck: false, debounce: 0 });
    lsp.open(uri, 'FROM debian:12\n');
    expect(codes((await lsp.diagnostics(uri)).diagnostics)).toEqual([]);
    lsp.change(uri, 2, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'ADD a /b\n' }]);
    // A request needs the findings of the changed text, but publishes nothing.
    const hover = await lsp.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 1 } });
    expect(JSON.stringify(hover)).toContain('DL3020');
    lsp.save(uri);
    const published = await lsp.diagnostics(uri);
    expect([published.version, codes(published.diagnostics)]).toEqual([2, ['DL3020']]);
  });

  it('reads the settings again when they change (workspace/didChangeConfiguration)', async () => {
    const settings: Record<string, unknown> = { shellcheck: false, debounce: 0 };
    const lsp = await start(settings);
    lsp.open(uri, 'FROM debian\nADD a /b\n');
    expect(codes((await lsp.diagnostics(uri)).diagnostics)).toEqual(['DL3006', 'DL3020']);
    writeFileSync(join(dir, 'other.yaml'), 'rules:\n  DL3006: off\n');
    settings.configFile = 'other.yaml';
    await lsp.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    expect(codes((await lsp.diagnostics(uri)).diagnostics)).toEqual(['DL3020']);
  });

  it('takes them from initializationOptions from a client that cannot be asked for them', async () => {
    const lsp = await start({ configFile: 'ignored.yaml' }, [BIN, '--lsp'], { capabilities: {}, initializationOptions: { shellcheck: false, configFile: 'strict.yaml' } });
    writeFileSync(join(dir, 'strict.yaml'), 'rules:\n  DL3006: off\n');
    lsp.open(uri, 'FROM debian\nADD a /b\n');
    expect(codes((await lsp.diagnostics(uri)).diagnostics)).toEqual(['DL3020']);
  });

  it('configFile names the config file for every document', async () => {
    const lsp = await start({ shellcheck: false, configFile: 'lint/strict.yaml' });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'lint'));
    writeFileSync(join(dir, 'lint', 'strict.yaml'), 'rules:\n  DL3006: off\n');
    writeFileSync(join(dir, '.dflint.yaml'), 'rules:\n  DL3020: off\n');
    lsp.open(uri, 'FROM debian\nADD a /b\n');
    expect(codes((await lsp.diagnostics(uri)).diagnostics)).toEqual(['DL3020']);
  });
});

describe('code action resolution', () => {
  it('leaves the fix-all edit to codeAction/resolve when the client resolves edits', async () => {
    const lsp = await start({ shellcheck: false }, [BIN, '--lsp'], {
      capabilities: { workspace: { configuration: true }, textDocument: { codeAction: { resolveSupport: { properties: ['edit'] } } } },
    });
    lsp.open(uri, 'FROM debian:12\nADD a /b\n');
    await lsp.diagnostics(uri);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const [action] = (await lsp.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [], only: ['source.fixAll'] } })) as CodeAction[];
    expect(action).toMatchObject({ kind: 'source.fixAll.dflint', data: { uri } });
    expect(action!.edit).toBeUndefined();
    const resolved = await lsp.connection.sendRequest(CodeActionResolveRequest.type, action!);
    expect(resolved.edit?.changes?.[uri]).toEqual([{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }, newText: 'COPY' }]);
  });
});

describe.runIf(findShellcheck(true) !== undefined)('ShellCheck', () => {
  const text = 'FROM debian:12\nRUN echo $1 && ls *\n';

  it('checks RUN scripts on open and save; as the text changes, unchanged scripts keep their findings', async () => {
    const lsp = await start({ debounce: 0 });
    lsp.open(uri, text);
    const opened = (await lsp.diagnostics(uri)).diagnostics;
    const sc = opened.find((d) => d.code === 'SC2086')!;
    expect(sc).toMatchObject({ source: 'dflint', range: { start: { line: 1, character: 9 }, end: { line: 1, character: 11 } }, codeDescription: { href: 'https://www.shellcheck.net/wiki/SC2086' } });

    // A line above: the script is the same, its findings move with it.
    lsp.change(uri, 2, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'ENV A=1\n' }]);
    const moved = (await lsp.diagnostics(uri, (p) => p.version === 2)).diagnostics;
    expect(moved.find((d) => d.code === 'SC2086')!.range.start).toEqual({ line: 2, character: 9 });

    // The script itself changes: ShellCheck has not seen it, so its findings wait for the save.
    lsp.change(uri, 3, [{ range: { start: { line: 2, character: 9 }, end: { line: 2, character: 11 } }, text: '$2' }]);
    expect(codes((await lsp.diagnostics(uri, (p) => p.version === 3)).diagnostics).filter((code) => String(code).startsWith('SC'))).toEqual([]);
    lsp.save(uri);
    const saved = (await lsp.diagnostics(uri, (p) => p.version === 3)).diagnostics;
    expect(saved.find((d) => d.code === 'SC2086')!.range.start).toEqual({ line: 2, character: 9 });
  });

  it('shellcheck: false turns it off', async () => {
    const lsp = await start({ shellcheck: false });
    lsp.open(uri, text);
    expect(codes((await lsp.diagnostics(uri)).diagnostics).filter((code) => String(code).startsWith('SC'))).toEqual([]);
  });
});

describe('the bundled server', () => {
  for (const args of [['bundle/dflint-lsp.mjs', '--stdio'], ['bundle/dflint.mjs', '--lsp', '--stdio']]) {
    it(`${args.join(' ')} lints, and exits with 0`, async () => {
      const lsp = await start({ shellcheck: false }, args.map((arg, index) => (index === 0 ? join(ROOT, arg) : arg)));
      lsp.open(uri, 'FROM debian\nADD a /b\n');
      expect(codes((await lsp.diagnostics(uri)).diagnostics)).toEqual(['DL3006', 'DL3020']);
      expect(await lsp.close()).toBe(0);
    });
  }
});

/** A Dockerfile of 200 lines with findings all over it. */
function twoHundredLines(): string {
  const lines = ['# syntax=docker/dockerfile:1', 'FROM debian:12 AS build', 'LABEL org.opencontainers.image.title=demo', 'WORKDIR /src'];
  for (let i = 0; lines.length < 196; i++) {
    lines.push(`RUN apt-get update && apt-get install -y pkg${i} \\`, `    && cd /opt/${i} && make install-${i}`, `ADD file${i}.txt /opt/${i}/`, `ENV VAR_${i}=value${i}`);
  }
  lines.push('FROM debian:12', 'COPY --from=build /opt /opt', 'USER nobody', 'CMD ["/opt/run"]');
  return `${lines.join('\n')}\n`;
}

describe('responsiveness', () => {
  /** Milliseconds from each didChange to the diagnostics of that version, over typing on a 200-line Dockerfile. */
  async function changeToDiagnostics(debounce: number): Promise<number[]> {
    const lsp = await start({ shellcheck: false, debounce });
    const text = twoHundredLines();
    expect(text.split('\n')).toHaveLength(201);
    lsp.open(uri, text);
    await lsp.diagnostics(uri);
    const delays: number[] = [];
    for (let version = 2; version <= 21; version++) {
      const line = 10 + version * 8;
      const sent = performance.now();
      lsp.change(uri, version, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: ' ' }]);
      const published = await lsp.diagnostics(uri, (p) => p.version === version);
      expect(published.diagnostics.length).toBeGreaterThan(100);
      delays.push(published.at - sent - debounce);
    }
    return delays.sort((a, b) => a - b);
  }

  it('publishes the diagnostics of each change to a 200-line Dockerfile promptly (debounce 0, and 150 ms debounce subtracted), and prints the figures', async () => {
    const immediate = await changeToDiagnostics(0);
    await session!.close();
    const debounced = await changeToDiagnostics(150);
    const figures = (delays: number[]) => `median ${delays[10]!.toFixed(1)} ms, max ${delays.at(-1)!.toFixed(1)} ms`;
    console.log(`didChange → publishDiagnostics on 200 lines: debounce 0: ${figures(immediate)}; debounce 150, minus 150: ${figures(debounced)}`);
    // The target is 100 ms (issue 13), met on an idle machine (see the figures in docs/language-server.md);
    // the whole suite runs this beside other test processes on two shared cores, hence the slack.
    expect(immediate[10]).toBeLessThan(250);
    expect(debounced[10]).toBeLessThan(250);
  });
});
