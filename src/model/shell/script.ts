import { MappedText } from '../../parse/mapped-text.js';
import type { ScannedHeredoc } from '../../parse/scan.js';
import type { SourceText } from '../../parse/source.js';
import type { ExecString, Range } from '../types.js';
import { dialectOf } from '../shells.js';
import { basenameOf, collectCommands, inlineScriptIndex } from './commands.js';
import { parseShellSyntax } from './parser.js';
import type { SyntaxNode } from './syntax-tree.js';
import type { ShellAssignment, ShellCommand, ShellScript, ShellStatement } from './types.js';


/** Script of a shell-form instruction: its argument text, then any heredoc bodies verbatim. */
export function shellFormScript(
  source: SourceText,
  args: MappedText,
  heredocs: readonly ScannedHeredoc[],
  dialect: string,
): ShellScript | undefined {
  const only = heredocs.length === 1 && args.text.trim() === source.text.slice(heredocs[0]!.markerStart, heredocs[0]!.markerEnd);
  if (only) return heredocScript(source, heredocs[0]!, dialect);
  const script = new MappedText(source);
  appendCommandLine(script, args, heredocs[0] ? source.text.slice(heredocs[0].markerStart, heredocs[0].markerEnd) : undefined);
  const last = heredocs[heredocs.length - 1];
  if (last) {
    const firstBodyLine = source.positionAt(heredocs[0]!.bodyStart).line;
    const endLine = last.terminator ? last.terminator.start.line : source.positionAt(Math.max(last.bodyStart, last.bodyEnd - 1)).line;
    appendNewlineBefore(script, source, firstBodyLine);
    appendLines(script, source, firstBodyLine, endLine);
  }
  return buildScript(script, dialect, 'shell-form');
}

/**
 * tree-sitter-bash cannot parse a heredoc redirect written before its command
 * (`RUN 3<<EOF cat /dev/fd/3`, `RUN <<EOF bash`): the body would be read as commands. Moving
 * the marker after the command keeps the meaning for the shell, and every piece still maps back
 * to its own place in the Dockerfile.
 */
function appendCommandLine(script: MappedText, args: MappedText, firstMarker: string | undefined): void {
  const text = args.text;
  if (firstMarker === undefined || !text.startsWith(firstMarker)) {
    script.appendMapped(args);
    return;
  }
  const rest = args.slice(firstMarker.length);
  const lead = rest.text.length - rest.text.trimStart().length;
  if (lead === 0) {
    script.appendMapped(args);
    return;
  }
  script.appendMapped(rest.slice(lead)).appendMapped(rest.slice(0, 1)).appendMapped(args.slice(0, firstMarker.length));
}

/** `RUN <<EOF` alone: the body is the script, unless its shebang names a non-shell interpreter. */
function heredocScript(source: SourceText, heredoc: ScannedHeredoc, dialect: string): ShellScript | undefined {
  const firstLine = source.text.slice(heredoc.bodyStart, source.text.indexOf('\n', heredoc.bodyStart) >>> 0);
  let effective = dialect;
  if (firstLine.startsWith('#!')) {
    let argv = firstLine.slice(2).trim().split(/\s+/);
    // `#!/usr/bin/env -S bash -e` names its interpreter after env and env's options.
    if (basenameOf(argv[0] ?? '') === 'env') argv = argv.slice(argv.findIndex((w, i) => i > 0 && !w.startsWith('-')));
    const shebangDialect = dialectOf(argv);
    if (!shebangDialect) return undefined;
    effective = shebangDialect;
  }
  const script = new MappedText(source);
  if (heredoc.bodyEnd > heredoc.bodyStart) {
    const first = source.positionAt(heredoc.bodyStart).line;
    const last = source.positionAt(heredoc.bodyEnd - 1).line;
    appendLines(script, source, first, last);
  }
  return buildScript(script, effective, 'heredoc');
}

function appendNewlineBefore(script: MappedText, source: SourceText, line: number): void {
  const newline = source.lineStart(line) - 1;
  if (newline >= 0) script.appendSource(newline, newline + 1);
}

