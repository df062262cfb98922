import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-expose-host-mapping.js';

const host = (item: string, port: string) =>
  `\`${item}\` gives a host port, which \`EXPOSE\` ignores: expose the container port \`${port}\` and publish it with \`docker run -p\``;
const address = (item: string, port: string) =>
  `\`${item}\` gives an IP address and host port, which \`EXPOSE\` ignores: expose the container port \`${port}\` and publish it with \`docker run -p\``;

testRule(rule, {
  valid: [
    'FROM nginx:1.27\nEXPOSE 80 443/tcp 8000-8010/udp',
    { name: 'a variable of unknown value', code: 'FROM nginx:1.27\nARG PORTS\nEXPOSE $PORTS' },
    { name: 'a variable holding a container port', code: 'FROM nginx:1.27\nENV PORT=8080\nEXPOSE ${PORT}/tcp' },
    { name: 'ONBUILD is not checked', code: 'FROM nginx:1.27\nONBUILD EXPOSE 80:80' },
  ],
  invalid: [
    {
      name: 'host port',
      code: 'FROM nginx:1.27\nEXPOSE 8080:80 443',
      errors: [{ line: 2, column: 8, endColumn: 15, message: host('8080:80', '80') }],
      output: 'FROM nginx:1.27\nEXPOSE 80 443',
    },
    {
      name: 'IP address, host port and protocol',
      code: 'FROM nginx:1.27\nEXPOSE 127.0.0.1:8443:443/tcp',
      errors: [{ line: 2, column: 8, endColumn: 30, message: address('127.0.0.1:8443:443/tcp', '443') }],
      output: 'FROM nginx:1.27\nEXPOSE 443/tcp',
    },
    {
      name: 'IP address with an empty host port',
      code: 'FROM nginx:1.27\nEXPOSE 0.0.0.0::53/udp',
      errors: [{ line: 2, column: 8, message: address('0.0.0.0::53/udp', '53') }],
      output: 'FROM nginx:1.27\nEXPOSE 53/udp',
    },
    {
      name: 'IPv6 address',
      code: 'FROM nginx:1.27\nEXPOSE [::1]:80:80',
      errors: [{ line: 2, column: 8, message: address('[::1]:80:80', '80') }],
      output: 'FROM nginx:1.27\nEXPOSE 80',
    },
    {
      name: 'ranges',
      code: 'FROM nginx:1.27\nEXPOSE 9000-9009:8000-8009 7000-7009:80 7000:8000-8001',
      errors: [
        { line: 2, column: 8, message: host('9000-9009:8000-8009', '8000-8009') },
        { line: 2, column: 28, message: host('7000-7009:80', '80') },
        { line: 2, column: 41, message: host('7000:8000-8001', '8000-8001') },
      ],
      output: 'FROM nginx:1.27\nEXPOSE 8000-8009 80 7000:8000-8001',
    },
    {
      name: 'from a variable: reported without a fix',
      code: 'FROM nginx:1.27\nARG MAPPING=8080:80\nEXPOSE ${MAPPING}',
      errors: [{ line: 3, column: 8, message: host('8080:80', '80') }],
    },
    {
      name: 'CRLF and a continuation',
      code: 'FROM nginx:1.27\r\nEXPOSE 80 \\\r\n  8080:8080\r\n',
      errors: [{ line: 3, column: 3, message: host('8080:8080', '8080') }],
      output: 'FROM nginx:1.27\r\nEXPOSE 80 \\\r\n  8080\r\n',
    },
    {
      name: 'backtick escape directive',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nEXPOSE 80:80 `\n  443',
      errors: [{ line: 3, column: 8, message: host('80:80', '80') }],
      output: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nEXPOSE 80 `\n  443',
    },
  ],
});
