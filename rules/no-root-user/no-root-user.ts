import { defineRule } from '../../src/engine/define-rule.js';
import type { Instruction } from '../../src/model/types.js';
import { imageStages } from '../../src/rule-kit/stages.js';
import { effectiveUser, isRootUser } from '../../src/rule-kit/users.js';

export default defineRule({
  code: 'DL3002',
  name: 'no-root-user',
  aliases: [],
  severity: 'warning',
  category: 'security',
  fixable: false,
  docs: {
    summary: 'The last USER of an image should not be root',
    why:
      'A container runs as the last `USER` of its image. A process running as root inside the ' +
      'container can modify everything in the image, and root is one step closer to the host if ' +
      'the container runtime has a flaw. Install and configure as root if needed, then switch to ' +
      'an unprivileged user for the process the image runs.',
    bad: 'FROM debian:12\nRUN useradd --system app\nUSER root\nCMD ["app"]',
    good: 'FROM debian:12\nRUN useradd --system app\nUSER app\nCMD ["app"]',
    differences:
      'hadolint checks the last USER of every stage. dflint checks only stages that become an image: ' +
      'the target stage (`--target`, else the last one) and any stage no other stage uses (another target). Root in a build stage ' +
      'that is only copied from (`COPY --from`) never runs in a container, so it is not reported; a ' +
      'stage used as a `FROM` base is judged through the stages built on it (its last USER carries ' +
      'over unless they set their own). Variables are resolved, so `USER ${APP_USER}` with ' +
      '`ARG APP_USER=root` is reported, while hadolint reads the text literally.',
    references: ['https://docs.docker.com/build/building/best-practices/#user'],
  },
  create(context) {
    return {
      'file:exit'() {
        const reported = new Set<Instruction>();
        for (const stage of imageStages(context.model)) {
          const setting = effectiveUser(context.model, stage);
          if (!setting?.user || !isRootUser(setting.user) || reported.has(setting.instruction)) continue;
          reported.add(setting.instruction);
          const how = setting.usesVariables ? `resolves to \`${setting.user}\`` : `is \`${setting.user}\``;
          const inherited = setting.stage === stage ? '' : ` (inherited by stage \`${stage.name ?? stage.index}\`)`;
          context.report({
            range: setting.range,
            message: `The image's last \`USER\` ${how}${inherited}: switch to a non-root user after the steps that need root`,
          });
        }
      },
    };
  },
});
