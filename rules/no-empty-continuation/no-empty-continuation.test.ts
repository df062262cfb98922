import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-empty-continuation.js';

testRule(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y curl',
    { name: 'a comment line inside a continuation', code: 'FROM debian:12\nRUN apt-get update && \\\n    # then install\n    apt-get install -y curl' },
    { name: 'a blank line between instructions', code: 'FROM debian:12\n\nRUN make\n\n' },
    { name: 'a blank line inside a heredoc body', code: 'FROM debian:12\nRUN <<EOF\nmake\n\nmake install\nEOF' },
    { name: 'a continuation on the last line', code: 'FROM debian:12\nRUN make \\\n' },
    { name: 'backtick escape', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n  c:\\' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get update && \\\n\n    apt-get install -y curl',
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 1, message: 'Empty continuation line: remove it (a future Docker release will reject it)' }],
      output: 'FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y curl',
    },
    {
      name: 'whitespace-only lines, two in a row',
      code: 'FROM debian:12\nRUN apt-get update && \\\n  \n\t\n    apt-get install -y curl',
      errors: [{ line: 3, column: 1, endColumn: 3, message: 'Empty continuation line: remove it (a future Docker release will reject it)' }, { line: 4, column: 1, endColumn: 2, message: 'Empty continuation line: remove it (a future Docker release will reject it)' }],
      output: 'FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y curl',
    },
    {
      name: 'a whitespace-only last line: the fix stays inside the text (found by the fuzz test)',
      code: 'FROM debian:12\nRUN apt-get install -y curl \\\n    ',
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 5, message: 'Empty continuation line: remove it (a future Docker release will reject it)' }],
      output: 'FROM debian:12\nRUN apt-get install -y curl \\\n',
    },
    {
      name: 'around a comment line',
      code: 'FROM debian:12\nRUN a && \\\n\n    # comment\n\n    b',
      errors: [{ line: 3, column: 1, message: 'Empty continuation line: remove it (a future Docker release will reject it)' }, { line: 5, column: 1, message: 'Empty continuation line: remove it (a future Docker release will reject it)' }],
      output: 'FROM debian:12\nRUN a && \\\n    # comment\n    b',
    },
    {
      name: 'CRLF',
      code: 'FROM debian:12\r\nRUN a && \\\r\n\r\n    b\r\n',
      errors: [{ line: 3, column: 1, message: 'Empty continuation line: remove it (a future Docker release will reject it)' }],
      output: 'FROM debian:12\r\nRUN a && \\\r\n    b\r\n',
    },
    {
      name: 'a blank line that pulls the next instruction in',
      code: 'FROM debian:12\nENV A=1 \\\n\nRUN make',
      errors: [{ line: 3, column: 1, message: 'Empty continuation line: the line continuation ending line 2 carries `ENV` across it, so `RUN` on line 4 is read as part of that `ENV`, not as an instruction' }],
      output: 'FROM debian:12\nENV A=1\n\nRUN make',
    },
    {
      name: 'a leftover continuation before a blank line and a comment swallows the COPY',
      code: 'FROM alpine:3\nRUN apk add --no-cache samba-common-tools samba-server \\\n\n# configuration\nCOPY ./data/smb.conf /etc/samba/\nEXPOSE 445',
      errors: [{ line: 3, column: 1, endColumn: 1, message: 'Empty continuation line: the line continuation ending line 2 carries `RUN` across it, so `COPY` on line 5 is read as part of that `RUN`, not as an instruction' }],
      output: 'FROM alpine:3\nRUN apk add --no-cache samba-common-tools samba-server\n\n# configuration\nCOPY ./data/smb.conf /etc/samba/\nEXPOSE 445',
    },
    {
      name: 'a swallowed instruction in a backtick-escaped file with CRLF line ends',
      code: '# escape=`\r\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\r\nRUN mkdir C:\\app `\r\n\r\nCOPY app C:/app/\r\n',
      errors: [{ line: 4, column: 1, message: 'Empty continuation line: the line continuation ending line 3 carries `RUN` across it, so `COPY` on line 5 is read as part of that `RUN`, not as an instruction' }],
      output: '# escape=`\r\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\r\nRUN mkdir C:\\app\r\n\r\nCOPY app C:/app/\r\n',
    },
    {
      name: 'no fix when the line before the gap ends in `&&`',
      code: 'FROM debian:12\nRUN apt-get update && \\\n\nWORKDIR /app',
      errors: [{ line: 3, column: 1, message: 'Empty continuation line: the line continuation ending line 2 carries `RUN` across it, so `WORKDIR` on line 4 is read as part of that `RUN`, not as an instruction' }],
    },
    {
      name: 'a keyword after HEALTHCHECK flags is its type, not a new instruction',
      code: 'FROM debian:12\nHEALTHCHECK --interval=30s \\\n\n  CMD curl -f http://localhost/',
      errors: [{ line: 3, column: 1, message: 'Empty continuation line: remove it (a future Docker release will reject it)' }],
      output: 'FROM debian:12\nHEALTHCHECK --interval=30s \\\n  CMD curl -f http://localhost/',
    },
    {
      name: 'a shell command spelled like a keyword in another case',
      code: 'FROM debian:12\nRUN set -x \\\n\n    && env | sort \\\n\n    env',
      errors: [
        { line: 3, column: 1, message: 'Empty continuation line: remove it (a future Docker release will reject it)' },
        { line: 5, column: 1, message: 'Empty continuation line: remove it (a future Docker release will reject it)' },
      ],
      output: 'FROM debian:12\nRUN set -x \\\n    && env | sort \\\n    env',
    },
    {
      name: 'in a backtick-escaped file',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n\n  c:\\',
      errors: [{ line: 4, column: 1, message: 'Empty continuation line: remove it (a future Docker release will reject it)' }],
      output: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n  c:\\',
    },
  ],
});
