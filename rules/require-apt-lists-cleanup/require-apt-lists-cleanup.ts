import { defineRule } from '../../src/engine/define-rule.js';
import { APT_LISTS } from '../../src/rule-kit/apt.js';
import { deletionOf } from '../../src/rule-kit/deletions.js';
import { hasCacheMountOn } from '../../src/rule-kit/mounts.js';
import { packageCommands } from '../../src/rule-kit/package-managers.js';
import { shipsLayers } from '../../src/rule-kit/stages.js';

/** apt ≥ 2.7 subcommands that delete the lists themselves. */
const DISTCLEAN = ['distclean', 'dist-clean'];

export default defineRule({
  code: 'DL3009',
  name: 'require-apt-lists-cleanup',
  aliases: [],
  severity: 'info',
  category: 'performance',
  fixable: false,
  onbuild: true,
  docs: {
    summary: 'Delete the apt lists in the RUN that runs `apt-get update`',
    why:
      '`apt-get update` downloads the package index into /var/lib/apt/lists: tens of megabytes ' +
      'that nothing uses at run time. Deleting them in a later RUN does not help, since the layer ' +
      'that added them is already in the image, so remove them at the end of the same RUN ' +
      '(`rm -rf /var/lib/apt/lists/*`), or keep them out of the image with a cache mount. ' +
      '`apt-get clean` does not delete the lists. Only stages that end up in the image are ' +
      'checked: the last stage and the stages it is built on, plus ONBUILD triggers.',
    bad: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl',
    good: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*',
    references: ['https://docs.docker.com/build/building/best-practices/#apt-get'],
    differences:
      'hadolint accepts any `rm` with `-rf`, so `rm -rf /tmp/x` silences it; dflint needs an `rm` ' +
      '(or `find ... -delete`) whose path covers /var/lib/apt/lists (`/var/lib/apt/lists/*`, ' +
      '`/var/lib/apt/lists`, `/var/lib/apt`; not `/var/lib/apt/lists/partial`), or ' +
      '`apt-get distclean`, after the last `update` of the RUN. A path that expands at run time ' +
      'counts unless its literal start rules it out. A cache or tmpfs mount counts when its target ' +
      'is /var/lib/apt/lists or a parent (hadolint: any target containing /var/lib/apt/lists, or ' +
      'mounts containing both /var/lib/apt and /var/cache/apt). hadolint checks the last stage and ' +
      'any stage whose name appears in a later FROM; dflint checks the last stage and the stages ' +
      'it is built on, transitively, since other stages ship no layers in the default build. ' +
      '`apt-get update` run through `sudo` or `env` is checked too.',
  },
  create(context) {
    const { model } = context;
    return {
      RUN(run) {
        const calls = packageCommands(run).filter((c) => c.family === 'apt');
        const update = calls.filter((c) => c.refreshesIndex).at(-1);
        if (!update) return;
        if (!run.onbuild) {
          const stage = model.stageOf(run);
          if (stage && !shipsLayers(model, stage)) return;
        }
        if (hasCacheMountOn(run, APT_LISTS)) return;
        if (deletionOf(model, run, APT_LISTS, update.command.order)) return;
        if (calls.some((c) => c.command.order > update.command.order && c.action !== undefined && DISTCLEAN.includes(c.action))) return;
        context.report({
          range: update.subcommand!.range,
          message: 'Delete the apt lists after installing: end this RUN with `rm -rf /var/lib/apt/lists/*`',
        });
      },
    };
  },
});
