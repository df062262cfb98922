import { defineRule } from '../../src/engine/define-rule.js';

const HIGHEST_PORT = 65535;

/**
 * What is wrong with one EXPOSE item (`80`, `8000-8010/udp`), as BuildKit reads it (go-connections
 * `nat.ParsePortSpecs`): undefined when it is a valid port or range.
 */
function portProblem(item: string): string | undefined {
  const slash = item.indexOf('/');
  // An `ip:host:` prefix is accepted by the parser; the exposed port is the last part.
  const spec = (slash < 0 ? item : item.slice(0, slash)).split(':').pop()!;
  const match = /^(\d+)(?:-(\d+))?$/.exec(spec);
  if (!match) return `\`${item}\` is not a port number: write a port (\`80\`) or a range (\`8000-8010\`), optionally with \`/tcp\` or \`/udp\``;
  const [start, end] = [Number(match[1]), match[2] === undefined ? undefined : Number(match[2])];
  if (start > HIGHEST_PORT || (end ?? 0) > HIGHEST_PORT) return `\`${item}\` is not a valid port: ports range from 0 to ${HIGHEST_PORT}`;
  if (end !== undefined && end < start) return `\`${item}\` is not a valid port range: write the lower port first`;
  return undefined;
}

export default defineRule({
  code: 'DL3011',
  name: 'no-invalid-port',
  aliases: [],
  severity: 'error',
  category: 'correctness',
  fixable: false,
  docs: {
    summary: 'Expose only valid ports (0 to 65535)',
    why:
      'TCP and UDP ports are 16-bit numbers, so a port above 65535 cannot exist; BuildKit fails the ' +
      'build on it, as on a word that is not a port at all or a range written backwards. Such a port ' +
      'is usually a typo, or two ports run together.',
    bad: 'FROM nginx:1.27\nEXPOSE 80443',
    good: 'FROM nginx:1.27\nEXPOSE 80 443',
    references: ['https://docs.docker.com/reference/dockerfile/#expose'],
    differences:
      'hadolint skips every port written with a variable and only checks the upper bound. dflint ' +
      'substitutes the ARG and ENV values the EXPOSE sees (`ARG PORT=80000` then `EXPOSE $PORT` is ' +
      'reported; a variable of unknown value is not judged), and also reports what BuildKit rejects ' +
      'besides: words that are not ports (`EXPOSE http`) and ranges written backwards (`EXPOSE 9000-8000`).',
  },
  create(context) {
    const { model } = context;
    return {
      EXPOSE(expose) {
        for (const word of expose.args) {
          const resolution = model.variables.resolve(word.raw, expose);
          if (resolution.unresolved.length > 0) continue;
          // BuildKit splits a substituted value into words, so one variable may hold several ports.
          for (const item of resolution.value.split(/\s+/).filter(Boolean)) {
            const problem = portProblem(item);
            if (problem) context.report({ range: word.range, message: problem });
          }
        }
      },
    };
  },
});
