import { commands, window, type ExtensionContext } from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/node';
import { DOCUMENT_SELECTOR } from './document-selector.js';
import { fixAllMiddleware } from './fix-all.js';
import { serverOptions } from './server-options.js';

/** The settings section the server reads with `workspace/configuration`: `dflint.run`, `dflint.shellcheck`, `dflint.configFile`. */
const SETTINGS_SECTION = 'dflint';

let client: LanguageClient | undefined;

/** Starts the bundled dflint language server for Dockerfiles. */
export async function activate(context: ExtensionContext): Promise<void> {
  const outputChannel = window.createOutputChannel('dflint', { log: true });
  context.subscriptions.push(outputChannel, commands.registerCommand('dflint.showOutput', () => outputChannel.show(true)));
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    // Tells the server when a `dflint.*` setting changes, so that it reads them again.
    synchronize: { configurationSection: SETTINGS_SECTION },
    outputChannel,
    middleware: fixAllMiddleware,
  };
  client = new LanguageClient('dflint', 'dflint', serverOptions(context), clientOptions);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
