import { defineRule } from '../../src/engine/define-rule.js';
import type { Fix } from '../../src/engine/types.js';
import type { Flag, Instruction } from '../../src/model/types.js';

/** The spellings BuildKit's RedundantTargetPlatform check and hadolint both recognise. */
const TARGET_PLATFORM = new Set(['$TARGETPLATFORM', '${TARGETPLATFORM}']);

/** Removes the flag and the blank that follows it, up to the next flag or the image. */
function removeFlag(from: Instruction, flag: Flag): Fix {
  const next = from.flags[from.flags.indexOf(flag) + 1]?.range.start ?? from.argsRange?.start ?? flag.range.end;
  return { description: 'Remove `--platform`', safety: 'safe', edits: [{ range: { start: flag.range.start, end: next }, text: '' }] };
}

export default defineRule({
  code: 'DL3065',
  name: 'no-redundant-target-platform',
  aliases: ['RedundantTargetPlatform'],
  severity: 'warning',
  category: 'style',
  fixable: 'safe',
  editorTag: 'unnecessary',
  docs: {
    summary: '`FROM --platform=$TARGETPLATFORM` is redundant',
    why:
      'A stage is built for the target platform unless `--platform` says otherwise, so ' +
      '`--platform=$TARGETPLATFORM` only adds noise, and suggests to readers that it changes something. ' +
      'Use `--platform` for the stages that must run elsewhere, such as `--platform=$BUILDPLATFORM` for ' +
      'cross-compiling builders.',
    bad: 'FROM --platform=$TARGETPLATFORM alpine:3.20',
    good: 'FROM alpine:3.20',
    fixed: 'FROM alpine:3.20',
    fixSafety: 'The fix removes the `--platform` flag; the stage is then built for the target platform, as before.',
    differences:
      'BuildKit\'s RedundantTargetPlatform also reports a value that only a modifier wraps around ' +
      '`TARGETPLATFORM` (`${TARGETPLATFORM:-linux/amd64}`), since that variable is always set; dflint ' +
      'keeps hadolint\'s DL3065 and reports only `$TARGETPLATFORM` and `${TARGETPLATFORM}`, quoted or ' +
      'not. BuildKit places its warning on the `FROM`; dflint on the flag\'s value, which is on the ' +
      'same line unless the flag is on a continuation line.',
    references: [
      'https://docs.docker.com/reference/build-checks/redundant-target-platform/',
      'https://docs.docker.com/build/building/multi-platform/',
    ],
  },
  create(context) {
    return {
      FROM(from) {
        const flag = from.flags.find((f) => f.name === 'platform');
        if (!flag?.value || !flag.valueRange || !TARGET_PLATFORM.has(flag.value)) return;
        context.report({
          range: flag.valueRange,
          message: '`--platform=$TARGETPLATFORM` is the default: remove it',
          fix: removeFlag(from, flag),
        });
      },
    };
  },
});
