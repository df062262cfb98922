import { defineRule } from '../../src/engine/define-rule.js';
import type { Fix } from '../../src/engine/types.js';
import type { Instruction } from '../../src/model/types.js';
import { resolvePath } from '../../src/rule-kit/workdir.js';

/** `C:`, `c:\app`, `D:/data`: a Windows drive, absolute on Windows images. */
const WINDOWS_DRIVE = /^[A-Za-z]:/;
/** Paths the fix may write and read back unchanged: no quotes, spaces, escapes or variables. */
const PLAIN_PATH = /^[A-Za-z0-9._+@%,:=\/-]+$/;

export default defineRule({
  code: 'DL3000',
  name: 'require-absolute-workdir',
  aliases: ['WorkdirRelativePath'],
  severity: 'error',
  category: 'maintainability',
  fixable: 'safe',
  docs: {
    summary: 'Use an absolute path in WORKDIR',
    why:
      'A relative `WORKDIR` is taken from the working directory before it, which a base image, an ' +
      'earlier stage or an earlier `WORKDIR` sets somewhere else. An absolute path says where the ' +
      'files go without reading the rest of the build, and keeps working when the base image changes.',
    bad: 'FROM node:22-slim\nWORKDIR /srv\nWORKDIR app\nCOPY . .',
    good: 'FROM node:22-slim\nWORKDIR /srv/app\nCOPY . .',
    fixed: 'FROM node:22-slim\nWORKDIR /srv\nWORKDIR /srv/app\nCOPY . .',
    fixSafety:
      'Safe: offered only when the working directory before the WORKDIR is known (set by an earlier ' +
      'absolute WORKDIR of the stage or a stage it builds on, or `/` in `scratch`); the fix writes the ' +
      'directory the relative path already leads to.',
    references: ['https://docs.docker.com/build/building/best-practices/#workdir'],
    differences:
      'hadolint skips every path that starts with `$` and judges the rest as written. dflint substitutes ' +
      'the ARG and ENV values the WORKDIR sees first: `ARG DIR=app` then `WORKDIR $DIR` is reported, ' +
      '`ENV APP=/srv/app` then `WORKDIR ${APP}/data` is not, and a path that starts with a variable of ' +
      'unknown value (`WORKDIR $HOME/app`) is not judged. BuildKit\'s WorkdirRelativePath reports only the ' +
      'first WORKDIR of a stage, when no WORKDIR came before it in the stage or in the stages of the file ' +
      'it builds on (fixing that one fixes the later ones, which then start from a known directory); ' +
      'dflint, like hadolint, reports every relative WORKDIR, with a fix where the directory is known.',
  },
  create(context) {
    const { model } = context;
    return {
      WORKDIR(workdir) {
        const range = workdir.argsRange;
        if (!range) return;
        const path = model.variables.resolve(workdir.argsText.trim(), workdir).value;
        // An unknown variable stays as written, so a leading `$` means the start is not known.
        if (path === '' || path.startsWith('$') || path.startsWith('/') || WINDOWS_DRIVE.test(path)) return;
        const fix = absoluteFix(workdir, path);
        context.report({
          range,
          message: `Use an absolute path in \`WORKDIR\`: \`${path}\` is relative to the working directory before it`,
          ...(fix ? { fix } : {}),
        });
      },
    };

    function absoluteFix(workdir: Instruction, path: string): Fix | undefined {
      const written = workdir.argsText.trim();
      if (!PLAIN_PATH.test(written)) return undefined;
      const absolute = resolvePath(model.workdirAt(workdir).path, path);
      if (absolute === undefined || !PLAIN_PATH.test(absolute)) return undefined;
      return {
        description: `Write the absolute path \`${absolute}\``,
        safety: 'safe',
        edits: [{ range: workdir.argsRange!, text: absolute }],
      };
    }
  },
});
