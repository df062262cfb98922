import { defineRule } from '../../src/engine/define-rule.js';
import type { ShellCommand } from '../../src/model/shell/types.js';
import type { Instruction } from '../../src/model/types.js';
import { programsNamed } from '../../src/rule-kit/programs.js';

type Downloader = 'wget' | 'curl';

function otherOf(tool: Downloader): Downloader {
  return tool === 'wget' ? 'curl' : 'wget';
}

export default defineRule({
  code: 'DL4001',
  name: 'no-wget-and-curl',
  aliases: [],
  severity: 'warning',
  category: 'maintainability',
  fixable: false,
  onbuild: true,
  docs: {
    summary: 'Use either `wget` or `curl` in a stage, not both',
    why:
      'Both tools download files. Using both means installing (or relying on) two programs and ' +
      'their dependencies where one does the job, and readers must know two sets of options. ' +
      'Pick one per stage. Once a stage has used both, every RUN from there on that uses either ' +
      'is reported, on its first download command. ONBUILD triggers are judged among themselves.',
    bad: 'FROM debian:12\nRUN wget -nv https://example.com/a.tgz\nRUN curl -fsSLO https://example.com/b.tgz',
    good: 'FROM debian:12\nRUN curl -fsSLO https://example.com/a.tgz\nRUN curl -fsSLO https://example.com/b.tgz',
    references: ['https://github.com/hadolint/hadolint/wiki/DL4001'],
    differences: 'dflint also sees `wget` and `curl` run through `sudo` or `xargs`.',
  },
  create(context) {
    /** Where each tool was first used, separately for the stage's instructions and its ONBUILD triggers. */
    let firstUse = new Map<string, Map<Downloader, ShellCommand>>();
    const check = (run: Instruction): void => {
      const scope = run.onbuild ? 'onbuild' : 'stage';
      const seen = firstUse.get(scope) ?? new Map<Downloader, ShellCommand>();
      firstUse.set(scope, seen);
      const uses = programsNamed(run, 'wget', 'curl');
      for (const use of uses) {
        const tool = use.basename as Downloader;
        if (!seen.has(tool)) seen.set(tool, use);
      }
      const first = uses[0];
      if (!first || seen.size < 2) return;
      const tool = first.basename as Downloader;
      const other = seen.get(otherOf(tool))!;
      context.report({
        range: first.nameWord.range,
        message: `This stage uses both \`wget\` and \`curl\` (\`${otherOf(tool)}\` on line ${other.nameWord.range.start.line + 1}): use one of them`,
      });
    };
    return {
      FROM() {
        firstUse = new Map();
      },
      RUN: check,
    };
  },
});
