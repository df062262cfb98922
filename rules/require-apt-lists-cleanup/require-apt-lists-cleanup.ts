import { defineRule } from '../../src/engine/define-rule.js';
import { appendCommandFix } from '../../src/rule-kit/append-command.js';
import { laterReadsOfAptLists } from '../../src/rule-kit/apt-lists.js';
import { APT_DISTCLEAN, APT_LISTS } from '../../src/rule-kit/apt.js';
import { deletionOf } from '../../src/rule-kit/deletions.js';
import { hasCacheMountOn, hasMountTouching } from '../../src/rule-kit/mounts.js';
import { commandsOf } from '../../src/rule-kit/commands.js';
import { mayUseIndexOf, packageCommands } from '../../src/rule-kit/package-managers.js';
import { mayReachImage, SHIPPED_STAGES_DOC } from '../../src/rule-kit/shipping.js';

const CLEANUP = 'rm -rf /var/lib/apt/lists/*';

export default defineRule({
  code: 'DL3009',
  name: 'require-apt-lists-cleanup',
  aliases: [],
  severity: 'info',
  category: 'performance',
  fixable: 'safe',
  onbuild: true,
  docs: {
    summary: 'Delete the apt lists in the RUN that runs `apt-get update`',
    why:
      '`apt-get update` downloads the package index into /var/lib/apt/lists: tens of megabytes ' +
      'that nothing uses at run time. Deleting them in a later RUN does not help, since the layer ' +
      'that added them is already in the image, so remove them at the end of the same RUN ' +
      '(`rm -rf /var/lib/apt/lists/*`), or keep them out of the image with a cache mount. ' +
      '`apt-get clean` does not delete the lists.\n\n' + SHIPPED_STAGES_DOC,
    bad: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl',
    good: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*',
    fixed: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
    fixSafety:
      'The fix appends `&& rm -rf /var/lib/apt/lists/*` to the RUN (on a new continued line when ' +
      'the RUN is written one command per line; before the terminator of a `RUN <<EOF` script that ' +
      'runs with `set -e`). It is safe: the lists are the index apt installs from, not files any ' +
      'installed program reads, and `&&` keeps the RUN failing where it failed. The one thing they ' +
      'serve is a later `apt-get install` without `apt-get update`: when the RUN installs nothing ' +
      'after its update (it keeps the lists for later), or when a later RUN of the stage, ' +
      'or of a stage built on it, installs or queries without updating first, no fix is offered, ' +
      'since it would break that RUN. An `apt-get install` run in a container of the image has to ' +
      'run `apt-get update` first anyway, as in the Debian and Ubuntu images, which ship no lists. ' +
      'No fix either when a mount (a read-only bind mount, say) covers the lists, for exec form, a ' +
      'RUN whose last command runs in the background (`&`), a RUN mixing commands with heredocs, ' +
      'or one that runs `sudo` (its user may not delete the lists).',
    references: ['https://docs.docker.com/build/building/best-practices/#apt-get'],
    differences:
      'hadolint accepts any `rm` with `-rf`, so `rm -rf /tmp/x` silences it; dflint needs an `rm` ' +
      '(or `find ... -delete`) whose path covers /var/lib/apt/lists (`/var/lib/apt/lists/*`, ' +
      '`/var/lib/apt/lists`, `/var/lib/apt`; not `/var/lib/apt/lists/partial`), or ' +
      '`apt-get distclean`, after the last `update` of the RUN. A path that expands at run time ' +
      'counts unless its literal start rules it out. A cache or tmpfs mount counts when its target ' +
      'is /var/lib/apt/lists or a parent (hadolint: any target containing /var/lib/apt/lists, or ' +
      'mounts containing both /var/lib/apt and /var/cache/apt). hadolint checks the last stage and ' +
      'any stage whose name appears in a later FROM; dflint checks the stages whose lists can ' +
      'reach the final image (see above), so a downloader stage (`apt-get install --download-only`) ' +
      'whose packages alone are copied out is not reported. `apt-get update` run through `sudo` or `env` is checked too.',
  },
  create(context) {
    const { model } = context;
    const readLater = laterReadsOfAptLists(model);
    return {
      RUN(run) {
        const calls = packageCommands(run).filter((c) => c.family === 'apt');
        const update = calls.filter((c) => c.refreshesIndex).at(-1);
        if (!update) return;
        if (!mayReachImage(model, run, [APT_LISTS])) return;
        if (hasCacheMountOn(run, APT_LISTS)) return;
        if (deletionOf(model, run, APT_LISTS, update.command.order)) return;
        if (calls.some((c) => c.command.order > update.command.order && c.action !== undefined && APT_DISTCLEAN.includes(c.action))) return;
        // A RUN that installs nothing after its update keeps the lists on purpose (or should go, DF4001).
        const installsAfter = commandsOf(run).some((c) => c.order > update.command.order && mayUseIndexOf(c, 'apt'));
        const keep = !installsAfter || readLater(run) || hasMountTouching(run, APT_LISTS);
        const fix = keep ? undefined : appendCommandFix(model, run, CLEANUP, 'safe');
        context.report({
          range: update.subcommand!.range,
          message: `Delete the apt lists after installing: end this RUN with \`${CLEANUP}\``,
          ...(fix && { fix }),
        });
      },
    };
  },
});
