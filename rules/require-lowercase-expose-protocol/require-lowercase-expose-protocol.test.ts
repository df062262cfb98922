import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-lowercase-expose-protocol.js';

const message = (item: string, protocol: string) => `Write the protocol of \`${item}\` in lower case: \`${protocol}\``;

testRule(rule, {
  valid: [
    'FROM nginx:1.27\nEXPOSE 80 443/tcp 53/udp 9999/sctp',
    'FROM nginx:1.27\nEXPOSE 8000-8010/udp',
    { name: 'an unknown protocol is a build error, not a casing problem', code: 'FROM nginx:1.27\nEXPOSE 80/HTTP' },
    { name: 'a variable of unknown value', code: 'FROM nginx:1.27\nARG PROTO\nEXPOSE 80/$PROTO' },
    { name: 'text that looks like EXPOSE', code: 'FROM nginx:1.27\nRUN echo EXPOSE 80/TCP' },
  ],
  invalid: [
    {
      code: 'FROM nginx:1.27\nEXPOSE 80/TCP 53/Udp 443',
      errors: [
        { line: 2, column: 8, endColumn: 14, message: message('80/TCP', 'tcp') },
        { line: 2, column: 15, endColumn: 21, message: message('53/Udp', 'udp') },
      ],
      output: 'FROM nginx:1.27\nEXPOSE 80/tcp 53/udp 443',
    },
    {
      name: 'a range, on a continuation line, CRLF',
      code: 'FROM nginx:1.27\r\nEXPOSE 80 \\\r\n  8000-8010/UDP\r\n',
      errors: [{ line: 3, column: 3, endColumn: 16, message: message('8000-8010/UDP', 'udp') }],
      output: 'FROM nginx:1.27\r\nEXPOSE 80 \\\r\n  8000-8010/udp\r\n',
    },
    {
      name: 'from a variable: reported without a fix',
      code: 'FROM nginx:1.27\nARG PORT=80/TCP\nEXPOSE $PORT',
      errors: [{ line: 3, column: 8, endColumn: 13, message: message('80/TCP', 'tcp') }],
    },
    {
      name: 'quoted: reported without a fix',
      code: 'FROM nginx:1.27\nEXPOSE "80/TCP"',
      errors: [{ line: 2, column: 8, message: message('80/TCP', 'tcp') }],
    },
    {
      name: 'backtick escape directive',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nEXPOSE `\n  80/TCP',
      errors: [{ line: 4, column: 3, message: message('80/TCP', 'tcp') }],
      output: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nEXPOSE `\n  80/tcp',
    },
    {
      name: 'ONBUILD is not checked by BuildKit, nor here',
      code: 'FROM nginx:1.27\nONBUILD EXPOSE 80/TCP\nEXPOSE 81/TCP',
      errors: [{ line: 3, column: 8, message: message('81/TCP', 'tcp') }],
      output: 'FROM nginx:1.27\nONBUILD EXPOSE 80/TCP\nEXPOSE 81/tcp',
    },
  ],
});
