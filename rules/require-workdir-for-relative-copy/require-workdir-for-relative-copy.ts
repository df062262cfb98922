import { defineRule } from '../../src/engine/define-rule.js';
import type { Instruction } from '../../src/model/types.js';
import { copyOperands, type CopyOperand } from '../../src/rule-kit/copy.js';
import { baseImageOf } from '../../src/rule-kit/stages.js';

/** `/x`, or a Windows drive path (`C:\x`, `C:/x`). */
function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path);
}

/** A destination known to be relative: a leading variable with no known value could be absolute. */
function isRelative(destination: CopyOperand): boolean {
  if (isAbsolute(destination.value)) return false;
  return !(destination.unresolved.length > 0 && destination.value.startsWith('$'));
}

export default defineRule({
  code: 'DL3045',
  name: 'require-workdir-for-relative-copy',
  aliases: [],
  severity: 'warning',
  category: 'correctness',
  fixable: false,
  docs: {
    summary: '`COPY` or `ADD` to a relative destination needs a `WORKDIR` first',
    why:
      'A relative destination is resolved against the working directory, which, without a `WORKDIR` in ' +
      'the Dockerfile, is whatever the base image set: often `/`, but it changes when the base image ' +
      'does, and files then land somewhere else. Set `WORKDIR` first, or copy to an absolute path.',
    bad: 'FROM node:22\nCOPY package.json .',
    good: 'FROM node:22\nWORKDIR /app\nCOPY package.json .',
    references: ['https://docs.docker.com/reference/dockerfile/#copy', 'https://github.com/hadolint/hadolint/wiki/DL3045'],
    differences:
      'hadolint takes the destination as written and only skips one that starts with `$`. dflint ' +
      'resolves ARG and ENV values first, so `ENV APP=/srv/app` then `COPY . $APP/` is absolute and fine, ' +
      'while an unknown variable at the start is not judged. A stage built `FROM scratch` (directly or ' +
      'through its parent stages) is not reported: it has no base image, and its working directory is `/`. ' +
      'hadolint checks `COPY` only; dflint checks `ADD` too, whose destination is resolved the same way ' +
      '(and which the DL3020 fix may turn into a `COPY`).',
  },
  create(context) {
    const check = (copy: Instruction) => {
      const { destination } = copyOperands(context.model, copy);
      if (!destination || !isRelative(destination) || context.model.workdirAt(copy).set) return;
      const stage = context.model.stageOf(copy);
      if (stage && baseImageOf(stage).isScratch) return;
      context.report({
        range: destination.range,
        message: `\`${destination.value}\` is relative to the base image's working directory: set \`WORKDIR\` first or use an absolute path`,
      });
    };
    return { COPY: check, ADD: check };
  },
});
