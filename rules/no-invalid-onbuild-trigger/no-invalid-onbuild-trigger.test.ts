import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-invalid-onbuild-trigger.js';

testRule(rule, {
  valid: [
    'FROM debian:12\nONBUILD RUN apt-get update',
    'FROM debian:12\nONBUILD COPY . /app',
    { name: 'a FROM mentioned in the trigger', code: 'FROM debian:12\nONBUILD RUN echo FROM debian' },
    { name: 'MAINTAINER outside ONBUILD is another rule', code: 'FROM debian:12\nMAINTAINER me' },
    { name: 'ONBUILD with a heredoc trigger', code: 'FROM debian:12\nONBUILD RUN <<EOF\nFROM x\nEOF' },
    { name: 'ONBUILD with no trigger is a syntax problem', code: 'FROM debian:12\nONBUILD' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nONBUILD FROM debian:12',
      errors: [{ line: 2, column: 9, endLine: 2, endColumn: 13, message: '`FROM` is not allowed as an ONBUILD trigger and fails the build: remove this ONBUILD' }],
    },
    { code: 'FROM debian:12\nONBUILD MAINTAINER me@example.com', errors: [{ line: 2, column: 9, endColumn: 19, message: /`MAINTAINER`/ }] },
    { code: 'FROM debian:12\nONBUILD ONBUILD RUN make', errors: [{ line: 2, column: 9, endColumn: 16, message: /`ONBUILD`/ }] },
    { name: 'lower-case keywords', code: 'FROM debian:12\nonbuild from debian:12', errors: [{ line: 2, column: 9, endColumn: 13, message: '`FROM` is not allowed as an ONBUILD trigger and fails the build: remove this ONBUILD' }] },
    { name: 'extra spaces', code: 'FROM debian:12\nONBUILD   from   debian:12', errors: [{ line: 2, column: 11, endColumn: 15, message: '`FROM` is not allowed as an ONBUILD trigger and fails the build: remove this ONBUILD' }] },
    { name: 'in every stage', code: 'FROM debian:12 AS a\nONBUILD FROM x\nFROM debian:12\nONBUILD MAINTAINER y', errors: [{ line: 2, column: 9, message: '`FROM` is not allowed as an ONBUILD trigger and fails the build: remove this ONBUILD' }, { line: 4, column: 9, message: '`MAINTAINER` is not allowed as an ONBUILD trigger and fails the build: remove this ONBUILD' }] },
  ],
});
