import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-inline-ignore.js';

testRule(rule, {
  valid: [
    'FROM debian:12\n# just a comment\nRUN true',
    { name: 'global pragma', code: '# hadolint global ignore=DL3008\nFROM debian:12' },
    { name: 'stage pragma', code: 'FROM debian:12\n# dflint stage ignore=DL3008\nRUN true' },
    { name: 'ignore-file', code: '# dflint ignore-file\nFROM debian:12' },
    { name: 'shell pragma', code: '# hadolint shell=bash\nFROM debian:12' },
    { name: 'check directive in the header is file-wide', code: '# check=skip=JSONArgsRecommended\nFROM debian:12' },
    { name: 'a comment that mentions a pragma', code: 'FROM debian:12\n# see the hadolint ignore=DL3006 docs\nRUN true' },
    { name: 'malformed pragma (suppresses nothing)', code: 'FROM debian:12\n# hadolint ignore DL3008\nRUN true' },
    { name: 'pragma text in a heredoc body', code: 'FROM debian:12\nRUN <<EOF\n# hadolint ignore=DL3008\ntrue\nEOF' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\n# hadolint ignore=DL3003\nRUN cd /tmp',
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 25, message: 'Do not silence rules inline: fix the finding, or ignore the rule in the configuration file' }],
    },
    { name: 'several codes and a reason', code: 'FROM debian:12\n#   hadolint ignore=DL3008, DL3015 # pinned by the mirror\nRUN true', errors: [{ line: 2, column: 5, endColumn: 35, message: 'Do not silence rules inline: fix the finding, or ignore the rule in the configuration file' }] },
    { name: "dflint's own", code: 'FROM debian:12\n# dflint ignore=no-sudo -- legacy\nRUN sudo x', errors: [{ line: 2, column: 3, endColumn: 24, message: 'Do not silence rules inline: fix the finding, or ignore the rule in the configuration file' }] },
    { name: "BuildKit's per-instruction check", code: 'FROM debian:12\nRUN true\n# check=skip=JSONArgsRecommended\nCMD node app.js', errors: [{ line: 3, column: 9, endColumn: 33, message: 'Do not silence rules inline: fix the finding, or ignore the rule in the configuration file' }] },
    { name: 'above FROM', code: '# hadolint ignore=DL3006\nFROM debian', errors: [{ line: 1, column: 3, message: 'Do not silence rules inline: fix the finding, or ignore the rule in the configuration file' }] },
    { name: 'inside a multi-line RUN', code: 'FROM debian:12\nRUN a \\\n# hadolint ignore=DL3008\n  && apt-get install -y curl', errors: [{ line: 3, column: 3, message: 'Do not silence rules inline: fix the finding, or ignore the rule in the configuration file' }] },
    { name: 'indented', code: 'FROM debian:12\n  # hadolint ignore=DL3003\nRUN cd /tmp', errors: [{ line: 2, column: 5, message: 'Do not silence rules inline: fix the finding, or ignore the rule in the configuration file' }] },
  ],
});
