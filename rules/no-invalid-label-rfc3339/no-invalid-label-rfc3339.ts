import { defineRule } from '../../src/engine/define-rule.js';
import { isRfc3339 } from '../../src/rule-kit/label-values.js';
import { checkLabelFormat, showValue } from '../../src/rule-kit/labels.js';

export default defineRule({
  code: 'DL3053',
  name: 'no-invalid-label-rfc3339',
  aliases: [],
  severity: 'warning',
  category: 'correctness',
  fixable: false,
  onbuild: true,
  docs: {
    summary: 'Give the time labels of `labelSchema` an RFC 3339 date-time',
    why:
      '`org.opencontainers.image.created` and similar labels are compared and sorted by tools; the OCI ' +
      'annotation spec requires RFC 3339 date-times for them. A date without a time or time zone (`2024-05-01`,' +
      ' `May 1 2024`) cannot be read reliably. The rule checks the labels `labelSchema` types as `rfc3339`: the' +
      ' value must look like `2024-05-01T12:30:00Z` (fractional seconds and `+02:00` offsets allowed); in a ' +
      'shell, `date -u +%Y-%m-%dT%H:%M:%SZ` prints one.',
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.created="2024-05-01 12:30"',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.created="2024-05-01T12:30:00Z"',
    exampleSettings: { labelSchema: { 'org.opencontainers.image.created': 'rfc3339' } },
    references: [
      'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
      'https://github.com/opencontainers/image-spec/blob/main/annotations.md',
      'https://github.com/hadolint/hadolint/wiki/DL3053',
    ],
    differences:
      'hadolint reads values as written, so `${BUILD_DATE}` is checked literally and fails; dflint substitutes ' +
      'ENV values, skips values from build arguments (the usual way to stamp the build time), and leaves empty ' +
      'values to DL3051. dflint checks the calendar (no February 30) and accepts a leap second and lower-case ' +
      '`t`/`z`, as RFC 3339 does.',
  },
  create(context) {
    return checkLabelFormat(context, 'rfc3339', isRfc3339, (label) =>
      `Label \`${label.key}\` is not an RFC 3339 date-time: ${showValue(label.value)}; use a time such as \`2024-05-01T12:30:00Z\``);
  },
});
