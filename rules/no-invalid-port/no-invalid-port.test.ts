import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-invalid-port.js';

testRule(rule, {
  valid: [
    'FROM nginx:1.27\nEXPOSE 80',
    'FROM nginx:1.27\nEXPOSE 0 65535',
    'FROM nginx:1.27\nEXPOSE 80/tcp 53/udp 9999/sctp',
    { name: 'range', code: 'FROM nginx:1.27\nEXPOSE 40000-60000/tcp' },
    { name: 'one-port range', code: 'FROM nginx:1.27\nEXPOSE 8080-8080' },
    { name: 'variable of unknown value', code: 'FROM nginx:1.27\nEXPOSE $PORT' },
    { name: 'braced variable with a protocol', code: 'FROM nginx:1.27\nARG PORT\nEXPOSE ${PORT}/udp' },
    { name: 'ARG default', code: 'FROM nginx:1.27\nARG PORT=8080\nEXPOSE $PORT' },
    { name: 'ENV holding several ports', code: 'FROM nginx:1.27\nENV PORTS="80 443"\nEXPOSE $PORTS' },
    { name: 'ONBUILD EXPOSE is not checked', code: 'FROM nginx:1.27\nONBUILD EXPOSE $APP_PORT' },
    { name: 'quoted port', code: 'FROM nginx:1.27\nEXPOSE "8080"' },
    { name: 'several lines', code: 'FROM nginx:1.27\nEXPOSE 80 \\\n  443' },
  ],
  invalid: [
    {
      code: 'FROM nginx:1.27\nEXPOSE 80000',
      errors: [{ line: 2, column: 8, endLine: 2, endColumn: 13, message: '`80000` is not a valid port: ports range from 0 to 65535' }],
    },
    { name: 'upper end of a range', code: 'FROM nginx:1.27\nEXPOSE 60000-70000/tcp', errors: [{ line: 2, column: 8, endColumn: 23, message: /`60000-70000\/tcp` is not a valid port:/ }] },
    { name: 'among valid ports', code: 'FROM nginx:1.27\nEXPOSE 80 443 \\\n  99999/udp', errors: [{ line: 3, column: 3, endColumn: 12, message: '`99999/udp` is not a valid port: ports range from 0 to 65535' }] },
    { name: 'ARG default too high', code: 'FROM nginx:1.27\nARG PORT=80000\nEXPOSE ${PORT}', errors: [{ line: 3, column: 8, endColumn: 15, message: /`80000`/ }] },
    { name: 'not a number', code: 'FROM nginx:1.27\nEXPOSE http', errors: [{ line: 2, column: 8, message: /`http` is not a port number/ }] },
    { name: 'backwards range', code: 'FROM nginx:1.27\nEXPOSE 9000-8000', errors: [{ line: 2, column: 8, message: /not a valid port range/ }] },
    { name: 'ENV holding a bad port among good ones', code: 'FROM nginx:1.27\nENV PORTS="80 70000"\nEXPOSE $PORTS', errors: [{ line: 3, column: 8, message: /`70000`/ }] },
  ],
});
