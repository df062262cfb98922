import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-maintainer.js';

testRule(rule, {
  valid: [
    'FROM alpine:3.20\nLABEL maintainer="Jane Doe <jane@example.com>"',
    'FROM alpine:3.20\nRUN echo MAINTAINER',
    'FROM alpine:3.20\nLABEL MAINTAINER=jane',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 11, message: /deprecated/ }],
      output: 'FROM alpine:3.20\nLABEL maintainer="Jane Doe <jane@example.com>"',
    },
    {
      name: 'lower-case keyword keeps its case',
      code: 'FROM alpine:3.20\nmaintainer jane@example.com',
      errors: [{ line: 2, column: 1, endColumn: 11, message: '`MAINTAINER` is deprecated: use `LABEL maintainer="..."` instead' }],
      output: 'FROM alpine:3.20\nlabel maintainer="jane@example.com"',
    },
    {
      name: 'quotes, dollars and backslashes are kept literally',
      code: 'FROM alpine:3.20\nMAINTAINER "Jane" $USER \\o/',
      errors: [{ line: 2, column: 1, message: '`MAINTAINER` is deprecated: use `LABEL maintainer="..."` instead' }],
      output: 'FROM alpine:3.20\nLABEL maintainer="\\"Jane\\" \\$USER \\\\o/"',
    },
    {
      name: 'backtick escape character',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nMAINTAINER "C:\\Users" `x',
      errors: [{ line: 3, column: 1, message: '`MAINTAINER` is deprecated: use `LABEL maintainer="..."` instead' }],
      output: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nLABEL maintainer="`"C:\\Users`" ``x"',
    },
    {
      name: 'continuation lines are joined',
      code: 'FROM alpine:3.20\nMAINTAINER Jane Doe \\\n  <jane@example.com>\nRUN true',
      errors: [{ line: 2, column: 1, message: '`MAINTAINER` is deprecated: use `LABEL maintainer="..."` instead' }],
      output: 'FROM alpine:3.20\nLABEL maintainer="Jane Doe   <jane@example.com>"\nRUN true',
    },
    {
      name: 'before the first FROM too',
      code: 'MAINTAINER jane\nFROM alpine:3.20',
      errors: [{ line: 1, column: 1, message: '`MAINTAINER` is deprecated: use `LABEL maintainer="..."` instead' }],
      output: 'LABEL maintainer="jane"\nFROM alpine:3.20',
    },
    {
      name: 'in every stage',
      code: 'FROM alpine:3.20 AS build\nMAINTAINER a\nFROM alpine:3.20\nMAINTAINER b',
      errors: [{ line: 2, column: 1, message: '`MAINTAINER` is deprecated: use `LABEL maintainer="..."` instead' }, { line: 4, column: 1, message: '`MAINTAINER` is deprecated: use `LABEL maintainer="..."` instead' }],
      output: 'FROM alpine:3.20 AS build\nLABEL maintainer="a"\nFROM alpine:3.20\nLABEL maintainer="b"',
    },
  ],
});
