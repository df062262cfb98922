import { defineRule } from '../../src/engine/define-rule.js';
import { promptingCallVisitors, ZYPPER_ASSUME_YES } from '../../src/rule-kit/rpm.js';

export default defineRule({
  code: 'DL3034',
  name: 'require-zypper-non-interactive',
  aliases: [],
  severity: 'warning',
  category: 'correctness',
  fixable: 'safe',
  onbuild: true,
  docs: {
    summary: 'Use `zypper -n` (`--non-interactive`) so zypper does not wait for an answer',
    why:
      'A build has no terminal to answer zypper\'s questions: without `-n` (`--non-interactive`, ' +
      'or `-y`/`--no-confirm` after the command) zypper stops at its first prompt and the build ' +
      'fails or hangs.',
    bad: 'FROM opensuse/leap:15.6\nRUN zypper install curl=8.6.0 && zypper clean',
    good: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6.0 && zypper clean',
    fixed: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6.0 && zypper clean',
    fixSafety:
      'The fix inserts the global option `-n` after `zypper`, valid before every zypper command. It ' +
      'is safe: zypper then takes the default answer to each question instead of stopping the build.',
    references: ['https://en.opensuse.org/SDB:Zypper_manual'],
    differences:
      'hadolint checks `install`, `remove`, `source-install` and `patch` (and their short names); ' +
      'dflint also checks `update`/`up` and `dist-upgrade`/`dup`, which ask the same way. zypper ' +
      'run through `sudo`, `env` or `xargs` is checked too.',
  },
  create(context) {
    return promptingCallVisitors(context.report, ['zypper'], ZYPPER_ASSUME_YES, (call) =>
      `Use \`zypper -n ${call.action ?? call.subcommand!.raw}\` so zypper does not wait for an answer`);
  },
});
