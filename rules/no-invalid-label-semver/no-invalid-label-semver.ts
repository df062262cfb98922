import { defineRule } from '../../src/engine/define-rule.js';
import { isSemver } from '../../src/rule-kit/label-values.js';
import { checkLabelFormat, showValue } from '../../src/rule-kit/labels.js';

export default defineRule({
  code: 'DL3056',
  name: 'no-invalid-label-semver',
  aliases: [],
  severity: 'warning',
  category: 'correctness',
  fixable: false,
  onbuild: true,
  docs: {
    summary: 'Give the version labels of `labelSchema` a semantic version',
    why:
      'Tools compare the version label (`org.opencontainers.image.version`) to order and select images; that ' +
      'only works when every image follows the same scheme. The rule checks the labels `labelSchema` types as ' +
      '`semver`: the value must be a Semantic Versioning 2.0.0 version, `MAJOR.MINOR.PATCH` with an optional ' +
      '`-prerelease` and `+build` (`1.4.0`, `2.0.0-rc.1`). A leading `v` (`v1.4.0`) is a tag name, not a ' +
      'version.',
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version="v1.4"',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version="1.4.0"',
    exampleSettings: { labelSchema: { 'org.opencontainers.image.version': 'semver' } },
    references: [
      'https://semver.org/spec/v2.0.0.html',
      'https://github.com/opencontainers/image-spec/blob/main/annotations.md',
      'https://github.com/hadolint/hadolint/wiki/DL3056',
    ],
    differences:
      'hadolint reads `${VERSION}` literally and fails it; dflint substitutes ENV values, skips values from ' +
      'build arguments, and leaves empty values to DL3051.',
  },
  create(context) {
    return checkLabelFormat(context, 'semver', isSemver, (label) =>
      `Label \`${label.key}\` is not a semantic version: ${showValue(label.value)}; use MAJOR.MINOR.PATCH such as \`1.4.0\`, without a \`v\``);
  },
});
