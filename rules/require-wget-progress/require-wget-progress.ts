import { defineRule } from '../../src/engine/define-rule.js';
import type { ShellCommand } from '../../src/model/shell/types.js';
import { hasFlag } from '../../src/rule-kit/commands.js';
import { programsNamed } from '../../src/rule-kit/programs.js';

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

export default defineRule({
  code: 'DL3047',
  name: 'require-wget-progress',
  aliases: [],
  severity: 'info',
  category: 'maintainability',
  fixable: false,
  onbuild: true,
  docs: {
    summary: 'Give `wget` a progress option (`--progress=dot:giga`, `-nv` or `-q`)',
    why:
      'Without a terminal, wget prints a progress line for every few kilobytes it downloads: a large ' +
      'file floods the build log with thousands of lines. `--progress=dot:giga` keeps a short ' +
      'progress report, `-nv` prints one line per file and `-q` nothing.',
    bad: 'FROM debian:12\nRUN wget https://example.com/app.tar.gz',
    good: 'FROM debian:12\nRUN wget --progress=dot:giga https://example.com/app.tar.gz',
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
          context.report({
            range: command.nameWord.range,
            message: 'Add `--progress=dot:giga` (or `-nv`, `-q`) to `wget`: its default progress output floods the build log',
          });
        }
      },
    };
  },
});
