import { defineRule } from '../../src/engine/define-rule.js';
import type { ShellCommand } from '../../src/model/shell/types.js';
import type { Instruction } from '../../src/model/types.js';
import { commandsOf, countFlag, hasFlag } from '../../src/rule-kit/commands.js';
import { insertArgumentAfter } from '../../src/rule-kit/fixes.js';
import { packageCommandsDoing } from '../../src/rule-kit/package-managers.js';

/** apt's quiet level 2 (`-qq`, `-q=2`, `--quiet --quiet`) implies `--assume-yes`. */
function quietEnough(command: ShellCommand): boolean {
  if (countFlag(command, '-q') + countFlag(command, '--quiet') >= 2) return true;
  return command.args.some((w) => w.value !== undefined && /^(?:-q|--quiet)=([2-9]|\d{2,})$/.test(w.value));
}

/** `-o APT::Get::Assume-Yes=true` in apt's spellings of the option and of true. */
function assumeYesOption(command: ShellCommand): boolean {
  return command.args.some((w) => {
    const option = w.value?.replace(/^(?:-o=?|--option=)/, '');
    const match = option === undefined ? null : /^APT::Get::Assume-Yes=(.*)$/i.exec(option);
    return match !== null && ['1', 'yes', 'true', 'with', 'on', 'enable'].includes(match[1]!.trim().toLowerCase());
  });
}

/** `yes | apt-get install x`: every prompt is answered. */
function fedByYes(run: Instruction, command: ShellCommand): boolean {
  if (!command.inPipeline) return false;
  const previous = commandsOf(run).filter((c) => c.order < command.order).at(-1);
  return previous?.basename === 'yes' && previous.inPipeline;
}

export default defineRule({
  code: 'DL3014',
  name: 'require-apt-yes',
  aliases: [],
  severity: 'warning',
  category: 'correctness',
  fixable: 'safe',
  onbuild: true,
  docs: {
    summary: 'Use `-y` with `apt-get install`',
    why:
      'When apt has to install more than the packages named (their dependencies), it asks for ' +
      'confirmation. A build has no terminal to answer, so apt reads end of input and aborts, ' +
      'and the build fails as soon as a dependency changes. `-y` (`--yes`, `--assume-yes`) answers ' +
      'yes without asking.',
    bad: 'FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends curl=7.88.1-10+deb12u8 \\\n    && rm -rf /var/lib/apt/lists/*',
    good: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\\n    && rm -rf /var/lib/apt/lists/*',
    fixed: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\\n    && rm -rf /var/lib/apt/lists/*',
    fixSafety:
      'The fix inserts `-y` after `install`. It is safe: apt installs the same packages, and only ' +
      'stops aborting at the confirmation prompt it cannot show in a build.',
    references: ['https://manpages.debian.org/bookworm/apt/apt-get.8.en.html'],
    differences:
      'hadolint checks only `apt-get`; dflint also checks `apt install`, which prompts the same way, ' +
      'and commands run through `sudo`, `xargs` or `env`. Besides hadolint\'s `-y`, `--yes`, ' +
      '`--assume-yes`, `-qq` and `-q=2`, dflint accepts any quiet level of 2 or more (`-qqq`, ' +
      '`-q=3`), `-o APT::Get::Assume-Yes=true` and `yes | apt-get install ...`, which all answer ' +
      'the prompt.',
  },
  create(context) {
    return {
      RUN(run) {
        for (const install of packageCommandsDoing(run, ['apt-get', 'apt'], ['install'])) {
          const { command } = install;
          if (hasFlag(command, '-y', '--yes', '--assume-yes') || quietEnough(command) || assumeYesOption(command)) continue;
          if (fedByYes(run, install.command)) continue;
          const word = install.subcommand!;
          context.report({
            range: word.range,
            message: `Add \`-y\` to \`${install.tool} install\`: a build cannot answer apt's confirmation prompt`,
            fix: { description: 'Insert `-y` after `install`', safety: 'safe', edits: [insertArgumentAfter(run, word, '-y')] },
          });
        }
      },
    };
  },
});
