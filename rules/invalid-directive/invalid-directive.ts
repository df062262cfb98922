import { BUILD_ERROR, DL1000_DIFFERENCES, syntaxProblemRule } from '../../src/rule-kit/syntax-problems.js';

export default syntaxProblemRule('invalid-directive', {
  code: 'DF1006',
  name: 'invalid-directive',
  ...BUILD_ERROR,
  fixable: false,
  docs: {
    summary: 'Parser directives must be valid and appear once',
    why:
      'BuildKit fails the build when the `escape` directive names anything but `\\` or a backtick, and ' +
      'when a directive (`syntax`, `escape`, `check`) appears twice in the directive block.',
    bad: '# escape=`\n# escape=\\\nFROM mcr.microsoft.com/windows/servercore:ltsc2022',
    good: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022',
    differences:
      `${DL1000_DIFFERENCES} Like BuildKit (and unlike dockerfile-ast), dflint ends the directive ` +
      'block at the first line that is not a known directive, so `# foo=bar` followed by ' +
      '`# escape=`` leaves the escape character at `\\`.',
    references: ['https://docs.docker.com/reference/dockerfile/#parser-directives'],
  },
});
