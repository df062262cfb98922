import type { Fix, FixSafety, TextEdit } from '../engine/types.js';
import type { ShellCommand, ShellScript } from '../model/shell/types.js';
import type { Instruction, Model, Position } from '../model/types.js';

/*
 * Appending a command to a RUN, as the cleanup fixes do (`&& rm -rf /var/lib/apt/lists/*`,
 * `&& yum clean all`): the command runs last, and only when the script has succeeded so far,
 * so the RUN still fails where it failed and its exit status is unchanged when it succeeds.
 */

/** Programs that run a command as another user: a command appended after them would not. */
const PRIVILEGE_RUNNERS = ['sudo', 'doas', 'su', 'gosu', 'su-exec'];

/** `-e`, `-eux`, `-o errexit` (and `+e`, `+o errexit`, which turn it off) as `set` arguments. */
function errexitSwitch(command: ShellCommand): boolean | undefined {
  let on: boolean | undefined;
  command.args.forEach((word, i) => {
    const value = word.value ?? '';
    if (/^[-+][a-zA-Z]*o$/.test(value) && command.args[i + 1]?.value === 'errexit') on = value.startsWith('-');
    else if (/^[-+][a-df-zA-Z]*e[a-zA-Z]*$/.test(value)) on = value.startsWith('-');
  });
  return on;
}

/** Whether the script's own shell stops at the first failing command (`set -e` at its top level). */
function exitsOnError(script: ShellScript): boolean {
  let on = false;
  for (const command of script.commands) {
    if (command.basename !== 'set' || command.inSubshell || command.inSubstitution || command.conditional) continue;
    on = errexitSwitch(command) ?? on;
  }
  return on;
}

const indentOf = (line: string) => /^[ \t]*/.exec(line)![0];

/** The lines of a shell-form RUN from `from` to `to`, comment lines (which BuildKit drops) left out. */
function scriptLines(model: Model, from: number, to: number): { line: number; text: string }[] {
  const lines = [];
  for (let line = from; line <= to; line++) {
    const text = model.lineText(line);
    if (line === from || !/^\s*(#|$)/.test(text)) lines.push({ line, text });
  }
  return lines;
}

/**
 * The text that appends `command` to a shell-form RUN, in its layout: on the same line for a
 * one-line RUN; on a new continued line for a RUN written one command per line, with the
 * operator leading (`    && cmd`) or trailing (`&& \` then `    cmd`) as the RUN does.
 */
function shellFormText(model: Model, script: ShellScript, start: Position, end: Position, command: string): string {
  if (start.line === end.line) return ` && ${command}`;
  // `start` is the RUN's first line: its statements may be separate (`a; \` then `b`).
  const escape = model.escapeChar;
  const lines = scriptLines(model, start.line, end.line);
  const continued = lines.slice(1);
  const leading = continued.filter((l) => /^\s*&&/.test(l.text)).at(-1);
  const trailingIndex = lines.findLastIndex((l) => l.text.trimEnd().endsWith(escape) && /(&&|;)\s*$/.test(l.text.trimEnd().slice(0, -1)));
  const trailing = lines[trailingIndex];
  if (leading && (!trailing || leading.line > trailing.line)) return ` ${escape}\n${indentOf(leading.text)}&& ${command}`;
  const next = lines[trailingIndex + 1];
  if (trailing && next) {
    // `; \` goes on only when the script stops at errors; otherwise `&&` keeps a failure a failure.
    const separator = trailing.text.trimEnd().slice(0, -1).trimEnd().endsWith(';') && exitsOnError(script) ? ';' : ' &&';
    return `${separator} ${escape}\n${indentOf(next.text)}${command}`;
  }
  return ` ${escape}\n${indentOf(continued[0]!.text)}&& ${command}`;
}

/**
 * An edit that makes `command` the last command of a RUN, run only when the rest succeeded: in
 * shell form after the last statement (before a trailing `;` or comment); in a `RUN <<EOF`
 * script on a new line before the terminator when the script runs with `set -e`, otherwise
 * with `&&` after its last statement. None for exec form, a RUN mixing a command line with
 * heredocs, a script tree-sitter could not parse, a last statement sent to the background, or
 * a script that runs commands through `sudo` and the like (the RUN's user is then likely not
 * root, and the appended command would run without those privileges).
 */
export function appendCommand(model: Model, run: Instruction, command: string): TextEdit | undefined {
  const script = run.shell;
  const last = script?.lastStatement;
  if (!script || !last || last.background || script.hasErrors) return undefined;
  if (script.commands.some((c) => PRIVILEGE_RUNNERS.includes(c.basename))) return undefined;
  const { end } = last.range;
  const at = (position: Position, text: string): TextEdit => ({ range: { start: position, end: position }, text });
  if (script.origin === 'heredoc') {
    const heredoc = run.heredocs[0]!;
    if (!heredoc.terminated) return undefined;
    if (!exitsOnError(script)) return at(end, ` && ${command}`);
    return at(heredoc.bodyRange.end, `${indentOf(model.lineText(last.range.start.line))}${command}\n`);
  }
  if (script.origin !== 'shell-form' || run.heredocs.length > 0) return undefined;
  return at(end, shellFormText(model, script, run.range.start, end, command));
}

/** The fix that appends `command` to a RUN (see `appendCommand`), or none where it cannot. */
export function appendCommandFix(model: Model, run: Instruction, command: string, safety: FixSafety): Fix | undefined {
  const edit = appendCommand(model, run, command);
  return edit && { description: `Append \`${command}\` to the RUN`, safety, edits: [edit] };
}
