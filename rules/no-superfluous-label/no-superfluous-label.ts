import { defineRule } from '../../src/engine/define-rule.js';
import { labelsOf } from '../../src/rule-kit/labels.js';

export default defineRule({
  code: 'DL3050',
  name: 'no-superfluous-label',
  aliases: [],
  severity: 'info',
  category: 'maintainability',
  fixable: false,
  onbuild: true,
  docs: {
    summary: 'With `strictLabels`, use only the labels `labelSchema` lists',
    why:
      'A team that sets `strictLabels` wants its images to carry exactly the metadata its schema defines, so ' +
      'that ad-hoc labels (typos of schema keys, leftovers, per-developer notes) do not spread to every ' +
      'image. The rule does nothing unless `strictLabels` is true; with an empty `labelSchema` every label ' +
      'is reported. Keys are compared after variable substitution.',
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version="1.4.0" build-host="ci-runner-7"',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version="1.4.0"',
    exampleSettings: { labelSchema: { 'org.opencontainers.image.version': 'semver' }, strictLabels: true },
    references: ['https://github.com/hadolint/hadolint/wiki/DL3050'],
    differences:
      'hadolint reports a LABEL once, on its first line; dflint reports each superfluous key, substitutes ' +
      'variables in keys (skipping keys it cannot resolve) and checks ONBUILD LABEL triggers too.',
  },
  create(context) {
    const { labelSchema, strictLabels } = context.settings;
    if (!strictLabels) return {};
    return {
      LABEL(instruction) {
        for (const label of labelsOf(context.model, instruction)) {
          if (label.key === undefined || Object.hasOwn(labelSchema, label.key)) continue;
          context.report({
            range: label.property.nameRange,
            message: `Label \`${label.key}\` is not in \`labelSchema\`, and \`strictLabels\` allows no other labels; remove it or add it to the schema`,
          });
        }
      },
    };
  },
});
