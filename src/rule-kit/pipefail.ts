import type { ShellCommand, ShellScript, ShellWord } from '../model/shell/types.js';
import type { ImageRef, Instruction, Model, ShellSetting } from '../model/types.js';
import { baseImageOf } from './stages.js';

/** Words that turn pipefail on, as shell options or `set` arguments: `-o pipefail`, `-eo pipefail`, `-euxo pipefail`. */
function setsPipefail(words: readonly (string | undefined)[]): boolean {
  return words.some((word, i) => word !== undefined && /^-[a-zA-Z]*o$/.test(word) && words[i + 1] === 'pipefail');
}

/** Shells whose `-o pipefail` option works on every system that ships them. */
const PIPEFAIL_SHELLS = new Set(['bash', 'zsh', 'ksh', 'ash']);

/**
 * Images whose /bin/sh is BusyBox ash, which knows pipefail (unlike dash, Debian's /bin/sh): Alpine
 * and BusyBox, and images tagged as built on Alpine (`python:3.12-alpine`).
 */
export function hasBusyboxShell(image: ImageRef): boolean {
  const name = image.repository.split('/').pop() ?? '';
  return name === 'alpine' || name === 'busybox' || /(?:^|-)alpine/.test(image.tag ?? '');
}

/**
 * Whether a SHELL runs its scripts with pipefail on: a POSIX shell started with `-o pipefail`.
 * `sh -o pipefail` counts only where /bin/sh is BusyBox ash (`shIsAsh`); dash rejects the option.
 */
export function shellSetsPipefail(shell: ShellSetting, shIsAsh: boolean): boolean {
  const dialect = shell.dialect;
  if (dialect === undefined || !setsPipefail(shell.argv)) return false;
  return PIPEFAIL_SHELLS.has(dialect) || (dialect === 'sh' && shIsAsh);
}

/** Commands of an `sh -c '...'` script run by another shell, which has its own options. */
function inlineScriptCommands(script: ShellScript): Set<ShellCommand> {
  const inline = new Set<ShellCommand>();
  for (const runner of script.commands.filter((c) => c.runsInlineScript)) {
    for (const c of script.commands) {
      if (c.order > runner.order && within(c, runner)) inline.add(c);
    }
  }
  return inline;
}

function within(inner: ShellCommand, outer: ShellCommand): boolean {
  const a = inner.range.start;
  const b = outer.range.start;
  const c = inner.range.end;
  const d = outer.range.end;
  const after = a.line > b.line || (a.line === b.line && a.character >= b.character);
  const before = c.line < d.line || (c.line === d.line && c.character <= d.character);
  return after && before;
}

/** `set -o pipefail` run by the script's own shell (not in a subshell, where it would end with it). */
function isPipefailSet(command: ShellCommand): boolean {
  return command.basename === 'set' && !command.inSubshell && !command.inSubstitution && setsPipefail(command.args.map((w: ShellWord) => w.value));
}

/** The two ends of a pipe: the command before `|` and the one after it. */
export interface Pipe {
  readonly left: ShellCommand;
  readonly right: ShellCommand;
}

function isPipeConnector(command: ShellCommand): boolean {
  return command.connector === '|' || command.connector === '|&';
}

/** `command` runs in a subshell or command substitution that `than` is not in. */
function deeper(command: ShellCommand, than: ShellCommand): boolean {
  return (command.inSubshell && !than.inSubshell) || (command.inSubstitution && !than.inSubstitution);
}

/**
 * The command on the left of the pipe before `own[index]`: the one just before it, or, when that
 * one is nested (`a $(x) | b`, `(a || b) | c`), the command whose argument holds it, else the
 * first command of the nested run (the subshell's first command).
 */
function leftOfPipe(own: readonly ShellCommand[], index: number): ShellCommand | undefined {
  const right = own[index]!;
  const previous = own[index - 1];
  if (!previous || !deeper(previous, right)) return previous?.inPipeline ? previous : undefined;
  let first = index - 1;
  while (first > 0 && deeper(own[first - 1]!, right)) first--;
  const outer = own[first - 1];
  return outer && !deeper(outer, right) && within(previous, outer) ? outer : own[first];
}

/**
 * Commands whose failure pipefail would not reveal because they do not fail: `echo "$SUM *f" | sha256sum -c`
 * fails exactly when `sha256sum` does, with or without the option.
 */
const CANNOT_FAIL = new Set(['echo', 'printf', 'true', ':', 'yes']);

/**
 * The pipes of a script's own shell, in order (pipes of `sh -c` scripts, run by another shell, are
 * left out). The right side of a pipe into a loop or group (`find . | while read f; do ...; done`)
 * is the first command inside it.
 */
function pipesOf(own: readonly ShellCommand[]): Pipe[] {
  const pipes: Pipe[] = [];
  own.forEach((right, i) => {
    if (!isPipeConnector(right)) return;
    const left = leftOfPipe(own, i);
    if (left) pipes.push({ left, right });
  });
  if (pipes.length > 0) return pipes;
  const [left, right] = own.filter((c) => c.inPipeline);
  return left && right ? [{ left, right }] : [];
}

/**
 * The first pipe whose left side can fail unnoticed: its command is not one that cannot fail
 * (`echo`, `printf`), and no `set -o pipefail` of the script's own shell runs before it.
 * Undefined when there is none.
 */
export function firstPipeWithoutPipefail(script: ShellScript): Pipe | undefined {
  const inline = inlineScriptCommands(script);
  const own = script.commands.filter((c) => !inline.has(c));
  const pipefailAt = own.find(isPipefailSet)?.order ?? Infinity;
  return pipesOf(own).find((pipe) => pipe.left.order < pipefailAt && !CANNOT_FAIL.has(pipe.left.basename));
}

/** Whether the SHELL in effect applies to a RUN: a heredoc with a shebang runs its own interpreter. */
export function runsUnderShell(run: Instruction): boolean {
  return !(run.form === 'heredoc' && run.heredocs[0]?.body.startsWith('#!'));
}

/** Whether /bin/sh in the stage of `run` is BusyBox ash (see `hasBusyboxShell`). */
export function stageShIsAsh(model: Model, run: Instruction): boolean {
  const stage = model.stageOf(run);
  return stage !== undefined && hasBusyboxShell(baseImageOf(stage));
}
