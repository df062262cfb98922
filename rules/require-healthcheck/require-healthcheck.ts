import { defineRule } from '../../src/engine/define-rule.js';
import type { Stage } from '../../src/model/types.js';
import { imageStages, stageLineage } from '../../src/rule-kit/stages.js';

/** A HEALTHCHECK (`NONE` included) in the stage or a stage it is built on, which the image inherits. */
function hasHealthcheck(stage: Stage): boolean {
  return stageLineage(stage).some((s) => s.instructions.some((i) => i.kind === 'HEALTHCHECK'));
}

export default defineRule({
  code: 'DL3057',
  name: 'require-healthcheck',
  aliases: [],
  severity: 'info',
  category: 'maintainability',
  fixable: false,
  offByDefault: true,
  docs: {
    summary: 'Images should declare a `HEALTHCHECK`',
    why:
      'Without a `HEALTHCHECK`, Docker and Swarm only know whether the process runs, not whether it ' +
      'serves: a hung server stays "up". A `HEALTHCHECK` lets them report and replace unhealthy ' +
      'containers; `HEALTHCHECK NONE` says on purpose that the image has none (or disables the base ' +
      'image\'s). Kubernetes ignores it and uses its own probes, which is why the rule is off by default.',
    bad: 'FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/',
    good: 'FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/\nHEALTHCHECK CMD curl -fs http://localhost/ || exit 1',
    references: ['https://docs.docker.com/reference/dockerfile/#healthcheck', 'https://github.com/hadolint/hadolint/wiki/DL3057'],
    differences:
      'hadolint reports every stage without a HEALTHCHECK, builder stages included, unless the stage it ' +
      'is built on (`FROM <alias>`) has one. dflint uses the same inheritance but reports only the stages ' +
      'that can become an image (the target: `--target`, else the last stage; and stages no other stage uses): a builder stage whose ' +
      'files are only copied out never runs as a container, so a HEALTHCHECK there would do nothing.',
  },
  create(context) {
    return {
      'file:exit'() {
        for (const stage of imageStages(context.model)) {
          if (hasHealthcheck(stage)) continue;
          context.report({
            range: stage.image.range,
            message: 'The image has no `HEALTHCHECK`: add one, or `HEALTHCHECK NONE` to say it needs none',
          });
        }
      },
    };
  },
});
