import { defineRule } from '../../src/engine/define-rule.js';
import type { ShellCommand } from '../../src/model/shell/types.js';
import type { Fix } from '../../src/engine/types.js';
import type { Instruction, Model } from '../../src/model/types.js';
import { hasFlag } from '../../src/rule-kit/commands.js';
import { insertArgumentAfter } from '../../src/rule-kit/fixes.js';
import { hasBusyboxShell } from '../../src/rule-kit/pipefail.js';
import { programsNamed } from '../../src/rule-kit/programs.js';
import { baseImageOf } from '../../src/rule-kit/stages.js';

/** Options that choose the progress display, or silence or divert wget's log. */
const QUIET_FLAGS = ['--progress', '-q', '--quiet', '--no-verbose', '-o', '--output-file', '-a', '--append-output'];

/** wget logs to standard error; sending it elsewhere (`2>/dev/null`, `&>log`) silences it too. */
function divertsStandardError(command: ShellCommand): boolean {
  return command.redirects.some((r) => (r.fd === 2 && r.operator.includes('>')) || r.operator.startsWith('&>'));
}

function isQuiet(command: ShellCommand): boolean {
  // `-nv` is one option, not `-n -v`.
  return hasFlag(command, ...QUIET_FLAGS) || command.args.some((w) => w.value === '-nv') || divertsStandardError(command);
}

const PROGRESS = '--progress=dot:giga';

/**
 * The fix that inserts `--progress=dot:giga`: none where wget is likely BusyBox's (Alpine and
 * BusyBox images), which rejects the option, or inside the `sh -c` string of an exec-form RUN;
 * unsafe when the base image is not known (a variable). An ONBUILD trigger runs in an image built
 * on this one, so on the same base image.
 */
function progressFix(model: Model, run: Instruction, command: ShellCommand): Fix | undefined {
  if (run.form === 'exec' && command.order > 0) return undefined;
  const stage = model.stageOf(run.onbuild ?? run);
  const image = stage && baseImageOf(stage);
  if (image && hasBusyboxShell(image)) return undefined;
  const known = image !== undefined && image.isResolved && !image.isScratch;
  return { description: `Insert \`${PROGRESS}\` after \`wget\``, safety: known ? 'safe' : 'unsafe', edits: [insertArgumentAfter(run, command.nameWord, PROGRESS)] };
}

export default defineRule({
  code: 'DL3047',
  name: 'require-wget-progress',
  aliases: [],
  severity: 'info',
  category: 'maintainability',
  fixable: 'safe',
  onbuild: true,
  docs: {
    summary: 'Give `wget` a progress option (`--progress=dot:giga`, `-nv` or `-q`)',
    why:
      'Without a terminal, wget prints a progress line for every few kilobytes it downloads: a large ' +
      'file floods the build log with thousands of lines. `--progress=dot:giga` keeps a short ' +
      'progress report, `-nv` prints one line per file and `-q` nothing.',
    bad: 'FROM debian:12\nRUN wget https://example.com/app.tar.gz',
    good: 'FROM debian:12\nRUN wget --progress=dot:giga https://example.com/app.tar.gz',
    fixed: 'FROM debian:12\nRUN wget --progress=dot:giga https://example.com/app.tar.gz',
    fixSafety:
      'The fix inserts `--progress=dot:giga` after `wget`. It is safe where wget is GNU wget: ' +
      'only the build log changes, the downloaded files are the same. BusyBox wget, the `wget` of ' +
      'Alpine and BusyBox images, rejects the option and the build would fail, so no fix is ' +
      'offered in a stage built on such an image (`alpine`, `busybox`, a tag with `alpine`); the ' +
      'fix is unsafe when the base image is not known (a variable, or `scratch` with a copied ' +
      'wget). No fix inside the `sh -c` string of an exec-form RUN.',
    references: ['https://github.com/hadolint/hadolint/wiki/DL3047'],
    differences:
      'hadolint also accepts `-q`, `-nv`, `-o` and `-a`, as dflint does; dflint in addition accepts ' +
      'a wget whose standard error is redirected (`wget URL 2>/dev/null`, `&> log`), since the ' +
      'progress lines go there, and looks through `sudo`/`xargs` wrappers.',
  },
  create(context) {
    return {
      RUN(run) {
        for (const command of programsNamed(run, 'wget')) {
          if (isQuiet(command)) continue;
          const fix = progressFix(context.model, run, command);
          context.report({
            range: command.nameWord.range,
            message: 'Add `--progress=dot:giga` (or `-nv`, `-q`) to `wget`: its default progress output floods the build log',
            ...(fix && { fix }),
          });
        }
      },
    };
  },
});
