import { defineRule } from '../../src/engine/define-rule.js';
import type { Fix, TextEdit } from '../../src/engine/types.js';
import { DEFAULT_SHELL, dialectOf } from '../../src/model/shells.js';
import type { Instruction, Model, Stage } from '../../src/model/types.js';
import { insertBefore } from '../../src/rule-kit/fixes.js';
import { pipefailShellOf } from '../../src/rule-kit/image-shells.js';
import { firstPipeWithoutPipefail, runsUnderShell, shellSetsPipefail, stageShIsAsh } from '../../src/rule-kit/pipefail.js';
import { baseImageOf, stageLineage } from '../../src/rule-kit/stages.js';

/** The last argument of a POSIX SHELL, which takes the script: `-c`, or `-ec` and the like. */
const SCRIPT_FLAG = /^-[a-zA-Z]*c$/;

/** Shells that know `-o pipefail` everywhere; `sh` knows it only where it is BusyBox ash. */
const PIPEFAIL_DIALECTS = new Set(['bash', 'zsh', 'ksh', 'ash']);

/** `/bin/sh`, `sh`, `/bin/dash`: a plain POSIX shell that may not know pipefail. */
const PLAIN_SH = /^(?:\/usr)?(?:\/bin\/)?(?:sh|dash)$/;

const DESCRIPTION = 'Run the stage\'s RUN scripts with `-o pipefail`';

/**
 * Adds `"-o", "pipefail"` to an exec-form SHELL before its final `-c`; a plain `/bin/sh` or
 * dash (which may reject the option) becomes `program`, a shell the image is known to ship.
 */
function editShell(shell: Instruction, program: string | undefined): Fix | undefined {
  const exec = shell.exec;
  const last = exec?.[exec.length - 1];
  if (!exec || !last || exec.length < 2 || !SCRIPT_FLAG.test(last.value)) return undefined;
  const argv = exec.map((s) => s.value);
  const edits: TextEdit[] = [];
  if (PLAIN_SH.test(argv[0]!)) {
    if (program === undefined) return undefined;
    edits.push({ range: exec[0]!.range, text: JSON.stringify(program) });
  } else if (!PIPEFAIL_DIALECTS.has(dialectOf(argv) ?? '')) {
    return undefined;
  }
  if (!argv.includes('pipefail')) edits.push({ range: { start: last.range.start, end: last.range.start }, text: '"-o", "pipefail", ' });
  return { description: DESCRIPTION, safety: 'unsafe', edits };
}

/**
 * The fix for a RUN that needs pipefail: under the default shell, a
 * `SHELL [<shell>, "-o", "pipefail", "-c"]` before `first` (the stage's first RUN reported under
 * it), with a shell the base image is known to ship; under an exec-form SHELL, that SHELL edited
 * (see `editShell`). Every such RUN of a stage gets the same edit, so one application fixes all.
 */
function pipefailFix(model: Model, stage: Stage, run: Instruction, first: Instruction): Fix | undefined {
  const program = pipefailShellOf(baseImageOf(stage));
  const shell = model.shellAt(run);
  if (shell.instruction) return editShell(shell.instruction, program);
  // A shell pragma names the shell some other way; only the default one is known here.
  if (shell !== DEFAULT_SHELL || program === undefined) return undefined;
  return { description: DESCRIPTION, safety: 'unsafe', edits: [insertBefore(model, first, `SHELL ["${program}", "-o", "pipefail", "-c"]`)] };
}

