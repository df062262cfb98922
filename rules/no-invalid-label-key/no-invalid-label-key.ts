import { defineRule } from '../../src/engine/define-rule.js';
import { labelsOf } from '../../src/rule-kit/labels.js';

const RESERVED_PREFIXES = ['com.docker.', 'io.docker.', 'org.dockerproject.'];
const FORMAT = 'lower-case letters, digits, `.`, `-`, `_` and `/`, starting with a letter and ending with a letter or digit';

/** What is wrong with a key, or undefined when it follows Docker's recommended format. */
function keyProblem(key: string): string | undefined {
  if (/[A-Z]/.test(key)) return 'has upper-case letters';
  const invalid = /[^0-9a-z._/-]/.exec(key);
  if (invalid) return invalid[0] === ' ' ? 'has a space' : `has the character \`${invalid[0]}\``;
  if (!/^[a-z]/.test(key)) return 'does not start with a letter';
  if (!/[a-z0-9]$/.test(key)) return 'does not end with a letter or digit';
  if (key.includes('..') || key.includes('--')) return `has \`${key.includes('..') ? '..' : '--'}\``;
  return undefined;
}

/** The message for a key that breaks the format, or undefined for a good key. */
function keyMessage(key: string): string | undefined {
  const reserved = RESERVED_PREFIXES.find((prefix) => key.toLowerCase().startsWith(prefix));
  if (reserved) return `Label key \`${key}\` is in the \`${reserved}*\` namespace, which Docker reserves; prefix it with a reverse DNS name you own`;
  const problem = keyProblem(key);
  if (!problem) return undefined;
  const lower = key.toLowerCase();
  const advice = keyProblem(lower) === undefined ? `use \`${lower}\`` : `use ${FORMAT}`;
  return `Label key \`${key}\` ${problem}; ${advice}`;
}

export default defineRule({
  code: 'DL3048',
  name: 'no-invalid-label-key',
  aliases: [],
  severity: 'style',
  category: 'style',
  fixable: false,
  onbuild: true,
  options: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowedKeys: {
          type: 'array',
          items: { type: 'string' },
          description:
            'Label keys accepted as written although they break the format, such as the upper-case `RUN`, ' +
            '`INSTALL` and `UNINSTALL` that Project Atomic\'s `atomic` tool reads.',
        },
      },
    },
    defaults: { allowedKeys: [] },
  },
  docs: {
    summary: 'Write label keys in lower-case reverse-DNS form, outside the namespaces Docker reserves',
    why:
      'Docker recommends label keys of lower-case letters, digits, `.` and `-`, beginning and ending with a ' +
      'letter (hadolint also accepts `_`, `/` and a final digit), prefixed with the reverse DNS name of their ' +
      'owner (`org.opencontainers.image.source`, `com.example.team`), and reserves `com.docker.*`, ' +
      '`io.docker.*` and `org.dockerproject.*` for its own tools. Keys that mix cases (`Version`, `version`) ' +
      'are different labels to every tool that reads them, so a consistent format prevents near-duplicates. ' +
      'Keys are checked after variable substitution; a key with a build argument that has no default is ' +
      'skipped. Keys some tools require in upper case (Project Atomic\'s `RUN`, `INSTALL`, `UNINSTALL`) can ' +
      'be accepted with the `allowedKeys` option.',
    bad: 'FROM alpine:3.20\nLABEL Version="1.0" com.docker.compose.project="shop"',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version="1.0" com.example.project="shop"',
    references: [
      'https://docs.docker.com/engine/manage-resources/labels/',
      'https://github.com/opencontainers/image-spec/blob/main/annotations.md',
      'https://github.com/hadolint/hadolint/wiki/DL3048',
    ],
    differences:
      'hadolint reports a LABEL once, on its first line; dflint reports each bad key at the key. hadolint reads ' +
      'keys as written, so a quoted key or one with a variable (`LABEL ${NAME}=x`) fails; dflint checks the key ' +
      'BuildKit would produce (quotes removed, variables substituted) and skips keys it cannot know. dflint also ' +
      'checks the LABELs of ONBUILD triggers, and accepts the keys listed in `allowedKeys`.',
  },
  create(context) {
    const allowed = new Set(context.options['allowedKeys'] as readonly string[]);
    return {
      LABEL(instruction) {
        for (const label of labelsOf(context.model, instruction)) {
          if (label.key === undefined || allowed.has(label.key)) continue;
          const message = keyMessage(label.key);
          if (message) context.report({ range: label.property.nameRange, message });
        }
      },
    };
  },
});
