import { defineRule } from '../../src/engine/define-rule.js';
import { hasFlag } from '../../src/rule-kit/commands.js';
import { deletionOf } from '../../src/rule-kit/deletions.js';
import { insertArgumentAfter } from '../../src/rule-kit/fixes.js';
import { hasCacheMountOn } from '../../src/rule-kit/mounts.js';
import { packageCommands } from '../../src/rule-kit/package-managers.js';
import { mayReachImage, SHIPPED_STAGES_DOC } from '../../src/rule-kit/shipping.js';

/** Where apk keeps the package index (and, when enabled, downloaded packages). */
const APK_CACHE = '/var/cache/apk';
/** The folder that turns apk's package cache on, usually a link to /var/cache/apk. */
const APK_CACHE_LINK = '/etc/apk/cache';

export default defineRule({
  code: 'DL3019',
  name: 'require-apk-no-cache',
  aliases: [],
  severity: 'info',
  category: 'performance',
  fixable: 'safe',
  onbuild: true,
  docs: {
    summary: 'Use `apk add --no-cache`',
    why:
      '`apk add` keeps the package index it downloaded in /var/cache/apk, so the layer ships an ' +
      'index that is useless at run time and stale soon after. `--no-cache` fetches the index ' +
      'into a temporary place and discards it, which replaces `apk update` before the install ' +
      'and `rm -rf /var/cache/apk/*` after it.\n\n' + SHIPPED_STAGES_DOC,
    bad: 'FROM alpine:3.20\nRUN apk update && apk add curl',
    good: 'FROM alpine:3.20\nRUN apk add --no-cache curl',
    fixed: 'FROM alpine:3.20\nRUN apk update && apk add --no-cache curl',
    fixSafety:
      'The fix inserts `--no-cache` after `add`. It is safe: the same packages are installed, from ' +
      'a freshly downloaded index instead of a cached one, and nothing is left in /var/cache/apk ' +
      'by that command (an `apk update` elsewhere in the RUN still writes its index).',
    references: ['https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper#Add_a_Package'],
    differences:
      'hadolint accepts only `--no-cache` or a cache/tmpfs mount whose target contains ' +
      '/var/cache/apk. dflint also accepts `rm -rf /var/cache/apk/*` (or a parent folder) later in ' +
      'the same RUN, since the layer then holds no cache either, and a cache mount on ' +
      '/etc/apk/cache, where a user who enabled apk\'s package cache deliberately keeps packages ' +
      '(`--no-cache` would bypass that cache). A mount counts when its target is /var/cache/apk or ' +
      'a parent of it, not any path containing those words. `apk add --no-network` downloads no ' +
      'index and is not reported (hadolint reports it). `apk add` run through `xargs` or `sudo` is checked too. ' +
      'hadolint checks every stage; dflint only the stages whose apk cache can reach the final ' +
      'image (see above), so a builder stage whose results alone are copied out is not reported.',
  },
  create(context) {
    return {
      RUN(run) {
        if (!mayReachImage(context.model, run, [APK_CACHE])) return;
        if (hasCacheMountOn(run, APK_CACHE) || hasCacheMountOn(run, APK_CACHE_LINK)) return;
        const calls = packageCommands(run).filter((c) => c.tool === 'apk');
        const lastWriter = calls.filter((c) => c.action !== 'del').at(-1);
        if (lastWriter && deletionOf(context.model, run, APK_CACHE, lastWriter.command.order)) return;
        for (const add of calls) {
          // `--no-network` installs from what is already on disk and downloads no index.
          if (add.action !== 'add' || hasFlag(add.command, '--no-cache', '--no-network')) continue;
          const word = add.subcommand!;
          context.report({
            range: word.range,
            message: 'Use `apk add --no-cache` so the package index is not kept in the image',
            fix: {
              description: 'Insert `--no-cache` after `add`',
              safety: 'safe',
              edits: [insertArgumentAfter(run, word, '--no-cache')],
            },
          });
        }
      },
    };
  },
});
