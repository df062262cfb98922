import { defineRule } from '../../src/engine/define-rule.js';
import { packageCommands } from '../../src/rule-kit/package-managers.js';

export default defineRule({
  code: 'DL3027',
  name: 'no-apt',
  aliases: [],
  severity: 'warning',
  category: 'maintainability',
  fixable: false,
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
          const replacement = call.action === 'search' || call.action === 'show' || call.action === 'policy' ? 'apt-cache' : 'apt-get';
          context.report({
            range: call.command.nameWord.range,
            message: `Use \`${replacement}${action}\` instead of \`apt${action}\`: \`apt\` has no stable interface for scripts`,
          });
        }
      },
    };
  },
});
