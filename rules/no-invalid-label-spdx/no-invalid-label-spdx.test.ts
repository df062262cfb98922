import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-invalid-label-spdx.js';

const schema = { labelSchema: { spdxlabel: 'spdx' } } as const;

testRule(rule, {
  valid: [
    { name: 'no schema: the rule is off', code: 'FROM alpine:3.20\nLABEL spdxlabel="not-spdx"' },
    { code: 'FROM alpine:3.20\nLABEL spdxlabel="BSD-3-Clause"', settings: schema },
    { code: 'FROM alpine:3.20\nLABEL spdxlabel=MIT', settings: schema },
    { name: 'an expression (OCI licenses label)', code: 'FROM alpine:3.20\nLABEL spdxlabel="Apache-2.0 OR MIT"', settings: schema },
    { name: 'an exception', code: 'FROM alpine:3.20\nLABEL spdxlabel="GPL-2.0-only WITH Classpath-exception-2.0"', settings: schema },
    { name: 'identifiers are case-insensitive', code: 'FROM alpine:3.20\nLABEL spdxlabel="apache-2.0"', settings: schema },
    { name: 'a LicenseRef', code: 'FROM alpine:3.20\nLABEL spdxlabel=LicenseRef-Proprietary', settings: schema },
    { name: 'value from a build argument', code: 'FROM alpine:3.20\nARG LICENSE=TBD\nLABEL spdxlabel=$LICENSE', settings: schema },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nLABEL spdxlabel="not-spdx"',
      settings: schema,
      errors: [{ line: 2, column: 17, endColumn: 27, message: 'Label `spdxlabel` is not an SPDX license expression: `not-spdx`; use SPDX identifiers such as `MIT` or `Apache-2.0 OR MIT`' }],
    },
    { name: 'a license name', code: 'FROM alpine:3.20\nLABEL spdxlabel="Apache License 2.0"', settings: schema, errors: [{ line: 2, column: 17, message: 'Label `spdxlabel` is not an SPDX license expression: `Apache License 2.0`; use SPDX identifiers such as `MIT` or `Apache-2.0 OR MIT`' }] },
    { name: 'operators are upper case', code: 'FROM alpine:3.20\nLABEL spdxlabel="MIT or Apache-2.0"', settings: schema, errors: [{ line: 2, column: 17, message: 'Label `spdxlabel` is not an SPDX license expression: `MIT or Apache-2.0`; use SPDX identifiers such as `MIT` or `Apache-2.0 OR MIT`' }] },
    { name: 'GPL alone names no version', code: 'FROM alpine:3.20\nLABEL spdxlabel=GPL', settings: schema, errors: [{ line: 2, column: 17, message: 'Label `spdxlabel` is not an SPDX license expression: `GPL`; use SPDX identifiers such as `MIT` or `Apache-2.0 OR MIT`' }] },
    { name: 'from an ENV', code: 'FROM alpine:3.20\nENV L=GPLv2\nLABEL spdxlabel=$L', settings: schema, errors: [{ line: 3, column: 17, message: /`GPLv2`/ }] },
  ],
});
