import { defineRule } from '../../src/engine/define-rule.js';
import { callsOf } from '../../src/rule-kit/rpm.js';

const DIST_UPGRADE = ['dist-upgrade', 'dup'];

export default defineRule({
  code: 'DL3035',
  name: 'no-zypper-dist-upgrade',
  aliases: [],
  severity: 'warning',
  category: 'maintainability',
  fixable: false,
  onbuild: true,
  docs: {
    summary: 'Do not use `zypper dist-upgrade` in a Dockerfile',
    why:
      '`zypper dist-upgrade` (`dup`) moves the whole system to whatever the repositories hold ' +
      'today, downgrading, replacing and removing packages as needed, so the same Dockerfile ' +
      'builds a different distribution release from one day to the next. Use a base image of ' +
      'the release you want and `zypper update` (or `zypper patch`) for its fixes.',
    bad: 'FROM opensuse/tumbleweed\nRUN zypper -n dup',
    good: 'FROM opensuse/leap:15.6\nRUN zypper -n update && zypper clean',
    references: ['https://en.opensuse.org/SDB:Zypper_manual'],
  },
  create(context) {
    return {
      RUN(run) {
        for (const call of callsOf(run, ['zypper'])) {
          if (call.action === undefined || !DIST_UPGRADE.includes(call.action)) continue;
          context.report({
            range: call.subcommand!.range,
            message: `Do not use \`zypper ${call.action}\`: start from a newer base image and run \`zypper update\``,
          });
        }
      },
    };
  },
});
