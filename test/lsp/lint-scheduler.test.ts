import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintOutcome, ShellcheckMode } from '../../src/lsp/document-linter.js';
import { LintScheduler } from '../../src/lsp/lint-scheduler.js';

const URI = 'file:///Dockerfile';

/** A scheduler over one document whose lints finish when the test says, each answering with the text it read. */
function harness() {
  let document: TextDocument | undefined = TextDocument.create(URI, 'dockerfile', 1, 'FROM a\n');
  const pending: { text: string; mode: ShellcheckMode; finish: () => void }[] = [];
  const published: { version: number; message: string }[] = [];
  const scheduler = new LintScheduler({
    lint: (doc, mode) => new Promise<LintOutcome>((resolve) => {
      const text = doc.getText();
      pending.push({ text, mode, finish: () => resolve({ kind: 'failed', message: text }) });
    }),
    current: () => document,
    publish: (doc, outcome) => published.push({ version: doc.version, message: outcome.kind === 'failed' ? outcome.message : '' }),
  });
  return {
    scheduler,
    pending,
    published,
    get document() {
      return document!;
    },
    edit(text: string) {
      document = TextDocument.create(URI, 'dockerfile', document!.version + 1, text);
    },
    close() {
      document = undefined;
    },
  };
}

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe('LintScheduler', () => {
  it('lints once after a burst of changes, when the debounce has passed', async () => {
    const h = harness();
    h.scheduler.schedule(h.document, 30, 'remembered');
    h.edit('FROM b\n');
    h.scheduler.schedule(h.document, 30, 'remembered');
    h.edit('FROM c\n');
    h.scheduler.schedule(h.document, 30, 'remembered');
    await tick(10);
    expect(h.pending).toHaveLength(0);
    await tick(50);
    expect(h.pending.map((p) => p.text)).toEqual(['FROM c\n']);
    h.pending[0]!.finish();
    await tick();
    expect(h.published).toEqual([{ version: 3, message: 'FROM c\n' }]);
  });

  it('drops the result of a lint whose document changed or closed while it ran', async () => {
    const h = harness();
    h.scheduler.schedule(h.document, 0, 'check');
    await tick();
    h.edit('FROM b\n');
    h.pending[0]!.finish();
    await tick();
    expect(h.published).toEqual([]);
    h.scheduler.schedule(h.document, 0, 'check');
    await tick();
    h.close();
    h.pending[1]!.finish();
    await tick();
    expect(h.published).toEqual([]);
  });

  it('publishes a lint of one version only when no lint started after it has published', async () => {
    const h = harness();
    h.scheduler.schedule(h.document, 0, 'check'); // on open, with ShellCheck: slow
    await tick();
    h.scheduler.schedule(h.document, 0, 'remembered');
    await tick();
    h.pending[1]!.finish();
    await tick();
    h.pending[0]!.finish();
    await tick();
    expect(h.published).toHaveLength(1);
    expect(h.pending.map((p) => p.mode)).toEqual(['check', 'remembered']);
  });

  it("answers requests with the current version's result, linting it without publishing when it is stale", async () => {
    const h = harness();
    h.scheduler.schedule(h.document, 0, 'check');
    await tick();
    h.pending[0]!.finish();
    await tick();
    expect((await h.scheduler.resultFor(h.document))?.version).toBe(1);
    h.edit('FROM b\n');
    const answer = h.scheduler.resultFor(h.document);
    await tick();
    h.pending[1]!.finish();
    expect(await answer).toMatchObject({ version: 2, outcome: { message: 'FROM b\n' } });
    expect(h.published.map((p) => p.version)).toEqual([1]);
  });
});
