import { defineRule } from '../../src/engine/define-rule.js';
import type { Instruction } from '../../src/model/types.js';
import { commandWords, execFormOf, isWindowsShell, spanOf } from '../../src/rule-kit/command-form.js';
import { singleQuotedJson } from '../../src/rule-kit/single-quoted-json.js';

/** `CMD migrate && exec server`: the shell replaces itself with the last program, which gets the signals. */
function endsWithExec(instruction: Instruction): boolean {
  const commands = (instruction.shell?.commands ?? []).filter((c) => !c.inSubstitution);
  return commands[commands.length - 1]?.name === 'exec';
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
    fixed: 'FROM node:22-slim\nCOPY . /app\nCMD ["node", "/app/server.js"]',
    fixSafety:
      'Unsafe, and offered only for commands made of plain words (no variables, quotes, operators, ' +
      'globs or shell builtins). The program then runs as PID 1 and receives signals itself, which ' +
      'changes shutdown behaviour; an exec-form ENTRYPOINT receives `CMD` as extra arguments where ' +
      'the shell form ignored them.',
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
      const json = execFormOf(words);
      context.report({
        range,
        message: `Write \`${keyword}\` in JSON form (\`${keyword} ["program", "arg"]\`): in shell form it ${problem}`,
        ...(json ? { fix: { description: 'Rewrite as a JSON array', safety: 'unsafe', edits: [{ range, text: json }] } } : {}),
      });
    };
    return { CMD: check, ENTRYPOINT: check, HEALTHCHECK: check };
  },
});
