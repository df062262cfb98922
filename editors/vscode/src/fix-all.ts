import { window } from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

/** The server's command that applies every safe fix to one document; the extension contributes it as "dflint: Fix all". */
export const FIX_ALL_COMMAND = 'dflint.fixAll';

/**
 * vscode-languageclient registers the server's commands in VS Code. Run from the command palette,
 * `dflint.fixAll` comes without arguments: it is given the active editor's document, the one the
 * user is looking at.
 */
export const fixAllMiddleware: Middleware = {
  executeCommand(command, args, next) {
    if (command !== FIX_ALL_COMMAND || args.length > 0) return next(command, args);
    const document = window.activeTextEditor?.document;
    if (document === undefined) {
      void window.showInformationMessage('dflint: open a Dockerfile to fix it.');
      return undefined;
    }
    return next(command, [document.uri.toString()]);
  },
};
