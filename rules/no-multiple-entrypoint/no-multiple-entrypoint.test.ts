import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-multiple-entrypoint.js';

testRule(rule, {
  valid: [
    'FROM debian:12\nENTRYPOINT ["/app"]',
    { name: 'one per stage', code: 'FROM debian:12 AS a\nENTRYPOINT ["/a"]\nFROM a\nENTRYPOINT ["/b"]' },
    { name: 'ONBUILD ENTRYPOINT', code: 'FROM debian:12\nENTRYPOINT ["/app"]\nONBUILD ENTRYPOINT ["/other"]' },
    { name: 'CMD twice is DL4003', code: 'FROM debian:12\nCMD ["a"]\nCMD ["b"]' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nENTRYPOINT ["/setup.sh"]\nENTRYPOINT ["/app"]',
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 11, message: 'Only the last `ENTRYPOINT` of a stage takes effect, and this one replaces the `ENTRYPOINT` on line 2: keep one' }],
      output: 'FROM debian:12\nENTRYPOINT ["/app"]',
    },
    { name: 'shell and exec form', code: 'FROM debian:12\nENTRYPOINT /setup.sh\nCMD ["x"]\nEntrypoint ["/app"]', errors: [{ line: 4, column: 1, endColumn: 11, message: 'Only the last `ENTRYPOINT` of a stage takes effect, and this one replaces the `ENTRYPOINT` on line 2: keep one' }], output: 'FROM debian:12\nCMD ["x"]\nEntrypoint ["/app"]' },
    {
      name: 'an ENTRYPOINT with a backtick continuation',
      code: '# escape=`\nFROM debian:12\nENTRYPOINT /setup.sh `\n  --all\nENTRYPOINT ["/app"]\n',
      errors: [{ line: 5, column: 1, message: 'Only the last `ENTRYPOINT` of a stage takes effect, and this one replaces the `ENTRYPOINT` on line 3: keep one' }],
      output: '# escape=`\nFROM debian:12\nENTRYPOINT ["/app"]\n',
    },
  ],
});
