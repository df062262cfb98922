import { BUILD_ERROR, DL1000_DIFFERENCES, syntaxProblemRule } from '../../src/rule-kit/syntax-problems.js';

export default syntaxProblemRule('missing-arguments', {
  code: 'DF1002',
  name: 'missing-arguments',
  ...BUILD_ERROR,
  fixable: false,
  docs: {
    summary: 'Instructions must have the arguments they require',
    why:
      'An instruction with nothing after its keyword (`WORKDIR`, `COPY`, `SHELL []`) fails the build, ' +
      'and so does a `HEALTHCHECK CMD` without a command. It is often the remains of an edit or of a ' +
      'variable-driven template that produced nothing. `RUN`, `CMD` and `ENTRYPOINT` are the ' +
      'exceptions: BuildKit builds them empty, as an empty shell command.',
    bad: 'FROM debian:12\nWORKDIR',
    good: 'FROM debian:12\nWORKDIR /app',
    differences: `${DL1000_DIFFERENCES} An empty \`RUN\`, \`CMD\` or \`ENTRYPOINT\` is not reported: BuildKit builds it.`,
    references: ['https://docs.docker.com/reference/dockerfile/'],
  },
});
