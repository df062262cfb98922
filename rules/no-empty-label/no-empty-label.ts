import { defineRule } from '../../src/engine/define-rule.js';
import { schemaLabels } from '../../src/rule-kit/labels.js';

export default defineRule({
  code: 'DL3051',
  name: 'no-empty-label',
  aliases: [],
  severity: 'warning',
  category: 'correctness',
  fixable: false,
  onbuild: true,
  docs: {
    summary: 'Give the labels `labelSchema` lists a value',
    why:
      'A label the schema requires but that is set to the empty string satisfies the letter of the schema ' +
      'and none of its purpose: tools that read it find nothing. It is usually a build argument that was ' +
      'never passed, copied into an ENV. The rule checks the labels `labelSchema` lists; a value that comes ' +
      'from a build argument is not judged, since `--build-arg` can give it at build time.',
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.revision=""',
    good: 'FROM alpine:3.20\nARG REVISION\nLABEL org.opencontainers.image.revision="${REVISION}"',
    exampleSettings: { labelSchema: { 'org.opencontainers.image.revision': 'hash' } },
    references: ['https://github.com/hadolint/hadolint/wiki/DL3051'],
    differences:
      'hadolint reads values as written, so `LABEL a="$EMPTY"` is not empty to it; dflint substitutes ENV ' +
      'values (not build arguments, which a build can set) and reports at the value.',
  },
  create(context) {
    if (Object.keys(context.settings.labelSchema).length === 0) return {};
    return {
      LABEL(instruction) {
        for (const label of schemaLabels(context, instruction)) {
          if (label.value !== '') continue;
          context.report({ range: label.range, message: `Label \`${label.key}\` is empty; give it a value` });
        }
      },
    };
  },
});
