import { defineRule } from '../../src/engine/define-rule.js';
import { isUrl } from '../../src/rule-kit/label-values.js';
import { checkLabelFormat, showValue } from '../../src/rule-kit/labels.js';

export default defineRule({
  code: 'DL3052',
  name: 'no-invalid-label-url',
  aliases: [],
  severity: 'warning',
  category: 'correctness',
  fixable: false,
  onbuild: true,
  docs: {
    summary: 'Give the URL labels of `labelSchema` an absolute URL',
    why:
      'Labels such as `org.opencontainers.image.source` and `org.opencontainers.image.documentation` are read ' +
      'by registries and tools that link to them (GitHub shows the source repository of a package from it). A ' +
      'value that is not a URL (`github.com/example/app` without a scheme, `TBD`) breaks those links. The rule ' +
      'checks the labels `labelSchema` types as `url`: the value must be an absolute URI (RFC 3986), such as ' +
      '`https://example.com/app`.',
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="github.com/example/app"',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://github.com/example/app"',
    exampleSettings: { labelSchema: { 'org.opencontainers.image.source': 'url' } },
    references: [
      'https://www.rfc-editor.org/rfc/rfc3986#section-4.3',
      'https://github.com/opencontainers/image-spec/blob/main/annotations.md',
      'https://github.com/hadolint/hadolint/wiki/DL3052',
    ],
    differences:
      'hadolint reads values as written, so `${URL}` is checked literally and fails; dflint substitutes ENV ' +
      'values, skips values from build arguments, and leaves empty values to DL3051.',
  },
  create(context) {
    return checkLabelFormat(context, 'url', isUrl, (label) =>
      `Label \`${label.key}\` is not a URL: ${showValue(label.value)}; use an absolute URL such as \`https://example.com/app\``);
  },
});
