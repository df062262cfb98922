import { existsSync } from 'node:fs';
import type { ExtensionContext } from 'vscode';
import { TransportKind, type ServerOptions } from 'vscode-languageclient/node';

/** The language server inside the extension, copied from the repository's bundle/ when packaged (scripts/build.mjs). */
export const SERVER_MODULE = 'server/dflint-lsp.mjs';

/**
 * Runs the bundled server with the Node.js that VS Code itself runs on: without a `runtime`,
 * vscode-languageclient forks the module with ELECTRON_RUN_AS_NODE set, so users need no Node.js
 * of their own. The client adds `--stdio` to the arguments.
 */
export function serverOptions(context: ExtensionContext): ServerOptions {
  const module = context.asAbsolutePath(SERVER_MODULE);
  if (!existsSync(module)) {
    throw new Error(`The dflint language server is missing from the extension (${module}): rebuild it with \`npm run package:vscode\`.`);
  }
  const run = { module, transport: TransportKind.stdio };
  return { run, debug: run };
}
