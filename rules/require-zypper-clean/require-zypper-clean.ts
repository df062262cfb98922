import { defineRule } from '../../src/engine/define-rule.js';
import { cacheCleanupFix, callsOf, leavesCache, writesZypperCache, ZYPPER_CACHE_PATHS, ZYPPER_CLEANUP } from '../../src/rule-kit/rpm.js';
import { mayReachImage, SHIPPED_STAGES_DOC } from '../../src/rule-kit/shipping.js';

/** Packages and metadata: a bare `zypper clean` removes only the packages. */
const CLEANUP = 'zypper clean -a';

export default defineRule({
  code: 'DL3036',
  name: 'require-zypper-clean',
  aliases: [],
  severity: 'warning',
  category: 'performance',
  fixable: 'safe',
  onbuild: true,
  docs: {
    summary: 'Run `zypper clean` after `zypper install` in the same RUN',
    why:
      '`zypper install` downloads packages and repository metadata into /var/cache/zypp, which ' +
      'nothing uses at run time. Removing them in a later RUN does not shrink the image, so end ' +
      'the RUN with `zypper clean` (or `zypper clean -a`), or keep the cache out of the image with ' +
      'a cache mount on /var/cache/zypp.\n\n' + SHIPPED_STAGES_DOC,
    bad: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6.0',
    good: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6.0 && zypper clean -a',
    fixed: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6.0 && zypper clean -a',
    fixSafety:
      'The fix appends `&& zypper clean -a` to the RUN: packages and metadata, where a bare ' +
      '`zypper clean` keeps the metadata (on a new continued line when the RUN is written one ' +
      'command per line; before the terminator of a `RUN <<EOF` script that runs with `set -e`). ' +
      'It is safe: the cache holds downloaded repository metadata and packages, which no installed ' +
      'program reads, and zypper downloads the metadata again when a later command needs it (the ' +
      'base images ship without it), so later RUNs and containers install as before; `&&` keeps ' +
      'the RUN failing where it failed. Only a later command that may not refresh (`--no-refresh`) ' +
      'would notice. No fix for exec form, a RUN whose last command runs in the background (`&`), ' +
      'a RUN mixing commands with heredocs, one that runs `sudo` (its user may not clean the ' +
      'cache), one whose mounts cover the cache, or one that installs into another root (`--root`).',
    references: ['https://en.opensuse.org/SDB:Zypper_manual'],
    differences:
      'dflint also accepts a deletion that covers /var/cache/zypp (`rm -rf /var/cache/zypp/*`) ' +
      'after the install, which hadolint does not, and wants the cleanup after the last zypper ' +
      'command that fills the cache (install, update, refresh...), where hadolint accepts a ' +
      '`zypper clean` anywhere after an install. A cache or tmpfs mount counts when its target ' +
      'is /var/cache/zypp or a parent (hadolint: any target containing /var/cache/zypp). ' +
      'hadolint checks every stage; dflint only the stages whose zypper cache can reach the final ' +
      'image (see above), so a builder stage whose results alone are copied out is not reported.',
  },
  create(context) {
    return {
      RUN(run) {
        if (!mayReachImage(context.model, run, ZYPPER_CACHE_PATHS)) return;
        const install = callsOf(run, ['zypper']).filter((c) => c.change === 'install').at(-1);
        if (!install || !leavesCache(context.model, run, writesZypperCache, ZYPPER_CLEANUP)) return;
        const fix = cacheCleanupFix(context.model, run, 'zypper', CLEANUP);
        context.report({
          range: install.subcommand!.range,
          message: `Clean the zypper cache after installing: end this RUN with \`${CLEANUP}\``,
          ...(fix && { fix }),
        });
      },
    };
  },
});
