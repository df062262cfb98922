import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { packageVersion } from '../cli/version.js';
import { errorMessage } from '../error-message.js';
import { initShellParser } from '../model/shell/parser.js';
import { codeActions, FIX_ALL_KIND } from './code-actions.js';
import { failureDiagnostic, toDiagnostic } from './diagnostics.js';
import { DocumentLinter, type LintOutcome } from './document-linter.js';
import { isDockerfileDocument, pathOf } from './document-selection.js';
import { fixAllEdits } from './fix-all.js';
import { hoverAt } from './hover.js';
import { LintScheduler } from './lint-scheduler.js';
import { SettingsSource } from './settings-source.js';

/** The command that applies every safe fix to the document whose URI it is given (the editor's "dflint: Fix all"). */
export const FIX_ALL_COMMAND = 'dflint.fixAll';

/** Files whose changes change what open documents' lints say: config files, ignore files of build contexts. */
const WATCHED = '**/{.dflint.yaml,.dflint.yml,.dflint.json,.hadolint.yaml,.hadolint.yml,package.json,.dockerignore,*.dockerignore}';

/** Runs the language server on standard input and output until the client says exit (or goes away). */
export function startServer(): Connection {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  // Standard output carries the protocol: anything printed there would corrupt it.
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.warn = console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  process.on('uncaughtException', (error) => connection.console.error(`dflint: uncaught error: ${error.stack ?? errorMessage(error)}`));
  process.on('unhandledRejection', (reason) => connection.console.error(`dflint: unhandled rejection: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`));

  const documents = new TextDocuments(TextDocument);
  const warn = (message: string) => connection.console.warn(`dflint: ${message}`);
  // Replaced on initialize, which names the workspace folder.
  let linter = new DocumentLinter(process.cwd(), warn);
  const settings = new SettingsSource(connection, warn);
  let resolvesEdits = false;

  const publish = (document: TextDocument, outcome: LintOutcome) => {
    const diagnostics = outcome.kind === 'linted'
      ? outcome.findings.map((finding) => toDiagnostic(finding, document.uri))
      : [failureDiagnostic(outcome.message, document.getText())];
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  };

  const scheduler = new LintScheduler({
    lint: async (document, mode) => linter.lint({ path: pathOf(document.uri), text: document.getText(), settings: await settings.forDocument(document.uri) }, mode),
    current: (uri) => documents.get(uri),
    publish,
  });

  const lintedDocuments = () => documents.all().filter(isDockerfileDocument);
  const relintAll = () => {
    for (const document of lintedDocuments()) scheduler.schedule(document, 0, 'check');
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const root = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    linter = new DocumentLinter((root && pathOf(root)) ?? params.rootPath ?? process.cwd(), warn);
    settings.initialize(params);
    // Loaded while the client gets ready, so that the first document opened is linted sooner.
    initShellParser().catch((error: unknown) => warn(`could not load the shell parser: ${errorMessage(error)}`));
    const capabilities = params.capabilities;
    resolvesEdits = capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
    connection.onInitialized(async () => {
      if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: WATCHED }] });
      }
      if (settings.pulled && capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: 'dflint' });
      }
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        hoverProvider: true,
        executeCommandProvider: { commands: [FIX_ALL_COMMAND] },
      },
      serverInfo: { name: 'dflint', version: packageVersion() },
    };
  });

  // TextDocuments reports an open as a change too: the open is linted at once, with ShellCheck.
  const openedAt = new Map<string, number>();
  documents.onDidOpen(({ document }) => {
    if (!isDockerfileDocument(document)) return;
    openedAt.set(document.uri, document.version);
    scheduler.schedule(document, 0, 'check');
  });
  documents.onDidChangeContent(async ({ document }) => {
    if (!isDockerfileDocument(document) || openedAt.get(document.uri) === document.version) return;
    const { run, debounce } = await settings.forDocument(document.uri);
    if (run === 'onType') scheduler.schedule(document, debounce, 'remembered');
  });
  documents.onDidSave(({ document }) => {
    if (isDockerfileDocument(document)) scheduler.schedule(document, 0, 'check');
  });
  documents.onDidClose(({ document }) => {
    openedAt.delete(document.uri);
    settings.forget(document.uri);
    scheduler.forget(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration((change) => {
    settings.changed(change.settings);
    relintAll();
  });
  connection.onDidChangeWatchedFiles(() => {
    linter.reset();
    relintAll();
  });

  const lintedNow = async (uri: string) => {
    const document = documents.get(uri);
    if (!document || !isDockerfileDocument(document)) return undefined;
    const linted = await scheduler.resultFor(document);
    return linted?.outcome.kind === 'linted' ? { document, outcome: linted.outcome } : undefined;
  };

  connection.onCodeAction(async (params) => {
    const linted = await lintedNow(params.textDocument.uri);
    if (!linted) return [];
    const request = { document: linted.document, range: params.range, diagnostics: params.context.diagnostics, only: params.context.only };
    return codeActions(request, linted.outcome, { deferFixAll: resolvesEdits });
  });
  connection.onCodeActionResolve(async (action: CodeAction) => {
    const uri = (action.data as { uri?: unknown } | undefined)?.uri;
    if (action.kind !== FIX_ALL_KIND || typeof uri !== 'string') return action;
    const linted = await lintedNow(uri);
    return linted ? { ...action, edit: { changes: { [uri]: fixAllEdits(linted.document, linted.outcome.options) } } } : action;
  });
  connection.onHover(async (params) => {
    const linted = await lintedNow(params.textDocument.uri);
    return linted ? hoverAt(params.position, linted.outcome.findings) : null;
  });
  connection.onExecuteCommand(async (params) => {
    if (params.command !== FIX_ALL_COMMAND) return;
    const uri = commandUri(params.arguments?.[0]);
    const linted = uri === undefined ? undefined : await lintedNow(uri);
    if (!linted) return;
    const edits = fixAllEdits(linted.document, linted.outcome.options);
    if (edits.length > 0) await connection.workspace.applyEdit({ label: 'dflint: Fix all', edit: { changes: { [linted.document.uri]: edits } } });
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}

/** The document a `dflint.fixAll` command names: its URI, or an object with one (`{ uri }`, a TextDocumentIdentifier). */
function commandUri(argument: unknown): string | undefined {
  if (typeof argument === 'string') return argument;
  const uri = (argument as { uri?: unknown } | null | undefined)?.uri;
  return typeof uri === 'string' ? uri : undefined;
}
