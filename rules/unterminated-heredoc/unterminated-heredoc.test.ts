import { testRule } from '../../test/support/rule-tester.js';
import rule from './unterminated-heredoc.js';

testRule(rule, {
  valid: [
    'FROM debian:12\nRUN <<EOF\napt-get update\nEOF',
    { name: 'chomped terminator indented with tabs', code: 'FROM debian:12\nRUN <<-EOF\n\tapt-get update\n\tEOF' },
    { name: 'quoted delimiter', code: 'FROM debian:12\nRUN <<"EOF"\necho $HOME\nEOF' },
    { name: 'two heredocs', code: 'FROM debian:12\nRUN <<A cat >a && <<B cat >b\none\nA\ntwo\nB' },
    { name: 'COPY heredoc', code: 'FROM debian:12\nCOPY <<EOF /etc/app.conf\nkey=value\nEOF' },
    { name: 'fd prefix', code: 'FROM debian:12\nRUN 3<<EOF cat /dev/fd/3\nx\nEOF' },
    { name: '<< inside quotes is not a heredoc', code: 'FROM debian:12\nRUN echo "<<EOF"' },
    { name: 'exec form has no heredocs', code: 'FROM debian:12\nRUN ["cat", "<<EOF"]' },
    { name: 'CRLF terminator', code: 'FROM debian:12\r\nRUN <<EOF\r\nmake\r\nEOF\r\n' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN <<EOF\napt-get update\n  EOF',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 10, message: 'Unterminated heredoc: no line `EOF` closes it' }],
    },
    { name: 'at the end of the file', code: 'FROM debian:12\nCOPY <<EOF /etc/app.conf', errors: [{ line: 2, column: 6, endColumn: 11, message: 'Unterminated heredoc: no line `EOF` closes it' }] },
    { name: 'chomp needs tabs, not spaces', code: 'FROM debian:12\nRUN <<-EOF\n    make\n    EOF\nCMD ["x"]', errors: [{ line: 2, column: 5, endColumn: 11, message: 'Unterminated heredoc: no line `EOF` closes it' }] },
    { name: 'the second of two', code: 'FROM debian:12\nRUN <<A cat >a && <<B cat >b\none\nA\ntwo\nRUN make', errors: [{ line: 2, column: 19, endColumn: 22, message: 'Unterminated heredoc: no line `B` closes it' }] },
    { name: 'trailing space on the terminator', code: 'FROM debian:12\nRUN <<EOF\nmake\nEOF \nRUN echo next', errors: [{ line: 2, column: 5, message: 'Unterminated heredoc: no line `EOF` closes it' }] },
    { name: 'inside ONBUILD', code: 'FROM debian:12\nONBUILD RUN <<EOF\nmake', errors: [{ line: 2, column: 13, endColumn: 18, message: 'Unterminated heredoc: no line `EOF` closes it' }] },
  ],
});
