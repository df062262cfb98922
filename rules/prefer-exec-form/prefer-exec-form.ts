import { defineRule } from '../../src/engine/define-rule.js';
import type { Fix } from '../../src/engine/types.js';
import type { Instruction, Range } from '../../src/model/types.js';
import { commandWords, execFormOf, isWindowsShell, soleProgram, spanOf } from '../../src/rule-kit/command-form.js';
import { singleQuotedJson } from '../../src/rule-kit/single-quoted-json.js';

/** `CMD migrate && exec server`: the shell replaces itself with the last program, which gets the signals. */
function endsWithExec(instruction: Instruction): boolean {
  const commands = (instruction.shell?.commands ?? []).filter((c) => !c.inSubstitution);
  return commands[commands.length - 1]?.name === 'exec';
}

/**
 * The JSON form when the program's words need no shell; otherwise, for CMD and ENTRYPOINT, `exec`
 * before the program, so that the shell hands PID 1 over to it. A HEALTHCHECK gains nothing from
 * `exec`: it still needs a shell in the image.
 */
function execFix(instruction: Instruction, range: Range): Fix | undefined {
  const program = soleProgram(instruction, range);
  if (!program) return undefined;
  const json = execFormOf(program);
  if (json) return { description: 'Rewrite as a JSON array', safety: 'unsafe', edits: [{ range, text: json }] };
  if (instruction.kind === 'HEALTHCHECK') return undefined;
  return { description: 'Start the program with `exec`', safety: 'unsafe', edits: [{ range: { start: range.start, end: range.start }, text: 'exec ' }] };
}

export default defineRule({
  code: 'DL3025',
  name: 'prefer-exec-form',
  aliases: ['JSONArgsRecommended'],
  severity: 'warning',
  category: 'correctness',
  fixable: 'unsafe',
  docs: {
    summary: 'Use the JSON (exec) form for CMD, ENTRYPOINT and HEALTHCHECK CMD',
    why:
      'In shell form Docker runs the command as `/bin/sh -c "..."`. The shell becomes PID 1 and does ' +
      'not forward SIGTERM, so `docker stop` waits for its timeout and then kills the program ' +
      'without a clean shutdown. A shell-form ENTRYPOINT also ignores `CMD` and `docker run` ' +
      'arguments, and a shell-form HEALTHCHECK fails in images without `/bin/sh` (distroless, ' +
      'scratch). The JSON form runs the program directly.',
    bad: 'FROM node:22-slim\nCOPY . /app\nCMD node /app/server.js',
    good: 'FROM node:22-slim\nCOPY . /app\nCMD ["node", "/app/server.js"]',
    fixSafety:
      'Unsafe. The fix is offered when the command is one program with its arguments (no `&&`, `;`, ' +
      'pipes, assignments or shell builtins). When no word needs the shell (no variables, ' +
      'substitutions, globs or redirections; quotes are resolved), it writes the JSON array; ' +
      'otherwise, for CMD and ENTRYPOINT, it puts `exec` before the program, so the shell hands its ' +
      'process over (as in `CMD exec gunicorn --bind :$PORT app:app`). Either way the program then ' +
      'runs as PID 1: it receives `docker stop`\'s SIGTERM itself, where the shell may have ignored it, ' +
      'and must reap zombie processes, so shutdown and signal behaviour change. The JSON form also ' +
      'drops `/bin/sh -c` and the stage\'s `SHELL` (the program is looked up on `PATH` directly, and ' +
      'a HEALTHCHECK no longer needs a shell in the image), and an exec-form ENTRYPOINT receives `CMD` ' +
      'and `docker run` arguments as extra arguments, where the shell form ignored them. Lists of ' +
      'commands (`a && b`, `|| exit 1`) get no fix: `exec` would apply to the last one only.',
    fixed: 'FROM node:22-slim\nCOPY . /app\nCMD ["node", "/app/server.js"]',
    differences:
      'hadolint reports every shell-form CMD, ENTRYPOINT and HEALTHCHECK CMD; BuildKit\'s ' +
      'JSONArgsRecommended skips CMD and ENTRYPOINT once any SHELL is set. dflint keeps reporting ' +
      'under a POSIX SHELL such as bash (the signal problem is the same) but not under PowerShell or ' +
      'cmd, where shell form is the usual Windows idiom. It does not report a command whose last ' +
      'step is `exec` (`CMD exec gunicorn --bind :$PORT app:app`): the shell hands PID 1 to the ' +
      'program, the accepted way to combine variables with proper signal handling. Text that looks ' +
      'like a JSON array with single quotes is reported by DF3005 instead.',
    references: [
      'https://docs.docker.com/reference/dockerfile/#shell-and-exec-form',
      'https://docs.docker.com/go/dockerfile/rule/json-args-recommended/',
    ],
  },
  create(context) {
    const check = (instruction: Instruction) => {
      if (instruction.form !== 'shell') return;
      const words = commandWords(instruction);
      const range = spanOf(words);
      if (!range || isWindowsShell(context.model.shellAt(instruction))) return;
      if (endsWithExec(instruction) || singleQuotedJson(words)) return;
      const healthcheck = instruction.kind === 'HEALTHCHECK';
      const keyword = healthcheck ? 'HEALTHCHECK CMD' : instruction.kind;
      const problem = healthcheck ? 'needs `/bin/sh` in the image' : 'runs under `/bin/sh -c`, which does not pass on stop signals';
      const fix = execFix(instruction, range);
      context.report({
        range,
        message: `Write \`${keyword}\` in JSON form (\`${keyword} ["program", "arg"]\`): in shell form it ${problem}`,
        ...(fix ? { fix } : {}),
      });
    };
    return { CMD: check, ENTRYPOINT: check, HEALTHCHECK: check };
  },
});
