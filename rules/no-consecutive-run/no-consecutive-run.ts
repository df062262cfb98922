import { defineRule } from '../../src/engine/define-rule.js';
import type { Instruction } from '../../src/model/types.js';
import { sameRunFlags } from '../../src/rule-kit/run-flags.js';

/** A RUN that could be merged with a neighbour: one command, no heredoc, a POSIX shell. */
function isSingleCommand(run: Instruction): boolean {
  return run.heredocs.length === 0 && run.shell !== undefined && run.shell.topLevelCommandCount <= 1;
}

export default defineRule({
  code: 'DL3059',
  name: 'no-consecutive-run',
  aliases: [],
  severity: 'info',
  category: 'performance',
  fixable: false,
  docs: {
    summary: 'Merge consecutive single-command `RUN` instructions',
    why:
      'Each `RUN` adds a layer and a build step. Two neighbouring `RUN`s that each run one command ' +
      'with the same flags can usually be one `RUN` joined with `&&`, which makes the image smaller ' +
      'and the build faster. `RUN`s that already chain several commands are left alone: splitting ' +
      'them is usually a deliberate choice for layer caching.',
    bad: 'FROM debian:12\nRUN /setup.sh\nRUN /configure.sh',
    good: 'FROM debian:12\nRUN /setup.sh && /configure.sh',
    references: ['https://docs.docker.com/build/building/best-practices/#run'],
    differences:
      'hadolint counts every command, including those inside `$(...)`, so `RUN echo $(date)` counts as ' +
      'two commands and exempts its neighbours; dflint counts the commands the shell runs at the top ' +
      'level. RUNs written with a heredoc are never reported, nor are their neighbours: a heredoc cannot ' +
      'be joined to another RUN with `&&` (hadolint reports them, hadolint#805). RUNs under a non-POSIX ' +
      '`SHELL` (PowerShell, cmd) are not reported, since their commands cannot be counted. Flags are ' +
      'compared by meaning, so `--mount=target=/x,type=cache` equals `--mount=type=cache,target=/x`.',
  },
  create(context) {
    return {
      RUN(run) {
        const previous = context.model.instructions[run.index - 1];
        if (!previous || previous.kind !== 'RUN' || previous.stageIndex !== run.stageIndex) return;
        if (!isSingleCommand(previous) || !isSingleCommand(run)) return;
        if (!sameRunFlags(previous, run)) return;
        context.report({
          range: run.keywordRange,
          message: 'Multiple consecutive `RUN` instructions: join this command to the previous `RUN` with `&&`',
        });
      },
    };
  },
});
