import { defineRule } from '../../src/engine/define-rule.js';
import { cacheCleanupFix, callsOf, installsRpmPackages, leavesCache, RPM_CACHE_PATHS, RPM_CLEANUP, writesRpmCache } from '../../src/rule-kit/rpm.js';
import { mayReachImage, SHIPPED_STAGES_DOC } from '../../src/rule-kit/shipping.js';

export default defineRule({
  code: 'DL3032',
  name: 'require-yum-clean',
  aliases: [],
  severity: 'warning',
  category: 'performance',
  fixable: 'safe',
  onbuild: true,
  docs: {
    summary: 'Run `yum clean all` after `yum install` in the same RUN',
    why:
      '`yum install` downloads repository metadata (and, with `keepcache`, packages) into ' +
      '/var/cache/yum (/var/cache/dnf where yum is dnf): often a hundred megabytes that nothing ' +
      'uses at run time. Removing it in a later RUN does not shrink the image, so end the RUN ' +
      'that installs with `yum clean all` (or `rm -rf /var/cache/yum`), or keep the cache out ' +
      'of the image with a cache mount.\n\n' + SHIPPED_STAGES_DOC,
    bad: 'FROM centos:7\nRUN yum install -y httpd-2.4.6',
    good: 'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all',
    fixed: 'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all',
    fixSafety:
      'The fix appends `&& yum clean all` to the RUN (on a new continued line when the RUN is written ' +
      'one command per line; before the terminator of a `RUN <<EOF` script that runs with `set -e`). ' +
      'It is safe: the cache holds downloaded repository metadata and packages, which no installed ' +
      'program reads, and yum downloads the metadata again when a later command needs it (the base ' +
      'images ship without it), so later RUNs and containers install as before; `&&` keeps the RUN ' +
      'failing where it failed. Only a later command told to use the cache alone (`-C`, ' +
      '`--cacheonly`) would notice. No fix for exec form, a RUN whose last command runs in the ' +
      'background (`&`), a RUN mixing commands with heredocs, one that runs `sudo` (its user may ' +
      'not clean the cache), one whose mounts cover the cache, or one that installs into another root (`--installroot`).',
    references: ['https://man7.org/linux/man-pages/man8/yum.8.html'],
    differences:
      'hadolint accepts any later `yum` command with the word `clean` or `all` (so `yum clean ' +
      'metadata` passes) and any `rm -rf` (so `rm -rf /tmp/x` passes); dflint needs `clean all` ' +
      '(from yum, or dnf/microdnf, which share the cache on current releases) or a deletion that ' +
      'covers /var/cache/yum, /var/cache/dnf or /var/cache/libdnf5, after the last command of the RUN ' +
      'that fills the cache (install, update, makecache...). A cache or tmpfs ' +
      'mount on one of those folders also counts. yum run through `sudo`, `env` or `xargs` is ' +
      'checked too. ' +
      'hadolint checks every stage; dflint only the stages whose yum cache can reach the final ' +
      'image (see above), so a builder stage whose results alone are copied out is not reported.',
  },
  create(context) {
    return {
      RUN(run) {
        if (!mayReachImage(context.model, run, RPM_CACHE_PATHS)) return;
        const install = callsOf(run, ['yum']).filter(installsRpmPackages).at(-1);
        if (!install || !leavesCache(context.model, run, writesRpmCache, RPM_CLEANUP)) return;
        const fix = cacheCleanupFix(context.model, run, 'rpm', 'yum clean all');
        context.report({
          range: install.subcommand!.range,
          message: 'Clean the yum cache after installing: end this RUN with `yum clean all`',
          ...(fix && { fix }),
        });
      },
    };
  },
});
