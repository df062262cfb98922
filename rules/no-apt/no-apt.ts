import { defineRule } from '../../src/engine/define-rule.js';
import type { Fix } from '../../src/engine/types.js';
import type { Instruction } from '../../src/model/types.js';
import { type PackageCommand, packageCommands } from '../../src/rule-kit/package-managers.js';

/** apt subcommands that apt-cache has under the same name. */
const APT_CACHE_ACTIONS = ['search', 'show', 'policy', 'depends', 'rdepends', 'showsrc'];
/** apt subcommands that apt-get has under the same name (not `list`, `full-upgrade`, `edit-sources`...). */
const APT_GET_ACTIONS = [
  'update', 'upgrade', 'dist-upgrade', 'install', 'remove', 'purge', 'autoremove', 'clean', 'autoclean',
  'source', 'build-dep', 'download', 'check', 'satisfy', 'changelog',
];

function replacementOf(action: string | undefined): string {
  return action !== undefined && APT_CACHE_ACTIONS.includes(action) ? 'apt-cache' : 'apt-get';
}

/**
 * The fix that renames `apt` (or `/usr/bin/apt`) to the replacement: only for a subcommand the
 * replacement has, a name written plainly (or as an exec-form string), and not inside the
 * `sh -c` string of an exec-form RUN.
 */
function renameFix(run: Instruction, call: PackageCommand): Fix | undefined {
  const action = call.action;
  if (action === undefined || ![...APT_CACHE_ACTIONS, ...APT_GET_ACTIONS].includes(action)) return undefined;
  const word = call.command.nameWord;
  const exec = run.form === 'exec';
  if (exec && call.command.order > 0) return undefined;
  if (!exec && word.raw !== word.value) return undefined;
  const renamed = `${word.value!.slice(0, -'apt'.length)}${replacementOf(action)}`;
  return {
    description: `Replace \`apt\` with \`${replacementOf(action)}\``,
    safety: 'unsafe',
    edits: [{ range: word.range, text: exec ? JSON.stringify(renamed) : renamed }],
  };
}

export default defineRule({
  code: 'DL3027',
  name: 'no-apt',
  aliases: [],
  severity: 'warning',
  category: 'maintainability',
  fixable: 'unsafe',
  onbuild: true,
  docs: {
    summary: 'Use `apt-get` or `apt-cache` instead of `apt` in scripts',
    why:
      '`apt` is the command-line tool for people at a terminal: its output and behaviour may change ' +
      'between releases, and it warns that it "does not have a stable CLI interface" when its output ' +
      'is not a terminal. `apt-get` and `apt-cache` keep a stable interface for scripts such as ' +
      'Dockerfiles.',
    bad: 'FROM debian:12\nRUN apt update && apt install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\\n    && rm -rf /var/lib/apt/lists/*',
    good: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\\n    && rm -rf /var/lib/apt/lists/*',
    fixed: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\\n    && rm -rf /var/lib/apt/lists/*',
    fixSafety:
      'The fix replaces `apt` with `apt-get` (`apt-cache` for `search`, `show`, `policy`, ' +
      '`depends`, `rdepends`, `showsrc`), when that tool has the subcommand under the same name ' +
      '(not for `apt list`, `full-upgrade` or `edit-sources`). It is unsafe, since the tools ' +
      'differ in more than output: `apt upgrade` installs new packages an upgrade needs, where ' +
      '`apt-get upgrade` holds such upgrades back; apt deletes the downloaded .deb files after a ' +
      'successful install, where apt-get keeps them in /var/cache/apt/archives unless the image ' +
      'configures otherwise (the Debian and Ubuntu images do); and a script that reads the ' +
      'output of `apt search` or `apt show` gets another format.',
    references: ['https://manpages.debian.org/bookworm/apt/apt.8.en.html#SCRIPT_USAGE_AND_DIFFERENCES_FROM_OTHER_APT_TOOLS'],
    differences:
      'hadolint reports the RUN once; dflint reports each `apt` command at its name, also through ' +
      '`sudo`, `xargs` or `env`.',
  },
  create(context) {
    return {
      RUN(run) {
        for (const call of packageCommands(run)) {
          if (call.tool !== 'apt') continue;
          const action = call.action === undefined ? '' : ` ${call.action}`;
          const fix = renameFix(run, call);
          context.report({
            range: call.command.nameWord.range,
            message: `Use \`${replacementOf(call.action)}${action}\` instead of \`apt${action}\`: \`apt\` has no stable interface for scripts`,
            ...(fix && { fix }),
          });
        }
      },
    };
  },
});
