import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  ConfigurationRequest,
  ApplyWorkspaceEditRequest,
  type ApplyWorkspaceEditParams,
  type ClientCapabilities,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

/** The client side of a language server process the test started, speaking JSON-RPC over its standard streams. */
export interface LspSession {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  /** What the server logged on standard error and through window/logMessage. */
  readonly log: string[];
  /** The registration of `method` the server asks for (client/registerCapability), once it has. */
  registration(method: string): Promise<Registration>;
  /** The edits the server asked the client to apply (workspace/applyEdit). */
  readonly appliedEdits: ApplyWorkspaceEditParams[];
  /** The next diagnostics published for `uri` matching `accept` (default: any), with the time they arrived. */
  diagnostics(uri: string, accept?: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams & { readonly at: number }>;
  open(uri: string, text: string, languageId?: string): void;
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void;
  save(uri: string): void;
  changeWatchedFile(uri: string): void;
  /** shutdown, then exit; resolves with the exit code. */
  close(): Promise<number | null>;
}

export interface SessionOptions {
  /** The command and its arguments (the first one is run with this Node). */
  readonly args: readonly string[];
  readonly cwd: string;
  /** The `dflint` section workspace/configuration answers with. */
  readonly settings?: Record<string, unknown>;
  readonly env?: NodeJS.ProcessEnv;
  readonly capabilities?: ClientCapabilities;
  readonly initializationOptions?: Record<string, unknown>;
}

/** Everything the tests need of a client: pulled settings, watched files and code action resolution. */
const CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, didChangeConfiguration: { dynamicRegistration: true }, applyEdit: true },
  textDocument: {
    publishDiagnostics: { relatedInformation: true, versionSupport: true, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } }, isPreferredSupport: true },
    hover: { contentFormat: ['markdown'] },
    synchronization: { didSave: true },
  },
};

export async function startSession(options: SessionOptions): Promise<LspSession> {
  const child = spawn(process.execPath, [...options.args], { cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
  const log: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published: (PublishDiagnosticsParams & { at: number })[] = [];
  const waiting: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams & { at: number }) => void }[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    const arrived = { ...params, at: performance.now() };
    const index = waiting.findIndex((w) => w.uri === params.uri && w.accept(params));
    if (index >= 0) waiting.splice(index, 1)[0]!.resolve(arrived);
    else published.push(arrived);
  });
  connection.onNotification(LogMessageNotification.type, (params) => {
    log.push(params.message);
  });
  const registrations: Registration[] = [];
  const registered: (() => void)[] = [];
  connection.onRequest(RegistrationRequest.type, (params) => {
    registrations.push(...params.registrations);
    for (const wake of registered.splice(0)) wake();
  });
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'dflint' ? options.settings ?? {} : null)));
  const appliedEdits: ApplyWorkspaceEditParams[] = [];
  connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
    appliedEdits.push(params);
    return { applied: true };
  });
  connection.listen();

  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(options.cwd).href,
    workspaceFolders: [{ uri: pathToFileURL(options.cwd).href, name: 'test' }],
    capabilities: options.capabilities ?? CAPABILITIES,
    initializationOptions: options.initializationOptions,
  });
  await connection.sendNotification(InitializedNotification.type, {});

  return {
    connection,
    process: child,
    log,
    async registration(method) {
      for (;;) {
        const found = registrations.find((r) => r.method === method);
        if (found) return found;
        await new Promise<void>((resolve) => registered.push(resolve));
      }
    },
    appliedEdits,
    diagnostics(uri, accept = () => true) {
      const index = published.findIndex((p) => p.uri === uri && accept(p));
      if (index >= 0) return Promise.resolve(published.splice(index, 1)[0]!);
      return new Promise((resolve) => waiting.push({ uri, accept, resolve }));
    },
    open(uri, text, languageId = 'dockerfile') {
      void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    },
    change(uri, version, contentChanges) {
      void connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
    },
    save(uri) {
      void connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    },
    changeWatchedFile(uri) {
      void connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: 2 }] });
    },
    async close() {
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}
