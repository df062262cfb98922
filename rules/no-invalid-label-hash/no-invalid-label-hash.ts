import { defineRule } from '../../src/engine/define-rule.js';
import { isGitHash } from '../../src/rule-kit/label-values.js';
import { checkLabelFormat, showValue } from '../../src/rule-kit/labels.js';

export default defineRule({
  code: 'DL3055',
  name: 'no-invalid-label-hash',
  aliases: [],
  severity: 'warning',
  category: 'correctness',
  fixable: false,
  onbuild: true,
  docs: {
    summary: 'Give the git-hash labels of `labelSchema` a commit id',
    why:
      'A revision label (`org.opencontainers.image.revision`) ties an image to the commit it was built from, so' +
      ' that a running container can be traced to its source. A branch name or a tag moves; only a commit id ' +
      'identifies the source. The rule checks the labels `labelSchema` types as `hash`: the value must be a ' +
      'commit id as git prints it, lower-case hex, full (40 characters, 64 in a SHA-256 repository) or ' +
      'abbreviated (7 characters or more).',
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.revision="main"',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.revision="2dbfae9"',
    exampleSettings: { labelSchema: { 'org.opencontainers.image.revision': 'hash' } },
    references: [
      'https://git-scm.com/docs/git-rev-parse',
      'https://github.com/opencontainers/image-spec/blob/main/annotations.md',
      'https://github.com/hadolint/hadolint/wiki/DL3055',
    ],
    differences:
      'hadolint accepts exactly 7 or 40 characters; dflint also accepts the longer abbreviations git prints in ' +
      'large repositories (8 to 39 characters) and SHA-256 ids (64). hadolint reads `${GIT_COMMIT}` literally ' +
      'and fails it; dflint substitutes ENV values, skips values from build arguments, and leaves empty values ' +
      'to DL3051.',
  },
  create(context) {
    return checkLabelFormat(context, 'hash', isGitHash, (label) =>
      `Label \`${label.key}\` is not a git commit id: ${showValue(label.value)}; use the lower-case hex id \`git rev-parse HEAD\` prints`);
  },
});
