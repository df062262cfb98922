import { defineRule } from '../../src/engine/define-rule.js';
import { positionals } from '../../src/rule-kit/commands.js';
import { programsNamed } from '../../src/rule-kit/programs.js';
import { baseImageOf } from '../../src/rule-kit/stages.js';

/** Where the default shell lives (`/usr/bin/sh` is the same file on merged-/usr systems). */
const DEFAULT_SHELL_PATHS = ['/bin/sh', '/usr/bin/sh'];

/** `ln` options that take a separate value word. */
const LN_VALUE_FLAGS = ['-S', '--suffix', '-t', '--target-directory'];

export default defineRule({
  code: 'DL4005',
  name: 'prefer-shell-instruction',
  aliases: [],
  severity: 'warning',
  category: 'maintainability',
  fixable: false,
  onbuild: true,
  docs: {
    summary: 'Use `SHELL` to change the default shell instead of replacing /bin/sh with `ln`',
    why:
      'Linking another shell over /bin/sh changes the shell of every program in the image, system ' +
      'scripts included, which may rely on the original /bin/sh. The `SHELL` instruction changes ' +
      'only the shell that later RUN, CMD and ENTRYPOINT instructions of the Dockerfile use.',
    bad: 'FROM debian:12\nRUN ln -sf /bin/bash /bin/sh',
    good: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]',
    references: ['https://docs.docker.com/reference/dockerfile/#shell', 'https://github.com/hadolint/hadolint/wiki/DL4005'],
    differences:
      'hadolint reports an `ln` with `/bin/sh` anywhere among its arguments, so ' +
      '`ln -s /bin/sh /usr/local/bin/shell` (a link to sh, which changes no shell) is reported; ' +
      'dflint reports only an `ln` whose link is /bin/sh (or /usr/bin/sh): the last of two or more ' +
      'operands. In a stage built on `scratch` there is no shell to replace, so linking one in as ' +
      '/bin/sh (`RUN ["/busybox/ln", "-s", "/busybox/sh", "/bin/sh"]`) is not reported.',
  },
  create(context) {
    return {
      RUN(run) {
        // A stage built on scratch has no /bin/sh: linking one in installs a shell, it replaces none.
        const stage = context.model.stageOf(run);
        if (!run.onbuild && stage && baseImageOf(stage).isScratch) return;
        for (const command of programsNamed(run, 'ln')) {
          const operands = positionals(command, LN_VALUE_FLAGS);
          const link = operands.length >= 2 ? operands[operands.length - 1] : undefined;
          if (!link?.value || !DEFAULT_SHELL_PATHS.includes(link.value.replace(/(?<!\/)\/+$/, ''))) continue;
          context.report({
            range: link.range,
            message: 'Use `SHELL ["/bin/bash", "-c"]` to change the shell of RUN instead of replacing `/bin/sh`',
          });
        }
      },
    };
  },
});
