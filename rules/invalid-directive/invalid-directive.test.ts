import { testRule } from '../../test/support/rule-tester.js';
import rule from './invalid-directive.js';

testRule(rule, {
  valid: [
    '# syntax=docker/dockerfile:1\n# escape=\\\nFROM debian:12',
    { name: 'backtick escape', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022' },
    { name: 'check directive', code: '# check=skip=JSONArgsRecommended;error=true\nFROM debian:12' },
    { name: 'after an unknown directive everything is a comment', code: '# foo=bar\n# escape=x\n# escape=`\nFROM debian:12' },
    { name: 'after a blank line a directive is a comment', code: '# escape=`\n\n# escape=\\\nFROM debian:12' },
    { name: 'a directive-like comment after FROM', code: 'FROM debian:12\n# escape=x' },
    { name: 'upper-case directive name', code: '# ESCAPE=`\nFROM debian:12' },
  ],
  invalid: [
    {
      code: '# escape=x\nFROM debian:12',
      errors: [{ line: 1, column: 10, endLine: 1, endColumn: 11, message: 'Invalid escape token `x`: use `\\` or a backtick' }],
    },
    {
      name: 'duplicate escape',
      code: '# escape=`\n# escape=\\\nFROM debian:12',
      errors: [{ line: 2, column: 1, endColumn: 11, message: 'Only one `escape` parser directive can be used' }],
    },
    {
      name: 'duplicate syntax in another case',
      code: '# syntax=docker/dockerfile:1\n# SYNTAX=docker/dockerfile:1.7\nFROM debian:12',
      errors: [{ line: 2, column: 1, message: 'Only one `syntax` parser directive can be used' }],
    },
    { name: 'after a shebang line', code: '#!/usr/bin/env dockerfile\n# escape=/\nFROM debian:12', errors: [{ line: 2, column: 10, message: 'Invalid escape token `/`: use `\\` or a backtick' }] },
  ],
});
