import { defineRule } from '../../src/engine/define-rule.js';
import type { Comment, Instruction } from '../../src/model/types.js';
import { sameRunFlags } from '../../src/rule-kit/run-flags.js';
import { joinRunFix } from '../../src/rule-kit/run-merge.js';

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
  fixable: 'unsafe',
  docs: {
    summary: 'Merge consecutive single-command `RUN` instructions',
    why:
      'Each `RUN` adds a layer and a build step. Two neighbouring `RUN`s that each run one command ' +
      'with the same flags can usually be one `RUN` joined with `&&`, which makes the image smaller ' +
      'and the build faster. `RUN`s that already chain several commands are left alone: splitting ' +
      'them is usually a deliberate choice for layer caching.',
    bad: 'FROM debian:12\nRUN /setup.sh\nRUN /configure.sh',
    good: 'FROM debian:12\nRUN /setup.sh && /configure.sh',
    fixSafety:
      'The fix appends the second command to the first RUN (` \\` and a new line starting with `&&`) ' +
      'and deletes the second `RUN` line; comment lines between them are kept inside the continuation, ' +
      'where the build skips them. A RUN fails the build when its script exits non-zero. The first RUN ' +
      'runs one command, so `first && second` fails exactly when the first fails (the second then does ' +
      'not run, as the build would have stopped before it) or when the second fails: the same builds ' +
      'fail and the same commands run, with the same flags and `SHELL`. Most fixes are therefore ' +
      'safe (the rule is marked unsafe because some are not). A fix is unsafe where the second command ' +
      'would now see the first one\'s shell: when the first RUN changes the shell (`cd`, `pushd`, `export`, `set`, `umask`, `source`/`.`, `alias`, `shopt`, `trap`, ' +
      '`ulimit`, `unset`, `read`, `eval`, a variable assignment...) or starts a service (`service`, ' +
      '`systemctl`, `/etc/init.d/...`, `nohup`, `setsid`), which apart is stopped at the end of its RUN. ' +
      'No fix is offered when the first RUN ends the shell (`exit`, `exec`: the second would never run), ' +
      'for exec-form RUNs, when the first RUN ends with a comment, `&`, `;` or a compound command ' +
      '(`fi`, `done`, `}`), or when a `# dflint`/`# hadolint` pragma or `# check=` comment lies between ' +
      'the RUNs. The layers change (that is the point): a file the first command creates and the second ' +
      'deletes no longer takes space in the image.',
    fixed: 'FROM debian:12\nRUN /setup.sh \\\n    && /configure.sh',
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
    const { model } = context;
    const commentByLine = new Map<number, Comment>(model.comments.map((c) => [c.range.start.line, c]));
    const commentAt = (line: number) => commentByLine.get(line);
    // A RUN the build rejects stays as it is: joining could hide or move the error.
    const broken = new Set(model.problems.map((p) => p.instruction));
    return {
      RUN(run) {
        const previous = model.instructions[run.index - 1];
        if (!previous || previous.kind !== 'RUN' || previous.stageIndex !== run.stageIndex) return;
        if (!isSingleCommand(previous) || !isSingleCommand(run)) return;
        if (!sameRunFlags(previous, run)) return;
        const fix = broken.has(previous) || broken.has(run) ? undefined : joinRunFix(model, previous, run, commentAt);
        context.report({
          range: run.keywordRange,
          message: 'Multiple consecutive `RUN` instructions: join this command to the previous `RUN` with `&&`',
          ...(fix ? { fix } : {}),
        });
      },
    };
  },
});
