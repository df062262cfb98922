/**
 * The functions of web-tree-sitter's WebAssembly module that move a tree cursor and read its
 * node. web-tree-sitter keeps a cursor's state in JavaScript and copies it into a shared
 * transfer buffer before, and back out after, every single call; these functions read the
 * cursor from that buffer and moves write it back, so a walk that makes only these calls
 * leaves the cursor in the buffer from its first call to its last and copies nothing.
 *
 * `Parser.init` hands its options object to Emscripten, which uses it as the module and sets
 * these exports on it; dflint pins web-tree-sitter's version, and init checks they are there.
 * Every function takes the tree's address; booleans come back as 0 or 1.
 */
export interface CursorBinding {
  /** Puts the tree's root node in the transfer buffer. */
  _ts_tree_root_node_wasm(tree: number): void;
  /** Replaces the node in the transfer buffer with a new cursor on it. */
  _ts_tree_cursor_new_wasm(tree: number): void;
  _ts_tree_cursor_delete_wasm(tree: number): void;
  _ts_tree_cursor_goto_first_child_wasm(tree: number): number;
  _ts_tree_cursor_goto_next_sibling_wasm(tree: number): number;
  _ts_tree_cursor_goto_parent_wasm(tree: number): number;
  _ts_tree_cursor_current_node_type_id_wasm(tree: number): number;
  _ts_tree_cursor_current_node_is_named_wasm(tree: number): number;
  _ts_tree_cursor_current_field_id_wasm(tree: number): number;
  /** In UTF-16 code units, like JavaScript string indexes. */
  _ts_tree_cursor_start_index_wasm(tree: number): number;
  _ts_tree_cursor_end_index_wasm(tree: number): number;
}

const functionNames: readonly (keyof CursorBinding)[] = [
  '_ts_tree_root_node_wasm',
  '_ts_tree_cursor_new_wasm',
  '_ts_tree_cursor_delete_wasm',
  '_ts_tree_cursor_goto_first_child_wasm',
  '_ts_tree_cursor_goto_next_sibling_wasm',
  '_ts_tree_cursor_goto_parent_wasm',
  '_ts_tree_cursor_current_node_type_id_wasm',
  '_ts_tree_cursor_current_node_is_named_wasm',
  '_ts_tree_cursor_current_field_id_wasm',
  '_ts_tree_cursor_start_index_wasm',
  '_ts_tree_cursor_end_index_wasm',
];

/** The binding set on the module object given to `Parser.init`, or an error naming what is missing. */
export function cursorBindingOf(module: object): CursorBinding {
  const missing = functionNames.filter((name) => typeof (module as Record<string, unknown>)[name] !== 'function');
  if (missing.length > 0) throw new Error(`web-tree-sitter no longer exports ${missing.join(', ')}: its version changed`);
  return module as CursorBinding;
}
