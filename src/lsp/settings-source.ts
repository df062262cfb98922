import type { Connection, InitializeParams } from 'vscode-languageserver/node';
import { errorMessage } from '../error-message.js';
import { DEFAULT_SETTINGS, readSettings, type ClientSettings } from './settings.js';

/**
 * Where each document's settings come from: the client's `workspace/configuration` (section
 * `dflint`, per document) when it can be asked, over `initializationOptions` and the settings a
 * `didChangeConfiguration` pushes; else those two alone.
 */
export class SettingsSource {
  /** The settings given with initialize, under those the client sends later. */
  private initial: ClientSettings = DEFAULT_SETTINGS;
  private pushed: ClientSettings = DEFAULT_SETTINGS;
  private pull = false;
  private readonly byUri = new Map<string, Promise<ClientSettings>>();

  constructor(private readonly connection: Connection, private readonly warn: (message: string) => void) {}

  /** Reads what initialize says: the client's capabilities and its `initializationOptions` (the `dflint` section's keys). */
  initialize(params: InitializeParams): void {
    this.initial = readSettings(params.initializationOptions);
    this.pushed = this.initial;
    this.pull = params.capabilities.workspace?.configuration === true;
  }

  /** Whether the settings are asked for (so the server registers for their changes). */
  get pulled(): boolean {
    return this.pull;
  }

  /** A document's settings, asked for once until they change or it closes. */
  forDocument(uri: string): Promise<ClientSettings> {
    if (!this.pull) return Promise.resolve(this.pushed);
    let settings = this.byUri.get(uri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'dflint' }).then(
        (value: unknown) => readSettings(value, this.pushed),
        (error: unknown) => {
          this.warn(`could not read the settings: ${errorMessage(error)}`);
          return this.pushed;
        },
      );
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  /** `workspace/didChangeConfiguration`: its `settings.dflint` when it sends them; every document's are asked for again. */
  changed(settings: unknown): void {
    this.byUri.clear();
    const section = (settings as { dflint?: unknown } | null | undefined)?.dflint;
    if (section !== undefined) this.pushed = readSettings(section, this.initial);
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}
