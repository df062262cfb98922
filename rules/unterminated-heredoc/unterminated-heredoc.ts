import { BUILD_ERROR, DL1000_DIFFERENCES, syntaxProblemRule } from '../../src/rule-kit/syntax-problems.js';

export default syntaxProblemRule('unterminated-heredoc', {
  code: 'DF1005',
  name: 'unterminated-heredoc',
  ...BUILD_ERROR,
  fixable: false,
  docs: {
    summary: 'Every heredoc must be closed by a line holding exactly its delimiter',
    why:
      'BuildKit reads a heredoc body up to a line that equals the delimiter (after removing leading ' +
      'tabs with `<<-`). Without one, the build fails with `unterminated heredoc`. A delimiter line ' +
      'with trailing spaces or indented with spaces does not count.',
    bad: 'FROM debian:12\nRUN <<EOF\napt-get update\n  EOF',
    good: 'FROM debian:12\nRUN <<EOF\napt-get update\nEOF',
    differences:
      `${DL1000_DIFFERENCES} dflint ends the unterminated body at the next line that starts an ` +
      'instruction, so the rest of the file is still checked.',
    references: ['https://docs.docker.com/reference/dockerfile/#here-documents'],
  },
});
