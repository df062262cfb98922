import type { Tree, TreeCursor } from 'web-tree-sitter';

/**
 * A tree-sitter-bash node copied out of WebAssembly memory. Every getter of web-tree-sitter's
 * `Node` crosses into WebAssembly and marshals a node, so walking its tree cost more than
 * parsing it; one pass with a `TreeCursor` copies what the model reads, and the tree is freed.
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

/** Copies a tree (iteratively: scripts nest thousands of levels deep) and deletes it. */
export function copyTree(tree: Tree, script: string): SyntaxTree {
  const cursor = tree.walk();
  try {
    const root = nodeAt(cursor, script);
    const ancestors: SyntaxNode[] = [];
    let current = root;
    for (;;) {
      if (cursor.gotoFirstChild()) {
        ancestors.push(current);
        current = nodeAt(cursor, script);
        ancestors[ancestors.length - 1]!.children.push(current);
        continue;
      }
      for (;;) {
        if (ancestors.length === 0) return { root, hasError: tree.rootNode.hasError };
        if (cursor.gotoNextSibling()) {
          current = nodeAt(cursor, script);
          ancestors[ancestors.length - 1]!.children.push(current);
          break;
        }
        cursor.gotoParent();
        current = ancestors.pop()!;
      }
    }
  } finally {
    cursor.delete();
    tree.delete();
  }
}

function nodeAt(cursor: TreeCursor, script: string): SyntaxNode {
  return new SyntaxNode(cursor.nodeType, cursor.nodeIsNamed, cursor.startIndex, cursor.endIndex, cursor.currentFieldName, script);
}
