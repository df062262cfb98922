import type { Language, Tree } from 'web-tree-sitter';
import type { CursorBinding } from './cursor-binding.js';

/**
 * A tree-sitter-bash node copied out of WebAssembly memory. Every getter of web-tree-sitter's
 * `Node` crosses into WebAssembly and marshals a node, so walking its tree cost more than
 * parsing it; one pass with a tree cursor copies what the model reads, and the tree is freed.
 */
export class SyntaxNode {
  readonly children: SyntaxNode[] = [];
  private named: SyntaxNode[] | undefined;

  constructor(
    readonly type: string,
    readonly isNamed: boolean,
    readonly startIndex: number,
    readonly endIndex: number,
    /** The field this node fills in its parent (`name`, `argument`, `condition`...). */
    readonly field: string | null,
    private readonly script: string,
  ) {}

  get text(): string {
    return this.script.slice(this.startIndex, this.endIndex);
  }

  get namedChildren(): readonly SyntaxNode[] {
    return (this.named ??= this.children.filter((child) => child.isNamed));
  }

  childForFieldName(field: string): SyntaxNode | null {
    return this.children.find((child) => child.field === field) ?? null;
  }

  childrenForFieldName(field: string): SyntaxNode[] {
    return this.children.filter((child) => child.field === field);
  }
}

export interface SyntaxTree {
  readonly root: SyntaxNode;
  readonly hasError: boolean;
}

/**
 * Copies a tree (iteratively: scripts nest thousands of levels deep) and deletes it. The walk
 * calls the WebAssembly cursor functions directly (see CursorBinding): nothing else may touch
 * tree-sitter between the cursor's creation and its deletion.
 */
export function copyTree(tree: Tree, script: string, binding: CursorBinding): SyntaxTree {
  const hasError = tree.rootNode.hasError;
  // web-tree-sitter keeps the tree's WebAssembly address at index 0.
  const address = (tree as unknown as { readonly 0: number })[0];
  const { types, fields } = tree.language;
  const named = namedTypesOf(tree.language);
  const nodeAt = (): SyntaxNode => {
    const typeId = binding._ts_tree_cursor_current_node_type_id_wasm(address);
    const isNamed = (named[typeId] ??= binding._ts_tree_cursor_current_node_is_named_wasm(address) === 1);
    return new SyntaxNode(
      types[typeId] || 'ERROR',
      isNamed,
      binding._ts_tree_cursor_start_index_wasm(address),
      binding._ts_tree_cursor_end_index_wasm(address),
      fields[binding._ts_tree_cursor_current_field_id_wasm(address)] ?? null,
      script,
    );
  };
  binding._ts_tree_root_node_wasm(address);
  binding._ts_tree_cursor_new_wasm(address);
  try {
    const root = nodeAt();
    const ancestors: SyntaxNode[] = [];
    let current = root;
    for (;;) {
      if (binding._ts_tree_cursor_goto_first_child_wasm(address) === 1) {
        ancestors.push(current);
        current = nodeAt();
        ancestors[ancestors.length - 1]!.children.push(current);
        continue;
      }
      for (;;) {
        if (ancestors.length === 0) return { root, hasError };
        if (binding._ts_tree_cursor_goto_next_sibling_wasm(address) === 1) {
          current = nodeAt();
          ancestors[ancestors.length - 1]!.children.push(current);
          break;
        }
        binding._ts_tree_cursor_goto_parent_wasm(address);
        current = ancestors.pop()!;
      }
    }
  } finally {
    binding._ts_tree_cursor_delete_wasm(address);
    tree.delete();
  }
}

/** Whether each node type is named, by type id: a node's type decides it, so it is asked once. */
const namedTypes = new WeakMap<Language, boolean[]>();

function namedTypesOf(language: Language): boolean[] {
  let named = namedTypes.get(language);
  if (!named) namedTypes.set(language, (named = []));
  return named;
}