/** Appends whole lines with their `\n` but without any `\r`, so CRLF files parse as LF. */
function appendLines(script: MappedText, source: SourceText, from: number, to: number): void {
  for (let line = from; line <= to; line++) {
    script.appendSource(source.lineStart(line), source.lineContentEnd(line));
    const next = source.lineStart(line + 1) - 1;
    if (line + 1 < source.lineCount && next >= 0) script.appendSource(next, next + 1);
  }
}

/** Commands that do work: `sh -c 'a && b'` counts as its two commands, not three. */
function countCommands(commands: readonly ShellCommand[]): number {
  return commands.filter((c) => !c.inSubstitution && !c.runsInlineScript).length;
}

function buildScript(script: MappedText, dialect: string, origin: ShellScript['origin']): ShellScript {
  const text = script.text;
  const rangeOf = (start: number, end: number) => script.rangeOf(start, end);
  const { root, hasError } = parseShellSyntax(text);
  const { commands, assignments, hasPipe } = collectCommands(root, rangeOf, parseShellSyntax);
  return {
    text,
    dialect,
    origin,
    commands,
    assignments,
    hasPipe,
    hasErrors: hasError,
    topLevelCommandCount: countCommands(commands),
    lastStatement: lastStatementOf(root, rangeOf),
    rangeOf,
  };
}

/** The program's last statement that is not a comment, and whether a `&` sends it to the background. */
function lastStatementOf(program: SyntaxNode, rangeOf: ShellScript['rangeOf']): ShellStatement | undefined {
  const children = program.children;
  const index = children.findLastIndex((c) => c.isNamed && c.type !== 'comment');
  const statement = children[index];
  if (!statement) return undefined;
  return { range: rangeOf(statement.startIndex, statement.endIndex), background: children[index + 1]?.type === '&' };
}

/**
 * An exec-form RUN runs one command with no shell; it is modelled as a one-command script. When
 * that command is `sh -c '<script>'` (or bash, dash...) and the script string has no JSON escapes,
 * the script's commands follow it, with their exact ranges inside the string.
 */
export function execFormScript(exec: readonly ExecString[], range: Range): ShellScript | undefined {
  const [first, ...rest] = exec;
  if (!first) return undefined;
  const name = first.value;
  const basename = basenameOf(name);
  const command: ShellCommand = {
    name,
    basename,
    nameWord: { raw: first.raw, value: first.value, range: first.range },
    args: rest.map((s) => ({ raw: s.raw, value: s.value, range: s.range })),
    assignments: [],
    redirects: [],
    range,
    connector: undefined,
    inPipeline: false,
    inSubshell: false,
    inSubstitution: false,
    conditional: false,
    order: 0,
    runsInlineScript: false,
  };
  const inline = inlineCommands(basename, rest);
  return {
    text: exec.map((s) => s.value).join(' '),
    dialect: 'none',
    origin: 'exec-form',
    commands: [{ ...command, runsInlineScript: inline.commands.length > 0 }, ...inline.commands.map((c) => ({ ...c, order: c.order + 1 }))],
    assignments: inline.assignments.map((a) => ({ ...a, before: a.before + 1 })),
    hasPipe: false,
    hasErrors: inline.hasErrors,
    topLevelCommandCount: Math.max(1, countCommands(inline.commands)),
    lastStatement: undefined,
    rangeOf: () => range,
  };
}

function inlineCommands(basename: string, args: readonly ExecString[]): { commands: ShellCommand[]; assignments: ShellAssignment[]; hasErrors: boolean } {
  const index = inlineScriptIndex(basename, args.map((s) => s.value));
  const script = index === undefined ? undefined : args[index];
  const { start, end } = script?.range ?? { start: undefined, end: undefined };
  // One to one only when nothing was escaped, which also keeps the string on one line.
  if (!script || !start || start.line !== end!.line || script.raw.slice(1, -1) !== script.value) return { commands: [], assignments: [], hasErrors: false };
  const at = (offset: number) => ({ line: start.line, character: start.character + 1 + offset });
  const { root, hasError } = parseShellSyntax(script.value);
  const { commands, assignments } = collectCommands(root, (s, e) => ({ start: at(s), end: at(e) }), parseShellSyntax);
  return { commands, assignments, hasErrors: hasError };
}
