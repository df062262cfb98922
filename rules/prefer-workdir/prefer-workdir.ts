import { defineRule } from '../../src/engine/define-rule.js';
import type { ShellCommand } from '../../src/model/shell/types.js';
import { positionals } from '../../src/rule-kit/commands.js';
import { programsNamed } from '../../src/rule-kit/programs.js';

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

export default defineRule({
  code: 'DL3003',
  name: 'prefer-workdir',
  aliases: [],
  severity: 'warning',
  category: 'maintainability',
  fixable: false,
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
    return {
      RUN(run) {
        const cd = programsNamed(run, 'cd').find(replaceableByWorkdir);
        if (!cd) return;
        context.report({
          range: cd.nameWord.range,
          message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN',
        });
      },
    };
  },
});