export default defineRule({
  code: 'DL4006',
  name: 'require-pipefail',
  aliases: [],
  severity: 'warning',
  category: 'correctness',
  fixable: 'unsafe',
  docs: {
    summary: 'Set `-o pipefail` before a RUN with a pipe',
    why:
      'A pipeline fails only when its last command fails: in `curl -fsSL $URL | tar -xz`, a failed ' +
      'download still lets the step succeed with a broken result. With the `pipefail` option the ' +
      'pipeline fails when any command in it fails. Set it for every RUN with ' +
      '`SHELL ["/bin/bash", "-o", "pipefail", "-c"]`, or at the start of the script with ' +
      '`set -o pipefail`. On Alpine and BusyBox images, whose /bin/sh is ash, ' +
      '`SHELL ["/bin/sh", "-o", "pipefail", "-c"]` works too; Debian\'s /bin/sh (dash) rejects ' +
      'the option. A pipe whose left side cannot fail (`echo "$SHA256 *app.tgz" | sha256sum -c -`, ' +
      '`printf ... | tee`) is not reported: pipefail changes nothing there.',
    bad: 'FROM debian:12\nRUN curl -fsSL https://example.com/app.tgz | tar -xz',
    good: 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/app.tgz | tar -xz',
    fixed: 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/app.tgz | tar -xz',
    fixSafety:
      'Unsafe. Under the default shell the fix inserts `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` ' +
      'before the stage\'s first RUN with such a pipe, only where the base image is known to ship ' +
      'bash (Debian, Ubuntu, the Red Hat family and the official images built on them, `-slim` tags ' +
      'included); on Alpine and BusyBox it inserts `SHELL ["/bin/ash", "-o", "pipefail", "-c"]`, the ' +
      'same BusyBox shell as /bin/sh. With an exec-form SHELL of bash, zsh, ksh or ash it adds ' +
      '`"-o", "pipefail"` before the final `-c`, and a `/bin/sh` SHELL becomes the shell above. ' +
      'Unknown images (variables, private images, distroless, Windows) and shell pragmas get no fix. ' +
      'It is unsafe because the build changes: a pipeline whose left side fails now fails the ' +
      'build (that is the point, but an image that built before may not build now), and a new SHELL ' +
      'applies to every later RUN and shell-form CMD, ENTRYPOINT and HEALTHCHECK of the stage, and ' +
      'to stages built on it, which now run under bash instead of dash, so scripts relying on ' +
      'dash behaviour (`echo` with backslashes, for one) may act differently.',
    references: ['https://github.com/hadolint/hadolint/wiki/DL4006', 'https://www.gnu.org/software/bash/manual/bash.html#Pipelines'],
    differences:
      'hadolint reports any pipe, including ones whose left side is `echo` or `printf`, such as the ' +
      'checksum test of the official images, `echo "$PHP_SHA256 *php.tar.xz" | sha256sum -c -`: ' +
      'the pipeline fails exactly when `sha256sum` fails, with or without pipefail, so dflint does ' +
      'not report it (about a third of hadolint\'s DL4006 findings on our corpus are only such ' +
      'pipes). hadolint ignores `set -o pipefail` in the RUN itself, so `RUN set -eo pipefail; curl URL | tar -x` ' +
      'is reported; dflint accepts a `set -o pipefail` (also `-eo`, `-euxo`) run by the script\'s own ' +
      'shell before the first pipe. hadolint rejects `SHELL ["/bin/sh", "-o", "pipefail", "-c"]` ' +
      'everywhere; dflint accepts it on images whose /bin/sh is BusyBox ash (`alpine`, `busybox`, ' +
      'tags containing `alpine`), where it works, and still reports it elsewhere (dash rejects it). ' +
      'dflint also accepts `ksh`/`mksh` with `-o pipefail`. hadolint parses exec-form RUN ' +
      '(`RUN ["sh", "-c", "a | b"]`) and the scripts of `sh -c \'a | b\'` as if the SHELL ran them; ' +
      'dflint does not report pipes that another shell runs, since the SHELL\'s options do not reach ' +
      'them. A heredoc RUN with a shebang runs its own interpreter, so only its own `set -o pipefail` ' +
      'counts. hadolint forgets the SHELL at every FROM; dflint keeps it for a stage built on an ' +
      'earlier one (`FROM base`), which inherits it as BuildKit does. The `# hadolint shell=` pragma is honoured (hadolint reads it only for ShellCheck), ' +
      'and scripts under a non-POSIX SHELL (PowerShell, cmd) are not judged.',
  },
  create(context) {
    const { model } = context;
    // Per stage, the first RUN reported under the default shell: where the SHELL goes. A stage
    // built on one that gets it inherits it, so it shares that edit.
    const firstInStage = new Map<Stage, Instruction>();
    const firstUnderDefault = (stage: Stage, run: Instruction) => {
      const owner = stageLineage(stage).find((s) => firstInStage.has(s));
      if (owner) return firstInStage.get(owner)!;
      firstInStage.set(stage, run);
      return run;
    };
    return {
      RUN(run) {
        if (!run.shell?.hasPipe) return;
        if (runsUnderShell(run) && shellSetsPipefail(model.shellAt(run), stageShIsAsh(model, run))) return;
        const pipe = firstPipeWithoutPipefail(run.shell);
        if (!pipe) return;
        const stage = model.stageOf(run);
        const first = stage && model.shellAt(run) === DEFAULT_SHELL ? firstUnderDefault(stage, run) : run;
        const fix = stage && runsUnderShell(run) ? pipefailFix(model, stage, run, first) : undefined;
        context.report({
          range: { start: pipe.left.range.start, end: pipe.right.range.end },
          message:
            `Set \`-o pipefail\` before this pipe (\`SHELL ["/bin/bash", "-o", "pipefail", "-c"]\` or \`set -o pipefail\`): ` +
            `otherwise a failing \`${pipe.left.basename || pipe.left.nameWord.raw}\` does not fail the build`,
          ...(fix ? { fix } : {}),
        });
      },
    };
  },
});
