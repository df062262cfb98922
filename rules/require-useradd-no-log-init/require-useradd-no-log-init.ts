import { defineRule } from '../../src/engine/define-rule.js';
import type { ShellCommand, ShellWord } from '../../src/model/shell/types.js';
import type { Instruction, Model } from '../../src/model/types.js';
import { hasFlag } from '../../src/rule-kit/commands.js';
import { insertArgumentAfter } from '../../src/rule-kit/fixes.js';
import { programsNamed } from '../../src/rule-kit/programs.js';

/** `-u` glued to its value, after options that take none (`-mu1000`; `-gusers` is a group). */
const ATTACHED_UID = /^-[lmMNorU]*u(.+)$/;

/** The word holding the uid: `-u N`, `-uN`, `--uid N` or `--uid=N` (the last one wins, as in useradd). */
function uidWord(command: ShellCommand): { word: ShellWord; text: string } | undefined {
  let found: { word: ShellWord; text: string } | undefined;
  command.args.forEach((word, i) => {
    const raw = word.value ?? word.raw;
    const next = command.args[i + 1];
    if ((raw === '-u' || raw === '--uid') && next) found = { word: next, text: next.value ?? next.raw };
    else if (raw.startsWith('--uid=')) found = { word, text: raw.slice('--uid='.length) };
    else if (ATTACHED_UID.test(raw)) found = { word, text: ATTACHED_UID.exec(raw)![1]! };
  });
  return found;
}

/** The uid's digits with ARG/ENV values substituted, or undefined when a variable in it is unknown. */
function uidValue(model: Model, run: Instruction, text: string): string | undefined {
  const resolution = model.variables.resolve(text.replace(/^(["'])(.*)\1$/, '$2'), run);
  return resolution.unresolved.length === 0 ? resolution.value : undefined;
}

export default defineRule({
  code: 'DL3046',
  name: 'require-useradd-no-log-init',
  aliases: [],
  severity: 'warning',
  category: 'performance',
  fixable: 'safe',
  onbuild: true,
  docs: {
    summary: '`useradd` with a high UID needs `-l` (`--no-log-init`)',
    why:
      '`useradd` records every user in /var/log/lastlog and /var/log/faillog, sparse files indexed ' +
      'by UID. Docker layers do not keep files sparse, so a UID of 100000 or more writes hundreds ' +
      'of megabytes of zeros into the image. `-l` (`--no-log-init`) skips those records.',
    bad: 'FROM debian:12\nRUN useradd -u 123456 app',
    good: 'FROM debian:12\nRUN useradd -l -u 123456 app',
    fixed: 'FROM debian:12\nRUN useradd -l -u 123456 app',
    fixSafety:
      'The fix inserts `-l` after `useradd`. It is safe: the user, its group, home and shell are ' +
      'created as before; only its records in /var/log/lastlog and /var/log/faillog are left ' +
      'out, logs of logins that a container does not have. No fix for a `useradd` inside the ' +
      '`sh -c` string of an exec-form RUN.',
    references: ['https://github.com/moby/moby/issues/5419', 'https://github.com/hadolint/hadolint/wiki/DL3046'],
    differences:
      'hadolint inspects only the value given to `-u`, so `useradd --uid 123456 app` passes; ' +
      'dflint reads `--uid N`, `--uid=N` and `-uN` too. hadolint judges the literal text, so ' +
      '`useradd -u ${APP_UID} app` (6 characters) is reported whatever the UID; dflint substitutes ' +
      'ARG and ENV values and does not judge a UID it cannot know.',
  },
  create(context) {
    return {
      RUN(run) {
        for (const command of programsNamed(run, 'useradd')) {
          if (hasFlag(command, '-l', '--no-log-init')) continue;
          const uid = uidWord(command);
          if (!uid) continue;
          const value = uidValue(context.model, run, uid.text);
          if (value === undefined || value.length <= 5) continue;
          // In the `sh -c` string of an exec-form RUN, an exec-form edit would land in the wrong place.
          const fixable = run.form !== 'exec' || command.order === 0;
          context.report({
            range: uid.word.range,
            message: `Add \`-l\` (\`--no-log-init\`) to \`useradd\`: UID ${value} makes the lastlog and faillog files huge`,
            ...(fixable && { fix: { description: 'Insert `-l` after `useradd`', safety: 'safe', edits: [insertArgumentAfter(run, command.nameWord, '-l')] } }),
          });
        }
      },
    };
  },
});
