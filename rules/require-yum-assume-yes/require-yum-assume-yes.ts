import { defineRule } from '../../src/engine/define-rule.js';
import { actionLabel, promptingCallVisitors, YUM_ASSUME_YES } from '../../src/rule-kit/rpm.js';

export default defineRule({
  code: 'DL3030',
  name: 'require-yum-assume-yes',
  aliases: [],
  severity: 'warning',
  category: 'correctness',
  fixable: 'safe',
  onbuild: true,
  docs: {
    summary: 'Use `yum -y` so yum does not wait for a confirmation',
    why:
      'A build has no terminal to answer yum\'s "Is this ok [y/N]" prompt: yum reads end of input, ' +
      'answers no and fails the build ("Exiting on user command"). `-y` (`--assumeyes`) answers ' +
      'yes to every question.',
    bad: 'FROM centos:7\nRUN yum install httpd-2.4.6 && yum clean all',
    good: 'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all',
    fixed: 'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all',
    fixSafety:
      'The fix inserts `-y` after the subcommand. It is safe: without it the command cannot succeed ' +
      'in a build once it has something to do, and with it yum does what the command asked.',
    references: ['https://man7.org/linux/man-pages/man8/yum.8.html'],
    differences:
      'hadolint checks `yum install`, `groupinstall` and `localinstall` only; dflint checks every ' +
      'yum subcommand that asks before changing packages (`remove`, `erase`, `update`, `upgrade`, ' +
      '`reinstall`, `downgrade`, `distro-sync`, `group install`, `module install`...), since each ' +
      'fails the build the same way. yum run through `sudo`, `env` or `xargs` is checked too.',
  },
  create(context) {
    return promptingCallVisitors(context.report, ['yum'], YUM_ASSUME_YES, (call) =>
      `Use \`${actionLabel(call)} -y\` so yum does not wait for a confirmation`);
  },
});
