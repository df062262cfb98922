import { defineRule } from '../../src/engine/define-rule.js';
import { commandsNamed } from '../../src/rule-kit/commands.js';

export default defineRule({
  code: 'DL3004',
  name: 'no-sudo',
  aliases: [],
  severity: 'error',
  category: 'security',
  fixable: false,
  onbuild: true,
  docs: {
    summary: 'Do not use `sudo` in RUN',
    why:
      'Build steps already run as the current `USER`, usually root. `sudo` needs a TTY and a sudoers ' +
      'entry, behaves unpredictably with signals, and leaves a privilege-escalation tool in the image. ' +
      'Switch users with `USER`, or use `gosu`/`su-exec` in an entrypoint when a process must drop privileges.',
    bad: 'FROM debian:12\nUSER app\nRUN sudo apt-get update',
    good: 'FROM debian:12\nRUN apt-get update\nUSER app',
    references: ['https://docs.docker.com/build/building/best-practices/#user'],
  },
  create(context) {
    return {
      RUN(run) {
        for (const command of commandsNamed(run, 'sudo')) {
          context.report({
            range: command.nameWord.range,
            message: 'Do not use `sudo`: build steps run as the current USER; switch with `USER` instead',
          });
        }
      },
    };
  },
});
