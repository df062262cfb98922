import { defineRule } from '../../src/engine/define-rule.js';
import { isSpdxExpression } from '../../src/rule-kit/spdx.js';
import { checkLabelFormat, showValue } from '../../src/rule-kit/labels.js';

export default defineRule({
  code: 'DL3054',
  name: 'no-invalid-label-spdx',
  aliases: [],
  severity: 'warning',
  category: 'correctness',
  fixable: false,
  onbuild: true,
  docs: {
    summary: 'Give the license labels of `labelSchema` an SPDX license expression',
    why:
      'License scanners and registries read `org.opencontainers.image.licenses`, which the OCI annotation spec ' +
      'defines as an SPDX license expression. Free text (`Apache License 2.0`, `GPL`) cannot be matched to a ' +
      'license. The rule checks the labels `labelSchema` types as `spdx`: the value must be an identifier of ' +
      'the SPDX License List (case-insensitive, as the SPDX specification says), a `LicenseRef-` reference, or ' +
      'an expression combining them with `AND`, `OR`, `WITH <exception>`, `+` and parentheses.',
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="Apache License 2.0"',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="Apache-2.0 OR MIT"',
    exampleSettings: { labelSchema: { 'org.opencontainers.image.licenses': 'spdx' } },
    references: [
      'https://spdx.org/licenses/',
      'https://spdx.github.io/spdx-spec/v2.3/SPDX-license-expressions/',
      'https://github.com/opencontainers/image-spec/blob/main/annotations.md',
      'https://github.com/hadolint/hadolint/wiki/DL3054',
    ],
    differences:
      'hadolint accepts a single license identifier only (Cabal\'s `LicenseId`, case-sensitive), so ' +
      '`Apache-2.0 OR MIT` fails there; dflint accepts SPDX license expressions, which the OCI ' +
      '`org.opencontainers.image.licenses` label is defined as, and matches identifiers case-insensitively as ' +
      'the SPDX specification says. The identifiers come from the SPDX License List 3.27.0. dflint substitutes ' +
      'ENV values, skips values from build arguments, and leaves empty values to DL3051.',
  },
  create(context) {
    return checkLabelFormat(context, 'spdx', isSpdxExpression, (label) =>
      `Label \`${label.key}\` is not an SPDX license expression: ${showValue(label.value)}; use SPDX identifiers such as \`MIT\` or \`Apache-2.0 OR MIT\``);
  },
});
