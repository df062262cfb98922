import { defineRule } from '../../src/engine/define-rule.js';
import type { Fix } from '../../src/engine/types.js';
import { EXPOSE_PROTOCOLS, exposeItems, type ExposeItem } from '../../src/rule-kit/expose.js';

/** Lowercases the protocol of an item written literally (`80/TCP` → `80/tcp`). */
function lowercaseProtocol(item: ExposeItem): Fix | undefined {
  if (!item.literal) return undefined;
  const { start, end } = item.word.range;
  const protocolStart = { line: start.line, character: end.character - item.protocol.length };
  return {
    description: `Write \`${item.protocol.toLowerCase()}\``,
    safety: 'safe',
    edits: [{ range: { start: protocolStart, end }, text: item.protocol.toLowerCase() }],
  };
}

export default defineRule({
  code: 'DF3009',
  name: 'require-lowercase-expose-protocol',
  aliases: ['ExposeProtoCasing'],
  severity: 'style',
  category: 'style',
  fixable: 'safe',
  docs: {
    summary: 'Write the `EXPOSE` protocol in lower case (`80/tcp`)',
    why:
      'The image records exposed ports as `80/tcp` or `53/udp`. BuildKit accepts `80/TCP` and lowercases ' +
      'it, but Docker\'s own build check warns about it, and tools that read the Dockerfile may not ' +
      'fold the case.',
    bad: 'FROM nginx:1.27\nEXPOSE 80/TCP 53/Udp',
    good: 'FROM nginx:1.27\nEXPOSE 80/tcp 53/udp',
    fixed: 'FROM nginx:1.27\nEXPOSE 80/tcp 53/udp',
    fixSafety:
      'The fix lowercases the protocol, which BuildKit lowercases anyway: the image is the same. A ' +
      'protocol that comes from a variable or is quoted is reported without a fix.',
    differences:
      'As BuildKit, dflint substitutes the ARG and ENV values an `EXPOSE` sees and reports only `tcp`, ' +
      '`udp` and `sctp` in another case: an unknown protocol is a build error, not a casing problem.',
    references: ['https://docs.docker.com/reference/build-checks/expose-proto-casing/'],
  },
  create(context) {
    return {
      EXPOSE(expose) {
        for (const item of exposeItems(context.model, expose)) {
          const lower = item.protocol.toLowerCase();
          if (item.protocol === lower || !EXPOSE_PROTOCOLS.includes(lower) || !item.containerPort) continue;
          const fix = lowercaseProtocol(item);
          context.report({
            range: item.word.range,
            message: `Write the protocol of \`${item.text}\` in lower case: \`${lower}\``,
            ...(fix ? { fix } : {}),
          });
        }
      },
    };
  },
});
