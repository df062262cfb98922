import type { Range } from '../../parse/source.js';
import type { Connector, ShellAssignment, ShellCommand, ShellRedirect, ShellWord } from './types.js';
import { dialectOf } from '../shells.js';
import { walkDepthFirst, type Step } from './depth-first.js';
import type { SyntaxNode as Node, SyntaxTree } from './syntax-tree.js';

interface Context {
  readonly connector: Connector | undefined;
  readonly inPipeline: boolean;
  readonly inSubshell: boolean;
  readonly inSubstitution: boolean;
  readonly conditional: boolean;
}

const ROOT: Context = {
  connector: undefined, inPipeline: false, inSubshell: false, inSubstitution: false, conditional: false,
};

type RangeOf = (start: number, end: number) => Range;

interface MutableCommand extends ShellCommand {
  redirects: ShellRedirect[];
  runsInlineScript: boolean;
}

/** Parses the text of an inline script (`sh -c '...'`) with the same grammar. */
export type ParseText = (text: string) => SyntaxTree;

/** How deep `sh -c "bash -c '...'"` nesting is followed. */
const MAX_INLINE_DEPTH = 3;

/**
 * Walks a tree-sitter-bash tree and lists its simple commands with their context. With
 * `parseText`, the script of `sh -c '...'` (and bash, dash...) is parsed too when its text is a
 * plain literal, so its commands are listed (as in a subshell) with ranges inside the quotes.
 */
export function collectCommands(
  root: Node,
  rangeOf: RangeOf,
  parseText?: ParseText,
): { commands: ShellCommand[]; assignments: ShellAssignment[]; hasPipe: boolean } {
  const commands: MutableCommand[] = [];
  const assignments: ShellAssignment[] = [];
  let hasPipe = false;
  walkDepthFirst((then) => walk(root, rangeOf, ROOT, 0, then));
  return { commands, assignments, hasPipe };

  /** Schedules the walk of one tree; each node's children are scheduled, never recursed into. */
  function walk(root: Node, rangeOf: RangeOf, start: Context, depth: number, then: (step: Step) => void): void {
    const word = (node: Node): ShellWord => ({
      raw: node.text,
      value: staticValue(node),
      range: rangeOf(node.startIndex, node.endIndex),
    });

    const assign = (node: Node, context: Context): void => {
      const name = node.childForFieldName('name');
      const value = node.childForFieldName('value');
      if (!name) return;
      assignments.push({
        name: name.text,
        value: value ? word(value) : undefined,
        before: commands.length,
        inSubshell: context.inSubshell,
        inSubstitution: context.inSubstitution,
        conditional: context.conditional,
        range: rangeOf(node.startIndex, node.endIndex),
      });
    };

    /** Statements of a program or block, joined by `;`, `&` or newlines. */
    const visitSequence = (node: Node, context: Context) => {
      let pending: Connector | undefined = context.connector;
      let first = true;
      for (const child of node.children) {
        if (!child.isNamed) {
          if (child.type === ';' || child.type === '&' || child.type === ';;') pending = child.type === '&' ? '&' : ';';
          continue;
        }
        if (child.type === 'comment') continue;
        visit(child, { ...context, connector: first ? context.connector : pending ?? 'newline' });
        first = false;
        pending = undefined;
      }
    };

    /** Schedules the visit of a node. */
    const visit = (node: Node, context: Context): void => then(() => visitNow(node, context));

    const visitNow = (node: Node, context: Context): void => {
      switch (node.type) {
        case 'program':
        case 'compound_statement':
        case 'do_group':
        case 'else_clause':
          visitSequence(node, context);
          return;
        case 'subshell':
          visitSequence(node, { ...context, inSubshell: true });
          return;
        case 'command_substitution':
        case 'process_substitution':
          visitSequence(node, { ...context, inSubstitution: true });
          return;
        case 'list': {
          const [left, operator, right] = node.children;
          if (left) visit(left, context);
          if (right && operator) {
            const op = operator.type === '||' ? '||' : '&&';
            visit(right, { ...context, connector: op, conditional: context.conditional || op === '||' });
          }
          return;
        }
        case 'pipeline': {
          // Pipes of an inline `sh -c` script run in that shell, not in the RUN's own.
          if (depth === 0) hasPipe = true;
          let connector = context.connector;
          for (const child of node.children) {
            if (!child.isNamed) {
              if (child.type === '|' || child.type === '|&') connector = child.type;
              continue;
            }
            visit(child, { ...context, connector, inPipeline: true });
          }
          return;
        }
        case 'redirected_statement': {
          const body = node.childForFieldName('body');
          const before = commands.length;
          if (body) visit(body, context);
          then(() => {
            const target = commands[commands.length - 1];
            for (const child of node.namedChildren) {
              if (!child || child === body || !isRedirect(child)) continue;
              then(() => {
                if (target && commands.length > before) target.redirects.push(redirect(child, word, rangeOf));
              });
              visitNested(child, context);
            }
          });
          return;
        }
        case 'if_statement':
        case 'while_statement':
        case 'until_statement': {
          for (const child of node.namedChildren) {
            const isCondition = child.field === 'condition';
            visit(child, isCondition ? { ...context, conditional: true, connector: undefined } : { ...context, connector: undefined });
          }
          return;
        }
        case 'elif_clause': {
          for (const child of node.namedChildren) {
            const isCondition = child.field === 'condition';
            visit(child, isCondition ? { ...context, conditional: true, connector: undefined } : { ...context, connector: undefined });
          }
          return;
        }
        case 'command': {
          const simple = command(node, context, commands.length, word, rangeOf);
          commands.push(simple);
          visitNested(node, context);
          const inline = parseText && depth < MAX_INLINE_DEPTH ? inlineScript(node, simple) : undefined;
          if (inline) {
            simple.runsInlineScript = true;
            then(() => {
              const { root: inlineRoot } = parseText!(inline.text);
              walk(inlineRoot, (s, e) => rangeOf(inline.offset + s, inline.offset + e), { ...context, connector: undefined, inSubshell: true }, depth + 1, then);
            });
          }
          return;
        }
        case 'declaration_command':
        case 'unset_command':
          commands.push(declaration(node, context, commands.length, word, rangeOf));
          visitNested(node, context);
          if (node.type === 'declaration_command') {
            then(() => {
              for (const child of node.namedChildren) if (child.type === 'variable_assignment') assign(child, context);
            });
          }
          return;
        case 'variable_assignment':
          visitNested(node, context);
          then(() => assign(node, context));
          return;
        case 'variable_assignments':
          visitNested(node, context);
          then(() => {
            for (const child of node.namedChildren) if (child.type === 'variable_assignment') assign(child, context);
          });
          return;
        default:
          visitNested(node, context);
      }
    };

    /** Schedules the search for commands nested inside words (substitutions) and compound bodies. */
    const visitNested = (node: Node, context: Context): void => then(() => {
      for (const child of node.namedChildren) {
        if (child.type === 'command_substitution' || child.type === 'process_substitution') {
          visit(child, { ...context, connector: undefined });
        } else if (STATEMENT_TYPES.has(child.type)) {
          visit(child, { ...context, connector: undefined });
        } else if (child.namedChildren.length > 0) {
          visitNested(child, context);
        }
      }
    });

    visit(root, start);
  }
}

