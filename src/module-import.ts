/** Loads an ES module (a user's formatter) by URL. */
export type ModuleImporter = (url: string) => Promise<unknown>;

// The code-cached CLI bundle (bundle/dflint-cli.cjs) runs as a vm.Script, where `import()` of a
// file is not available without an experimental Node flag; its ES module entry hands in its own.
let importer: ModuleImporter = (url) => import(url);

/** Replaces how modules are imported (by the bundle entry that runs the code-cached CLI). */
export function setModuleImporter(importModule: ModuleImporter): void {
  importer = importModule;
}

export function importModule(url: string): Promise<unknown> {
  return importer(url);
}
