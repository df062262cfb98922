import { defineRule } from '../../src/engine/define-rule.js';
import { firstPipeWithoutPipefail, runsUnderShell, shellSetsPipefail, stageShIsAsh } from '../../src/rule-kit/pipefail.js';

export default defineRule({
  code: 'DL4006',
  name: 'require-pipefail',
  aliases: [],
  severity: 'warning',
  category: 'correctness',
  fixable: false,
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
    return {
      RUN(run) {
        if (!run.shell?.hasPipe) return;
        if (runsUnderShell(run) && shellSetsPipefail(model.shellAt(run), stageShIsAsh(model, run))) return;
        const pipe = firstPipeWithoutPipefail(run.shell);
        if (!pipe) return;
        context.report({
          range: { start: pipe.left.range.start, end: pipe.right.range.end },
          message:
            `Set \`-o pipefail\` before this pipe (\`SHELL ["/bin/bash", "-o", "pipefail", "-c"]\` or \`set -o pipefail\`): ` +
            `otherwise a failing \`${pipe.left.basename || pipe.left.nameWord.raw}\` does not fail the build`,
        });
      },
    };
  },
});
