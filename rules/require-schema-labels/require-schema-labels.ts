import { defineRule } from '../../src/engine/define-rule.js';
import { stageLabels } from '../../src/rule-kit/labels.js';
import { imageStages } from '../../src/rule-kit/stages.js';

function list(keys: readonly string[]): string {
  const quoted = keys.map((k) => `\`${k}\``);
  return quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

export default defineRule({
  code: 'DL3049',
  name: 'require-schema-labels',
  aliases: [],
  severity: 'info',
  category: 'maintainability',
  fixable: false,
  docs: {
    summary: 'Give every image the labels `labelSchema` lists',
    why:
      'A label schema is a team\'s contract for image metadata: where the source is, who owns the image, which ' +
      'version and revision it is. Registries, scanners and deploy tools read those labels, and an image ' +
      'without them cannot be traced back. The rule does nothing until `labelSchema` is set. It checks the ' +
      'stages that can become an image (the last stage, and any stage no other stage builds on or copies ' +
      'from, since `--target` can build it); a stage has the labels of the stages it is built on ' +
      '(`FROM <stage>`). It reports the missing labels once per stage, at the `FROM` image.',
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://github.com/example/app"',
    good:
      'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://github.com/example/app" \\\n' +
      '      org.opencontainers.image.version="1.4.0"',
    exampleSettings: { labelSchema: { 'org.opencontainers.image.source': 'url', 'org.opencontainers.image.version': 'semver' } },
    references: ['https://github.com/opencontainers/image-spec/blob/main/annotations.md', 'https://github.com/hadolint/hadolint/wiki/DL3049'],
    differences:
      'hadolint reports one finding per missing label and checks every stage except those a later `COPY --from` ' +
      'uses or a later stage builds on; dflint reports a stage once, naming every missing label, and also ' +
      'exempts stages only a `RUN --mount=from=` uses. hadolint reads label keys as written; dflint substitutes ' +
      'variables, and does not judge a stage with a label key it cannot resolve.',
  },
  create(context) {
    const required = Object.keys(context.settings.labelSchema);
    if (required.length === 0) return {};
    return {
      'file:exit'() {
        for (const stage of imageStages(context.model)) {
          const labels = stageLabels(context.model, stage);
          if (labels.some((label) => label.key === undefined)) continue;
          const present = new Set(labels.map((label) => label.key));
          const missing = required.filter((key) => !present.has(key));
          if (missing.length === 0) continue;
          const [subject, verb, pronoun] = missing.length === 1 ? ['Label', 'is', 'it'] : ['Labels', 'are', 'them'];
          context.report({
            range: stage.image.range,
            message: `${subject} ${list(missing)} required by \`labelSchema\` ${verb} missing from this image; add ${pronoun} with \`LABEL\``,
          });
        }
      },
    };
  },
});
