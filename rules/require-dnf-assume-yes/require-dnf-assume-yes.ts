import { defineRule } from '../../src/engine/define-rule.js';
import { actionLabel, promptingCallVisitors, YUM_ASSUME_YES } from '../../src/rule-kit/rpm.js';

export default defineRule({
  code: 'DL3038',
  name: 'require-dnf-assume-yes',
  aliases: [],
  severity: 'warning',
  category: 'correctness',
  fixable: 'safe',
  onbuild: true,
  docs: {
    summary: 'Use `dnf -y` (or `microdnf -y`) so it does not wait for a confirmation',
    why:
      'A build has no terminal to answer dnf\'s "Is this ok [y/N]" prompt: dnf reads end of input, ' +
      'answers no and fails the build ("Operation aborted"). `-y` (`--assumeyes`) answers yes to ' +
      'every question.',
    bad: 'FROM fedora:40\nRUN dnf install httpd-2.4.62 && dnf clean all',
    good: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all',
    fixed: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all',
    fixSafety:
      'The fix inserts `-y` after the subcommand. It is safe: without it the command cannot succeed ' +
      'in a build once it has something to do, and with it dnf does what the command asked.',
    references: ['https://dnf.readthedocs.io/en/latest/command_ref.html'],
    differences:
      'hadolint checks `install`, `groupinstall` and `localinstall` only; dflint checks every ' +
      'subcommand that asks before changing packages (`remove`, `upgrade`, `reinstall`, ' +
      '`distro-sync`, `group install`, `module install`, `module enable`, short names such as ' +
      '`in` and `up`...), since each fails the build the same way. dnf run through `sudo`, `env` ' +
      'or `xargs` is checked too.',
  },
  create(context) {
    return promptingCallVisitors(context.report, ['dnf', 'microdnf'], YUM_ASSUME_YES, (call) =>
      `Use \`${actionLabel(call)} -y\` so ${call.tool} does not wait for a confirmation`);
  },
});
