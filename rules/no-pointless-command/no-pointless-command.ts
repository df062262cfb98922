import { defineRule } from '../../src/engine/define-rule.js';
import { programsNamed } from '../../src/rule-kit/programs.js';

/** hadolint's list: interactive tools and commands that manage processes or the host, which a build step cannot use. */
const POINTLESS = ['free', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim'];

export default defineRule({
  code: 'DL3001',
  name: 'no-pointless-command',
  aliases: [],
  severity: 'info',
  category: 'correctness',
  fixable: false,
  onbuild: true,
  docs: {
    summary: 'Do not run commands that make no sense in a build step (`ssh`, `vim`, `service`, `top`...)',
    why:
      'A RUN step executes once, without a terminal, in a throw-away container whose processes ' +
      'all stop when the step ends. Interactive tools (`vim`, `top`, `ssh`), process and host ' +
      'management (`ps`, `kill`, `free`, `mount`, `shutdown`) and `service` starting a daemon do ' +
      'nothing useful there: a service started in a RUN is not running in the image. Start ' +
      'processes from `CMD`/`ENTRYPOINT` instead. Installing such a package is fine; only running ' +
      'it is reported.',
    bad: 'FROM debian:12\nRUN service nginx start',
    good: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends nginx vim\nCMD ["nginx", "-g", "daemon off;"]',
    references: ['https://github.com/hadolint/hadolint/wiki/DL3001'],
    differences:
      'hadolint matches the command name as written; dflint also looks through wrappers ' +
      '(`sudo service x start`, `xargs kill`). hadolint\'s message also names `ifconfig`, which ' +
      'it never reports; dflint does not mention it.',
  },
  create(context) {
    return {
      RUN(run) {
        for (const command of programsNamed(run, ...POINTLESS)) {
          context.report({
            range: command.nameWord.range,
            message: `\`${command.basename}\` makes no sense in a build step: start processes from \`CMD\` or \`ENTRYPOINT\` instead`,
          });
        }
      },
    };
  },
});
