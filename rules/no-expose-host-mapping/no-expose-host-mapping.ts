import { defineRule } from '../../src/engine/define-rule.js';
import type { Fix } from '../../src/engine/types.js';
import { EXPOSE_PROTOCOLS, exposeItems, type ExposeItem } from '../../src/rule-kit/expose.js';

const PORT_RANGE = /^(\d+)(?:-(\d+))?$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** An IPv6 address, bracketed or not (BuildKit strips the brackets): hex groups, colons and an optional IPv4 tail. */
function isIpv6(text: string): boolean {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  return bare.includes(':') && /^[0-9a-fA-F:.]+$/.test(bare);
}

/** Number of ports in a valid range (`80` → 1, `8000-8009` → 10), undefined when it is not one. */
function rangeSize(text: string): number | undefined {
  const match = PORT_RANGE.exec(text);
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  return start <= 65535 && end <= 65535 && end >= start ? end - start + 1 : undefined;
}

/**
 * The item without its IP and host port, for an item BuildKit accepts: it records only the
 * container port and protocol, so the image is the same. Items it rejects (a bad address, mismatched
 * ranges) fail the build, which the fix should not hide.
 */
function keepContainerPort(item: ExposeItem): Fix | undefined {
  if (!item.literal) return undefined;
  if (item.ip && !IPV4.test(item.ip) && !isIpv6(item.ip)) return undefined;
  const container = rangeSize(item.containerPort);
  // `ip::port` leaves the host port empty, which BuildKit accepts.
  const host = item.hostPort === '' ? 1 : rangeSize(item.hostPort);
  if (container === undefined || host === undefined) return undefined;
  if (container !== 1 && item.hostPort !== '' && host !== container) return undefined;
  if (item.protocol && !EXPOSE_PROTOCOLS.includes(item.protocol.toLowerCase())) return undefined;
  const kept = item.protocol ? `${item.containerPort}/${item.protocol}` : item.containerPort;
  return {
    description: `Expose only the container port \`${kept}\``,
    safety: 'safe',
    edits: [{ range: item.word.range, text: kept }],
  };
}

export default defineRule({
  code: 'DF3010',
  name: 'no-expose-host-mapping',
  aliases: ['ExposeInvalidFormat'],
  severity: 'warning',
  category: 'correctness',
  fixable: 'safe',
  docs: {
    summary: '`EXPOSE` takes container ports only: no IP address or host port',
    why:
      '`EXPOSE` records which ports the container listens on; it publishes nothing. An IP address or a ' +
      'host port (`EXPOSE 8080:80`, `EXPOSE 127.0.0.1:80:80`) is ignored by the build, which keeps only ' +
      'the container port, so it suggests a mapping that does not happen: publish ports with ' +
      '`docker run -p` or Compose `ports:`. Docker\'s own build check warns about it and says it will ' +
      'become an error.',
    bad: 'FROM nginx:1.27\nEXPOSE 8080:80 127.0.0.1:8443:443/tcp',
    good: 'FROM nginx:1.27\nEXPOSE 80 443/tcp',
    fixed: 'FROM nginx:1.27\nEXPOSE 80 443/tcp',
    fixSafety:
      'The fix keeps the container port and protocol (`8080:80` becomes `80`), which is all the build ' +
      'records, so the image is the same. It is offered only for items the build accepts (a valid ' +
      'address, port numbers and ranges), and not for items written with variables or quotes.',
    differences:
      'As BuildKit, dflint substitutes the ARG and ENV values an `EXPOSE` sees. hadolint\'s DL3011 ' +
      '(`no-invalid-port`) judges only the container port of such an item, so the two rules never ' +
      'report the same problem twice.',
    references: [
      'https://docs.docker.com/reference/build-checks/expose-invalid-format/',
      'https://docs.docker.com/reference/dockerfile/#expose',
    ],
  },
  create(context) {
    return {
      EXPOSE(expose) {
        for (const item of exposeItems(context.model, expose)) {
          if (!item.ip && !item.hostPort) continue;
          const fix = keepContainerPort(item);
          const what = item.ip ? 'an IP address and host port' : 'a host port';
          context.report({
            range: item.word.range,
            message: `\`${item.text}\` gives ${what}, which \`EXPOSE\` ignores: expose the container port \`${item.containerPort}\` and publish it with \`docker run -p\``,
            ...(fix ? { fix } : {}),
          });
        }
      },
    };
  },
});
