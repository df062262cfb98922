import type { Fix, FixSafety } from '../engine/types.js';
import type { ShellCommand } from '../model/shell/types.js';
import type { Comment, Instruction, Model, Position } from '../model/types.js';
import { comparePositions } from '../parse/source.js';
import { commandEnd } from './commands.js';
import { isToolComment } from './tool-comments.js';

/** Builtins that change the shell itself (directory, options, variables, traps, limits...), which a command joined after them inherits. */
const SHELL_STATE = new Set([
  '.', ':', 'alias', 'cd', 'declare', 'emulate', 'enable', 'eval', 'export', 'getopts', 'hash', 'let',
  'local', 'mapfile', 'popd', 'pushd', 'read', 'readarray', 'readonly', 'set', 'setopt', 'shift',
  'shopt', 'source', 'trap', 'typeset', 'ulimit', 'umask', 'unalias', 'unset',
]);
/** Builtins after which a joined command never runs. */
const ENDS_SHELL = new Set(['exec', 'exit', 'logout', 'return']);
/** Programs that leave a process running: stopped with its RUN when apart, still running while the joined command runs. */
const STARTS_SERVICE = new Set(['nohup', 'rc-service', 'service', 'setsid', 'start-stop-daemon', 'systemctl']);

type Effect = 'none' | 'state' | 'ends';

/** What a command of the first RUN may do to a command joined after it in the same shell. */
function effectOf(command: ShellCommand): Effect {
  const wrapped = command.basename === 'command' || command.basename === 'builtin' ? command.args[0]?.value : command.name;
  if (wrapped === undefined || wrapped === '') return 'state';
  if (ENDS_SHELL.has(wrapped)) return 'ends';
  if (SHELL_STATE.has(wrapped) || STARTS_SERVICE.has(wrapped) || wrapped.startsWith('/etc/init.d/')) return 'state';
  if (wrapped === 'printf' && command.args[0]?.value === '-v') return 'state';
  return 'none';
}

/** The strongest effect of the RUN's commands on the shell that would go on to run another command. */
function runEffect(run: Instruction): Effect {
  const script = run.shell!;
  if (script.assignments.some((a) => !a.inSubshell && !a.inSubstitution)) return 'state';
  let effect: Effect = 'none';
  for (const command of script.commands) {
    if (command.inSubshell || command.inSubstitution) continue;
    const own = effectOf(command);
    if (own === 'ends') return 'ends';
    if (own === 'state') effect = 'state';
  }
  return effect;
}

/**
 * The script's last command (with its redirections) or assignment ends where the RUN's arguments
 * end: nothing follows it, no comment (which would swallow a joined command), no `&` or `;`, no
 * closing `fi`/`done`/`}`/`)`.
 */
function endsWithItsLastCommand(run: Instruction): boolean {
  const script = run.shell!;
  const ends = [...script.commands.map(commandEnd), ...script.assignments.map((a) => a.range.end)];
  const last = ends.reduce<Position | undefined>((max, end) => (!max || comparePositions(end, max) > 0 ? end : max), undefined);
  return last !== undefined && comparePositions(last, run.argsRange!.end) === 0;
}

/** A shell-form RUN whose script parsed cleanly and can take `&& command` at its end. */
function joinable(run: Instruction): boolean {
  return run.form === 'shell' && run.argsRange !== null && run.shell !== undefined && !run.shell.hasErrors && endsWithItsLastCommand(run);
}

/** Tab when the RUN's continuation lines are indented with tabs, else four spaces, after the keyword's own indentation. */
function indentFor(model: Model, run: Instruction): string {
  const line = run.keywordRange.start.line;
  const own = model.lineText(line).slice(0, run.keywordRange.start.character);
  const next = run.argsRange!.end.line > line ? model.lineText(line + 1) : '';
  return own + (next.startsWith('\t') ? '\t' : '    ');
}

/**
 * The fix that joins `run` to the RUN before it (`RUN a` + `RUN b` → `RUN a \` + `    && b`),
 * which must be its consecutive neighbour with the same flags. The comment lines between them are
 * kept inside the continuation, where the build skips them; blank lines go. No fix when a
 * pragma lies between (it would change what it applies to), when either RUN cannot take `&&`
 * (exec form, a trailing comment, `&` or `;`, a closing keyword), or when the first ends the
 * shell (`exit`, `exec`), so the second would never run. Unsafe when the first changes the
 * shell the second would inherit (directory, options, variables...) or leaves a service running.
 *
 * `commentAt` gives the comment of a line. Each fix edits only the text between the two RUNs,
 * so the fixes of three or more RUNs in a row apply in one pass and join them all.
 */
export function joinRunFix(model: Model, previous: Instruction, run: Instruction, commentAt: (line: number) => Comment | undefined): Fix | undefined {
  if (!joinable(previous) || !joinable(run)) return undefined;
  const effect = runEffect(previous);
  if (effect === 'ends') return undefined;
  const start = previous.argsRange!.end;
  const end = run.argsRange!.start;
  const kept: string[] = [];
  for (let line = start.line + 1; line <= end.line; line++) {
    const comment = commentAt(line);
    if (!comment) continue;
    if (isToolComment(comment)) return undefined;
    kept.push(`${model.lineText(line)}\n`);
  }
  const safety: FixSafety = effect === 'state' ? 'unsafe' : 'safe';
  const text = ` ${model.escapeChar}\n${kept.join('')}${indentFor(model, previous)}&& `;
  return { description: 'Join this command to the previous `RUN` with `&&`', safety, edits: [{ range: { start, end }, text }] };
}