/**
 * Which argument of `sh -c [options] 'script' [name [args...]]` is the script, given the static
 * argument values (undefined for expansions); undefined when the command runs no inline script.
 */
export function inlineScriptIndex(basename: string, values: ReadonlyArray<string | undefined>): number | undefined {
  if (!dialectOf([basename])) return undefined;
  let sawC = false;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === '-o' || value === '+o') {
      i++;
      continue;
    }
    if (value !== undefined && /^[-+][A-Za-z]+$/.test(value)) {
      sawC ||= value.startsWith('-') && value.includes('c');
      continue;
    }
    if (value !== undefined && value.startsWith('--')) continue;
    return sawC && value !== undefined ? i : undefined;
  }
  return undefined;
}

/** The inline script of a shell command when it is a literal that maps one to one onto the source. */
function inlineScript(node: Node, command: ShellCommand): { text: string; offset: number } | undefined {
  const args = node.childrenForFieldName('argument');
  const index = inlineScriptIndex(command.basename, args.map(staticValue));
  if (index === undefined) return undefined;
  return literalText(args[index]!, staticValue(args[index]!)!);
}

function literalText(node: Node, value: string): { text: string; offset: number } | undefined {
  if (node.type === 'word' && node.text === value) return { text: value, offset: node.startIndex };
  if ((node.type === 'raw_string' || node.type === 'string') && node.text.slice(1, -1) === value) {
    return { text: value, offset: node.startIndex + 1 };
  }
  return undefined;
}

