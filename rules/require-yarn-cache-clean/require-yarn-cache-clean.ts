import { defineRule } from '../../src/engine/define-rule.js';
import type { ShellCommand, ShellWord } from '../../src/model/shell/types.js';
import type { Instruction } from '../../src/model/types.js';
import { appendCommandFix } from '../../src/rule-kit/append-command.js';
import { commandsOf, hasFlag, positionals } from '../../src/rule-kit/commands.js';
import { deletionOf } from '../../src/rule-kit/deletions.js';
import { invokedCommand } from '../../src/rule-kit/invocations.js';
import { cacheMountsOf, hasMountTouching } from '../../src/rule-kit/mounts.js';
import { mayReachImage, SHIPPED_STAGES_DOC } from '../../src/rule-kit/shipping.js';

/** yarn options that take the next word as their value. */
const YARN_VALUE_FLAGS = ['--cwd', '--modules-folder', '--cache-folder', '--network-timeout', '--mutex', '--registry'];

/** Where yarn 1 keeps its cache for root: in the node images, and in root's home elsewhere. */
const ROOT_CACHE = '/usr/local/share/.cache/yarn';
const ROOT_HOME_CACHE = '/root/.cache/yarn';
const CLEANUP = 'yarn cache clean';
/** A cache mount whose target holds a yarn cache: a home's `.cache` or `.cache/yarn`, yarn 2+'s `.yarn/berry`. */
const CACHE_MOUNT_TARGET = /(?:\/\.cache(?:\/yarn)?|\/\.yarn\/berry(?:\/cache)?)\/*$/;

interface YarnCall {
  readonly command: ShellCommand;
  /** The word to report: the subcommand, or `yarn` itself for a bare `yarn`. */
  readonly word: ShellWord;
  readonly words: readonly (string | undefined)[];
}

function yarnCalls(run: Instruction): YarnCall[] {
  return commandsOf(run).flatMap((written) => {
    const command = invokedCommand(written);
    if (command.basename !== 'yarn') return [];
    const args = positionals(command, YARN_VALUE_FLAGS);
    return [{ command, word: args[0] ?? command.nameWord, words: args.map((w) => w.value) }];
  });
}

/** `yarn install`, a bare `yarn` (which installs), `yarn add` and `yarn global add`: they fill the cache. */
function fillsCache(call: YarnCall): boolean {
  const [first, second] = call.words;
  if (first === undefined) return call.words.length === 0 && !hasFlag(call.command, '--version', '-v', '--help', '-h');
  return first === 'install' || first === 'add' || (first === 'global' && second === 'add');
}

function cleansCache(call: YarnCall): boolean {
  return call.words[0] === 'cache' && call.words[1] === 'clean';
}

/** An install told to use another cache folder, which a plain `yarn cache clean` would not clean. */
function usesOtherCache(call: YarnCall): boolean {
  return hasFlag(call.command, '--cache-folder') || call.command.assignments.some((w) => w.raw.startsWith('YARN_CACHE_FOLDER='));
}

function cacheMounted(run: Instruction): boolean {
  return cacheMountsOf(run).some((m) => m.target.startsWith(ROOT_CACHE) || CACHE_MOUNT_TARGET.test(m.target));
}

export default defineRule({
  code: 'DL3060',
  name: 'require-yarn-cache-clean',
  aliases: [],
  severity: 'info',
  category: 'performance',
  fixable: 'unsafe',
  onbuild: true,
  docs: {
    summary: 'Run `yarn cache clean` in the RUN that runs `yarn install`',
    why:
      'yarn keeps a copy of every package it downloads in its cache (/usr/local/share/.cache/yarn ' +
      'for root in the node images), often hundreds of megabytes that nothing uses at run time. ' +
      'Clean it at the end of the same RUN, since a later RUN cannot shrink the layer, or keep ' +
      'it out of the image with a cache mount (`RUN --mount=type=cache,target=/usr/local/share/.cache/yarn`).\n\n' +
      SHIPPED_STAGES_DOC,
    bad: 'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile',
    good: 'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile && yarn cache clean',
    fixed: 'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile && yarn cache clean',
    fixSafety:
      'The fix appends `&& yarn cache clean` to the RUN (on a new continued line when the RUN is ' +
      'written one command per line; before the terminator of a `RUN <<EOF` script that runs with ' +
      '`set -e`). It is unsafe: with yarn 1, the yarn of the node images, packages are copied from ' +
      'the cache into node_modules and the cache can go, but yarn 2 and later with Plug\'n\'Play ' +
      'load the packages from the zip files of the cache at run time (`.yarn/cache`, or the global ' +
      'cache by default in yarn 4), so cleaning it breaks the application. Which yarn runs depends ' +
      'on the project (its `packageManager` field, `.yarnrc.yml`), which a Dockerfile does not ' +
      'show. No fix when the install uses another cache folder (`--cache-folder`, ' +
      '`YARN_CACHE_FOLDER=`) or a mount covers the cache, for exec form, a RUN whose last command runs in the background ' +
      '(`&`), a RUN mixing commands with heredocs, or one that runs `sudo`.',
    references: ['https://classic.yarnpkg.com/en/docs/cli/cache'],
    differences:
      'hadolint checks `yarn install` only, and accepts any `yarn` with a `cache` or `clean` ' +
      'argument (`yarn cache list` too); dflint also checks a bare `yarn` (which installs), ' +
      '`yarn add` and `yarn global add`, needs `yarn cache clean` (or an `rm` of the cache folder) ' +
      'after the last of them, and accepts cache mounts on a home\'s `.cache`, ' +
      '`/usr/local/share/.cache/yarn` or yarn 2\'s `.yarn/berry` (hadolint: a target containing ' +
      '`.cache/yarn`). hadolint checks the last stage and any stage whose name appears in a later ' +
      'FROM; dflint checks the stages whose yarn cache can reach the final image (see above), so ' +
      'a build stage whose `dist` or `node_modules` alone is copied out is not reported.',
  },
  create(context) {
    const { model } = context;
    return {
      RUN(run) {
        const calls = yarnCalls(run);
        const install = calls.filter(fillsCache).at(-1);
        if (!install) return;
        if (!mayReachImage(model, run, [ROOT_CACHE, ROOT_HOME_CACHE])) return;
        if (cacheMounted(run)) return;
        const after = install.command.order;
        if (calls.some((c) => c.command.order > after && cleansCache(c))) return;
        if ([ROOT_CACHE, ROOT_HOME_CACHE].some((path) => deletionOf(model, run, path, after))) return;
        const keep = usesOtherCache(install) || hasMountTouching(run, ROOT_CACHE, ROOT_HOME_CACHE);
        const fix = keep ? undefined : appendCommandFix(model, run, CLEANUP, 'unsafe');
        context.report({
          range: install.word.range,
          message: `Clean the yarn cache after installing: end this RUN with \`${CLEANUP}\``,
          ...(fix && { fix }),
        });
      },
    };
  },
});
