import { Language, Parser, type Tree } from 'web-tree-sitter';
import { cursorBindingOf, type CursorBinding } from './cursor-binding.js';
import { copyTree, type SyntaxTree } from './syntax-tree.js';
import { wasmPath } from './wasm.js';

let parser: Parser | undefined;
let binding: CursorBinding | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads tree-sitter and its bash grammar (WebAssembly, so no native build). Initialisation is
 * asynchronous and happens once per process; parsing afterwards is synchronous.
 */
export function initShellParser(): Promise<void> {
  loading ??= (async () => {
    // Emscripten turns this object into the module, so it ends up holding the cursor functions.
    const module = { locateFile: () => wasmPath('web-tree-sitter.wasm', 'web-tree-sitter/web-tree-sitter.wasm') };
    await Parser.init(module);
    binding = cursorBindingOf(module);
    const language = await Language.load(wasmPath('tree-sitter-bash.wasm', 'tree-sitter-bash/tree-sitter-bash.wasm'));
    const instance = new Parser();
    instance.setLanguage(language);
    parser = instance;
  })();
  return loading;
}

export function isShellParserReady(): boolean {
  return parser !== undefined;
}

export function parseShellText(text: string): Tree {
  if (!parser) throw new Error('The shell parser is not initialised: await initShellParser() first');
  const tree = parser.parse(text);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree;
}

/** Parses a script into plain data (see SyntaxNode); tree-sitter's own tree is freed at once. */
export function parseShellSyntax(text: string): SyntaxTree {
  const tree = parseShellText(text);
  return copyTree(tree, text, binding!);
}
