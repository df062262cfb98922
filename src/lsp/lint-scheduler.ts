import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintOutcome, ShellcheckMode } from './document-linter.js';

/** A lint of one version of a document. */
export interface LintedVersion {
  readonly version: number;
  readonly outcome: LintOutcome;
}

export interface SchedulerHooks {
  /** Lints a document's text as it is now. */
  lint(document: TextDocument, mode: ShellcheckMode): Promise<LintOutcome>;
  /** The document as the client has it now, or undefined once it is closed. */
  current(uri: string): TextDocument | undefined;
  /** Sends a fresh result to the client. */
  publish(document: TextDocument, outcome: LintOutcome): void;
}

/**
 * When documents are linted: after a pause in typing (debounced), at once on open and save, and
 * on demand when a request needs the findings of the current version. Lints run from timers,
 * never inside a request handler unless it needs them; a result whose document changed (or was
 * closed) while it ran, or that a lint started later has already answered, is dropped.
 */
export class LintScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly latest = new Map<string, LintedVersion & { readonly sequence: number }>();
  /** The sequence number of the lint each document's published diagnostics come from. */
  private readonly published = new Map<string, number>();
  private sequence = 0;

  constructor(private readonly hooks: SchedulerHooks) {}

  /** Lints the document after `delay` ms, unless it changes again before (0: on the next turn of the event loop). */
  schedule(document: TextDocument, delay: number, mode: ShellcheckMode): void {
    this.cancel(document.uri);
    this.timers.set(document.uri, setTimeout(() => {
      this.timers.delete(document.uri);
      void this.run(document.uri, mode);
    }, delay));
  }

  /**
   * The findings of the document's current version: the last lint's, or a lint now, which is
   * kept but not published (with `run: onSave`, typing publishes nothing; a pending lint still does).
   */
  async resultFor(document: TextDocument): Promise<LintedVersion | undefined> {
    const latest = this.latest.get(document.uri);
    if (latest?.version === document.version) return latest;
    return this.run(document.uri, 'remembered', false);
  }

  /** A closed document: no more lints, no result kept. */
  forget(uri: string): void {
    this.cancel(uri);
    this.latest.delete(uri);
    this.published.delete(uri);
  }

  private cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }

  private async run(uri: string, mode: ShellcheckMode, publish = true): Promise<LintedVersion | undefined> {
    const document = this.hooks.current(uri);
    if (!document) return undefined;
    const sequence = ++this.sequence;
    const outcome = await this.hooks.lint(document, mode);
    // Stale: the document changed or closed meanwhile.
    if (this.hooks.current(uri)?.version !== document.version) return undefined;
    const linted = { version: document.version, outcome, sequence };
    // Of lints of one version, the one started last has the last word (ShellCheck may have run since).
    if ((this.latest.get(uri)?.sequence ?? 0) < sequence) this.latest.set(uri, linted);
    if (publish && (this.published.get(uri) ?? 0) < sequence) {
      this.published.set(uri, sequence);
      this.hooks.publish(document, outcome);
    }
    return linted;
  }
}
