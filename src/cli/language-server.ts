/**
 * `dflint --lsp`: starts the language server, whose code is loaded only then. The CLI bundle
 * (bundle/dflint-cli.cjs, which every run compiles) does not hold it: scripts/bundle replaces
 * this module there with one that imports bundle/dflint-lsp.mjs, which starts the same server.
 */
export async function startLanguageServer(): Promise<void> {
  const { startServer } = await import('../lsp/server.js');
  startServer();
}
