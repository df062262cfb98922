import { defineRule } from '../../src/engine/define-rule.js';
import { isEmail } from '../../src/rule-kit/label-values.js';
import { checkLabelFormat, showValue } from '../../src/rule-kit/labels.js';

export default defineRule({
  code: 'DL3058',
  name: 'no-invalid-label-email',
  aliases: [],
  severity: 'warning',
  category: 'correctness',
  fixable: false,
  onbuild: true,
  docs: {
    summary: 'Give the e-mail labels of `labelSchema` an e-mail address',
    why:
      'A contact label (`maintainer`, `org.opencontainers.image.authors` in a team that types it as an address)' +
      ' is how people reach the owners of an image; tools can only use it when it is an address. The rule ' +
      'checks the labels `labelSchema` types as `email`: the value must be a bare address (RFC 5322 addr-spec, ' +
      'such as `team@example.com`); a display name around it (`Team <team@example.com>`) is not one.',
    bad: 'FROM alpine:3.20\nLABEL maintainer="Platform team"',
    good: 'FROM alpine:3.20\nLABEL maintainer="platform@example.com"',
    exampleSettings: { labelSchema: { maintainer: 'email' } },
    references: [
      'https://www.rfc-editor.org/rfc/rfc5322#section-3.4.1',
      'https://github.com/hadolint/hadolint/wiki/DL3058',
    ],
    differences:
      'hadolint validates with the `email-validate` library, which also accepts comments and folding white ' +
      'space; dflint accepts addr-spec addresses without them (and UTF-8 letters, RFC 6532). hadolint reads ' +
      '`${EMAIL}` literally and fails it; dflint substitutes ENV values, skips values from build arguments, and' +
      ' leaves empty values to DL3051.',
  },
  create(context) {
    return checkLabelFormat(context, 'email', isEmail, (label) =>
      `Label \`${label.key}\` is not an e-mail address: ${showValue(label.value)}; use a bare address such as \`team@example.com\``);
  },
});
