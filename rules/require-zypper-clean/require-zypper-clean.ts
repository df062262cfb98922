import { defineRule } from '../../src/engine/define-rule.js';
import { callsOf, leavesCache, writesZypperCache, ZYPPER_CLEANUP } from '../../src/rule-kit/rpm.js';

export default defineRule({
  code: 'DL3036',
  name: 'require-zypper-clean',
  aliases: [],
  severity: 'warning',
  category: 'performance',
  fixable: false,
  onbuild: true,
  docs: {
    summary: 'Run `zypper clean` after `zypper install` in the same RUN',
    why:
      '`zypper install` downloads packages and repository metadata into /var/cache/zypp, which ' +
      'nothing uses at run time. Removing them in a later RUN does not shrink the image, so end ' +
      'the RUN with `zypper clean` (or `zypper clean -a`), or keep the cache out of the image with ' +
      'a cache mount on /var/cache/zypp.',
    bad: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6.0',
    good: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6.0 && zypper clean -a',
    references: ['https://en.opensuse.org/SDB:Zypper_manual'],
    differences:
      'dflint also accepts a deletion that covers /var/cache/zypp (`rm -rf /var/cache/zypp/*`) ' +
      'after the install, which hadolint does not, and wants the cleanup after the last zypper ' +
      'command that fills the cache (install, update, refresh...), where hadolint accepts a ' +
      '`zypper clean` anywhere after an install. A cache or tmpfs mount counts when its target ' +
      'is /var/cache/zypp or a parent (hadolint: any target containing /var/cache/zypp).',
  },
  create(context) {
    return {
      RUN(run) {
        const install = callsOf(run, ['zypper']).filter((c) => c.change === 'install').at(-1);
        if (!install || !leavesCache(context.model, run, writesZypperCache, ZYPPER_CLEANUP)) return;
        context.report({
          range: install.subcommand!.range,
          message: 'Clean the zypper cache after installing: end this RUN with `zypper clean`',
        });
      },
    };
  },
});
