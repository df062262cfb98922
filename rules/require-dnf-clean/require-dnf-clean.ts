import { defineRule } from '../../src/engine/define-rule.js';
import { cacheCleanupFix, callsOf, installsRpmPackages, leavesCache, RPM_CACHE_PATHS, RPM_CLEANUP, writesRpmCache } from '../../src/rule-kit/rpm.js';
import { mayReachImage, SHIPPED_STAGES_DOC } from '../../src/rule-kit/shipping.js';

/** dnf subcommands hadolint asks a cleanup for (installs and upgrades, with their short names). */
const TRIGGERS = ['in', 'upgrade', 'up', 'update', 'upgrade-minimal', 'up-min', 'update-minimal', 'reinstall', 'rei'];

export default defineRule({
  code: 'DL3040',
  name: 'require-dnf-clean',
  aliases: [],
  severity: 'warning',
  category: 'performance',
  fixable: 'safe',
  onbuild: true,
  docs: {
    summary: 'Run `dnf clean all` after `dnf install` in the same RUN',
    why:
      '`dnf install` and `dnf upgrade` download repository metadata into /var/cache/dnf ' +
      '(/var/cache/libdnf5 with dnf 5, /var/cache/yum with microdnf): often a hundred megabytes ' +
      'that nothing uses at run time. Removing it in a later RUN does not shrink the image, so ' +
      'end the RUN with `dnf clean all` (or delete the cache folder), or keep the cache out of ' +
      'the image with a cache mount. `dnf clean packages` or `dnf clean dbcache` leave the metadata.\n\n' + SHIPPED_STAGES_DOC,
    bad: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62',
    good: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all',
    fixed: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all',
    fixSafety:
      'The fix appends `&& dnf clean all` (`microdnf clean all` after microdnf) to the RUN (on a ' +
      'new continued line when the RUN is written one command per line; before the terminator of ' +
      'a `RUN <<EOF` script that runs with `set -e`). ' +
      'It is safe: the cache holds downloaded repository metadata and packages, which no installed ' +
      'program reads, and dnf downloads the metadata again when a later command needs it (the base ' +
      'images ship without it), so later RUNs and containers install as before; `&&` keeps the RUN ' +
      'failing where it failed. Only a later command told to use the cache alone (`-C`, ' +
      '`--cacheonly`) would notice. No fix for exec form, a RUN whose last command runs in the ' +
      'background (`&`), a RUN mixing commands with heredocs, one that runs `sudo` (its user may ' +
      'not clean the cache), one whose mounts cover the cache, or one that installs into another root (`--installroot`).',
    references: ['https://dnf.readthedocs.io/en/latest/command_ref.html#clean-command'],
    differences:
      'hadolint accepts any later command of the same tool with the word `clean` or `all` (so ' +
      '`dnf clean packages` passes) and any `rm -rf` (so `rm -rf /tmp/x` passes); dflint needs ' +
      '`clean all` (from dnf, microdnf or yum, which share the cache) or a deletion that covers ' +
      '/var/cache/dnf, /var/cache/libdnf5 or /var/cache/yum (microdnf\'s cache), after the last ' +
      'command of the RUN that fills the cache. A cache or tmpfs mount on one of those folders ' +
      'counts (hadolint: any mount target containing /var/cache/libdnf5 or .cache/libdnf5, so a ' +
      'mount on /var/cache/dnf is not enough for it). hadolint compares the first install with ' +
      'the first cleanup-like command of the RUN, so any `rm -rf` before the install (`microdnf ' +
      'update -y && rm -rf /var/cache/yum; microdnf install -y x; microdnf clean all`) makes it ' +
      'report a RUN that does clean up at the end; dflint does not. `dnf group install`, ' +
      '`module install` and dnf run through `sudo` or `xargs` are checked too. ' +
      'hadolint checks every stage; dflint only the stages whose dnf cache can reach the final ' +
      'image (see above), so a builder stage whose results alone are copied out is not reported.',
  },
  create(context) {
    return {
      RUN(run) {
        if (!mayReachImage(context.model, run, RPM_CACHE_PATHS)) return;
        const trigger = callsOf(run, ['dnf', 'microdnf']).filter((c) => installsRpmPackages(c) || (c.action !== undefined && TRIGGERS.includes(c.action))).at(-1);
        if (!trigger || !leavesCache(context.model, run, writesRpmCache, RPM_CLEANUP)) return;
        const cleanup = `${trigger.tool} clean all`;
        const fix = cacheCleanupFix(context.model, run, 'rpm', cleanup);
        context.report({
          range: trigger.subcommand!.range,
          message: `Clean the dnf cache after installing: end this RUN with \`${cleanup}\``,
          ...(fix && { fix }),
        });
      },
    };
  },
});
