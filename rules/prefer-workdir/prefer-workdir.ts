import { defineRule } from '../../src/engine/define-rule.js';
import type { Fix, TextEdit } from '../../src/engine/types.js';
import type { ShellCommand } from '../../src/model/shell/types.js';
import type { Instruction, Model } from '../../src/model/types.js';
import { positionals } from '../../src/rule-kit/commands.js';
import { insertBefore } from '../../src/rule-kit/fixes.js';
import { mountsOf } from '../../src/rule-kit/mounts.js';
import { isWithin } from '../../src/rule-kit/paths.js';
import { programsNamed } from '../../src/rule-kit/programs.js';
import { resolvePath } from '../../src/rule-kit/workdir.js';
import { finalWorkdirMatters, workdirReadAfter } from '../../src/rule-kit/workdir-reads.js';

/**
 * A `cd` that `WORKDIR` could replace: one in the RUN's own shell (not in `( ... )`, `$( ... )`
 * or an `sh -c` script, whose directory change ends with them), not `cd -` (a return), and not
 * to a directory the script computes (`cd "$(mktemp -d)"`), which WORKDIR cannot express.
 */
function replaceableByWorkdir(command: ShellCommand): boolean {
  if (command.inSubshell || command.inSubstitution) return false;
  const target = positionals(command)[0];
  if (target?.value === '-') return false;
  return !(target && /\$\(|`/.test(target.raw));
}

/** A path WORKDIR reads back as the shell does: no quotes, spaces, escapes, globs or variables. */
const PLAIN_PATH = /^[\w./+@%:,=-]+$/;

/**
 * The edits that turn `RUN cd <dir> && <rest>` into `WORKDIR <dir>` and `RUN <rest>`, when the
 * `cd` is the first command of a shell-form script, plainly written, followed by `&&` and
 * whitespace or line continuations only (a comment line or a `{` between is kept, so no fix), and
 * the next `cd` of the script is not `cd -`, which would return elsewhere. A relative directory
 * is written absolute, from the known working directory.
 */
function workdirChange(model: Model, run: Instruction, cd: ShellCommand): { directory: string; edits: TextEdit[] } | undefined {
  const commands = run.shell?.commands ?? [];
  const next = commands[1];
  if (run.form !== 'shell' || commands[0] !== cd || cd.name !== 'cd' || !next || next.connector !== '&&') return undefined;
  if (cd.inPipeline || cd.conditional || next.inSubshell || next.inSubstitution || cd.args.length !== 1 || cd.assignments.length > 0 || cd.redirects.length > 0) return undefined;
  const target = cd.args[0]!;
  if (target.value === undefined || target.raw !== target.value || !PLAIN_PATH.test(target.value)) return undefined;
  if (commands.find((c) => c.order > cd.order && c.name === 'cd')?.args[0]?.value === '-') return undefined;
  const directory = resolvePath(model.workdirAt(run).path, target.value);
  const gap = { start: cd.range.end, end: next.range.start };
  const escape = model.escapeChar === '\\' ? '\\\\' : '`';
  if (directory === undefined || !new RegExp(`^(?:\\s|${escape}\\r?\\n)*&&(?:\\s|${escape}\\r?\\n)*$`).test(model.textOf(gap))) return undefined;
  const edits = [insertBefore(model, run, `WORKDIR ${directory}`), { range: { start: cd.range.start, end: next.range.start }, text: '' }];
  return { directory, edits };
}

/**
 * Whether the directory is (under) a `--mount` target of the RUN: the mount makes it for the
 * RUN alone, while WORKDIR would leave it in the image.
 */
function insideMount(model: Model, run: Instruction, directory: string): boolean {
  const workdir = model.workdirAt(run).path;
  return mountsOf(run).some((m) => {
    const target = m.target === undefined ? undefined : resolvePath(workdir, m.target);
    return target === undefined || isWithin(directory, target);
  });
}

export default defineRule({
  code: 'DL3003',
  name: 'prefer-workdir',
  aliases: [],
  severity: 'warning',
  category: 'maintainability',
  fixable: 'unsafe',
  docs: {
    summary: 'Use `WORKDIR` to switch to a directory instead of `cd` in RUN',
    why:
      'A `cd` lasts only until the end of its RUN, so the next instruction silently runs in the ' +
      'old directory again, and readers must follow the script to know where commands run. ' +
      '`WORKDIR` sets the directory for every later RUN, COPY, CMD and ENTRYPOINT, creates it if ' +
      'needed, and states it where everyone looks. A `cd` inside `( ... )`, `$( ... )` or an ' +
      '`sh -c` script, `cd -`, and `cd` to a directory the script computes are not reported: their ' +
      'scope is deliberate or WORKDIR cannot express them. Only the first `cd` of a RUN is reported.',
    bad: 'FROM node:22\nRUN cd /app && npm ci',
    good: 'FROM node:22\nWORKDIR /app\nRUN npm ci',
    fixed: 'FROM node:22\nWORKDIR /app\nRUN npm ci',
    fixSafety:
      'Unsafe in general, safe in some cases. The fix applies to a RUN that starts with `cd <dir> &&` (a plain path, no quotes or ' +
      'variables; a relative one is written absolute from the known working directory): it puts ' +
      '`WORKDIR <dir>` before the RUN and removes `cd <dir> &&`. The RUN itself runs as before ' +
      '(WORKDIR only adds creating the directory when missing, where the `cd` failed the build). ' +
      'But WORKDIR, unlike `cd`, lasts: every later instruction of the stage runs or resolves ' +
      'relative paths there, and the image starts there. So the fix is safe only when nothing later ' +
      'reads the working directory before an absolute WORKDIR sets it again (no RUN, CMD, ' +
      'ENTRYPOINT, HEALTHCHECK, ONBUILD, VOLUME, relative WORKDIR, or COPY/ADD to a relative ' +
      'destination), and the stage is neither a possible image (the last stage, or one no other ' +
      'stage uses) nor the base of another stage: typically the last RUN of a build stage whose ' +
      'files are copied out. Elsewhere it is unsafe, and also when the directory is a `--mount` ' +
      'target of the RUN, which WORKDIR would leave in the image as an empty folder. No fix when the `cd` is not the first command, ' +
      'is followed by something other than `&&`, has a comment line before the next command, or is ' +
      'followed later by `cd -` (which would go elsewhere), nor in heredoc or exec-form RUNs.',
    references: ['https://docs.docker.com/reference/dockerfile/#workdir', 'https://github.com/hadolint/hadolint/wiki/DL3003'],
    differences:
      'hadolint reports any RUN containing a `cd` command. dflint does not report a `cd` inside a ' +
      'subshell `( ... )`, a command substitution or an `sh -c` script (their directory change ' +
      'ends with them; `(cd src && make)` is the idiomatic scoped form), `cd -`, or a `cd` to a ' +
      'computed directory such as `cd "$(mktemp -d)"`, which WORKDIR cannot express: ' +
      '`RUN set -ex; (cd /opt; ln -s "solr-$SOLR_VERSION" solr)` is reported by hadolint, not by ' +
      'dflint. Under a SHELL that is not a POSIX shell (`SHELL ["powershell", ...]`, ' +
      '`SHELL ["/usr/bin/scl", "enable", ...]`) hadolint still parses RUN as bash and reports ' +
      '`cd`; dflint does not judge those scripts. dflint looks through `sudo`/`env` wrappers.',
  },
  create(context) {
    const { model } = context;
    // Reported at the end of the stage, when it is known whether later instructions read the
    // working directory the fix changes.
    const found: Array<{ run: Instruction; cd: ShellCommand }> = [];
    const report = (cd: ShellCommand, fix?: Fix) => context.report({
      range: cd.nameWord.range,
      message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN',
      ...(fix ? { fix } : {}),
    });
    return {
      RUN(run) {
        const cd = programsNamed(run, 'cd').find(replaceableByWorkdir);
        if (!cd) return;
        // Before any FROM there is no stage to end, and no WORKDIR may go there: no fix.
        if (model.stageOf(run) === undefined) report(cd);
        else found.push({ run, cd });
      },
      'stage:exit'(stage) {
        if (found.length === 0) return;
        const readAfter = workdirReadAfter(model, stage, finalWorkdirMatters(model, stage));
        for (const { run, cd } of found.splice(0)) {
          const change = workdirChange(model, run, cd);
          report(cd, change && {
            description: 'Switch to the directory with WORKDIR',
            safety: readAfter.has(run) || insideMount(model, run, change.directory) ? 'unsafe' : 'safe',
            edits: change.edits,
          });
        }
      },
    };
  },
});