const STATEMENT_TYPES = new Set([
  'command', 'list', 'pipeline', 'subshell', 'compound_statement', 'redirected_statement',
  'if_statement', 'while_statement', 'until_statement', 'for_statement', 'c_style_for_statement',
  'case_statement', 'function_definition', 'negated_command', 'declaration_command', 'unset_command',
  'do_group', 'else_clause', 'elif_clause', 'case_item',
]);

function isRedirect(node: Node): boolean {
  return node.type === 'file_redirect' || node.type === 'heredoc_redirect' || node.type === 'herestring_redirect';
}

function redirect(node: Node, word: (n: Node) => ShellWord, rangeOf: RangeOf): ShellRedirect {
  const fdNode = node.childForFieldName('descriptor');
  const operator = node.children.find((c) => !c.isNamed)?.type ?? '';
  const destination = node.childForFieldName('destination') ?? node.namedChildren.find((c) => c.type !== 'file_descriptor' && c.type !== 'heredoc_body') ?? null;
  return {
    operator,
    fd: fdNode ? Number(fdNode.text) : undefined,
    target: destination ? word(destination) : undefined,
    range: rangeOf(node.startIndex, node.endIndex),
  };
}

export function basenameOf(name: string): string {
  const slash = name.lastIndexOf('/');
  return slash >= 0 ? name.slice(slash + 1) : name;
}

function command(
  node: Node,
  context: Context,
  order: number,
  word: (n: Node) => ShellWord,
  rangeOf: RangeOf,
): MutableCommand {
  const nameNode = node.childForFieldName('name');
  const args: ShellWord[] = [];
  const assignments: ShellWord[] = [];
  const redirects: ShellRedirect[] = [];
  for (const child of node.namedChildren) {
    if (child === nameNode) continue;
    if (child.type === 'variable_assignment') assignments.push(word(child));
    else if (isRedirect(child)) redirects.push(redirect(child, word, rangeOf));
    else if (child.type !== 'comment') args.push(word(child));
  }
  const nameWord = nameNode ? word(nameNode.namedChildren[0] ?? nameNode) : { raw: '', value: undefined, range: rangeOf(node.startIndex, node.startIndex) };
  const name = nameWord.value ?? '';
  return {
    name,
    basename: basenameOf(name),
    nameWord,
    args,
    assignments,
    redirects,
    range: rangeOf(node.startIndex, node.endIndex),
    ...context,
    order,
    runsInlineScript: false,
  };
}

/** `export A=1`, `local x`, `unset Y`: kept as commands named by their keyword, as hadolint does. */
function declaration(
  node: Node,
  context: Context,
  order: number,
  word: (n: Node) => ShellWord,
  rangeOf: RangeOf,
): MutableCommand {
  const keyword = node.children[0];
  const nameWord: ShellWord = keyword
    ? { raw: keyword.text, value: keyword.text, range: rangeOf(keyword.startIndex, keyword.endIndex) }
    : { raw: '', value: undefined, range: rangeOf(node.startIndex, node.startIndex) };
  const args = node.namedChildren.map(word);
  return {
    name: nameWord.value ?? '',
    basename: nameWord.value ?? '',
    nameWord,
    args,
    assignments: [],
    redirects: [],
    range: rangeOf(node.startIndex, node.endIndex),
    ...context,
    order,
    runsInlineScript: false,
  };
}

/** The literal value of a word, or undefined when it contains an expansion. */
export function staticValue(node: Node): string | undefined {
  switch (node.type) {
    case 'word':
    case 'number':
      return unescapeWord(node.text);
    case 'raw_string':
      return node.text.slice(1, -1);
    case 'string': {
      if (node.namedChildren.some((c) => c.type !== 'string_content')) return undefined;
      return node.text.slice(1, -1).replace(/\\([$`"\\\n])/g, '$1');
    }
    case 'ansi_c_string':
      return undefined;
    case 'concatenation':
      return rebuildConcatenation(node);
    case 'variable_assignment':
      return undefined;
    default:
      return undefined;
  }
}

/** Named pieces must be static; unnamed ones (a bare `=` or `:`) are literal text. */
function rebuildConcatenation(node: Node): string | undefined {
  let result = '';
  for (const child of node.children) {
    if (child.isNamed) {
      const value = staticValue(child);
      if (value === undefined) return undefined;
      result += value;
    } else {
      result += child.text;
    }
  }
  return result;
}

function unescapeWord(text: string): string {
  return text.includes('\\') ? text.replace(/\\(.)/gs, '$1') : text;
}
