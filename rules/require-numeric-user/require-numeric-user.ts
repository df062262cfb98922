import { defineRule } from '../../src/engine/define-rule.js';
import type { Model } from '../../src/model/types.js';
import { isWindowsImage } from '../../src/rule-kit/base-images.js';
import { isWindowsShell } from '../../src/rule-kit/command-form.js';
import { baseImageOf } from '../../src/rule-kit/stages.js';
import { effectiveUser, type UserSwitch } from '../../src/rule-kit/users.js';

/** Windows containers name their users (`ContainerUser`); they have no numeric uids. */
function onWindows(model: Model, user: UserSwitch): boolean {
  return isWindowsImage(baseImageOf(user.stage)) || isWindowsShell(model.shellAt(user.instruction));
}

export default defineRule({
  code: 'DL3066',
  name: 'require-numeric-user',
  aliases: [],
  severity: 'info',
  category: 'portability',
  fixable: false,
  docs: {
    summary: 'The image\'s `USER` should be a numeric user id',
    why:
      'A user name is looked up in the image\'s `/etc/passwd` when the container starts, and the host ' +
      'and orchestrator cannot see that file: Kubernetes\' `runAsNonRoot` refuses an image whose user ' +
      'is a name it cannot verify, and file ownership on volumes is decided by number. Give the final ' +
      '`USER` as a uid (`USER 10001` or `USER 10001:10001`).',
    bad: 'FROM node:22\nUSER node',
    good: 'FROM node:22\nUSER 1000:1000',
    references: [
      'https://github.com/hadolint/hadolint/wiki/DL3066',
      'https://kubernetes.io/docs/tasks/configure-pod-container/security-context/',
    ],
    differences:
      'hadolint 2.15 reports every `USER` with a non-numeric user, including the `USER root` that a ' +
      'build switches to temporarily and the users of builder stages; only the user the final image ' +
      'runs as reaches the host, so dflint reports just that one: the last `USER` of the target stage (`--target`, else the last stage), or of ' +
      'the stage it is built on (`FROM <alias>`), as hadolint\'s PR #1239 does. Variables are resolved: ' +
      'hadolint accepts any reference to a declared ARG, dflint accepts one whose value is numeric or ' +
      'unknown (`ARG UID` with no default), and reports `ARG USERNAME=vscode` then `USER $USERNAME`. ' +
      'Windows images (a Windows base image, or a PowerShell or cmd SHELL) are not reported: Windows ' +
      'users have names, not uids.',
  },
  create(context) {
    return {
      'file:exit'() {
        const last = context.model.target;
        const user = last && effectiveUser(context.model, last);
        if (!user?.user || /^\d+$/.test(user.user) || onWindows(context.model, user)) return;
        context.report({
          range: user.range,
          message: `The image runs as user name \`${user.user}\`: use a numeric uid so the host can verify it (\`USER 10001\`)`,
        });
      },
    };
  },
});
