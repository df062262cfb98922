import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-invalid-label-key.js';

testRule(rule, {
  valid: [
    'FROM alpine:3.20\nLABEL org.opencontainers.image.title="app"',
    'FROM alpine:3.20\nLABEL maintainer="team@example.com" version="1.0"',
    'FROM alpine:3.20\nLABEL org.valid-key.label3="foo"',
    'FROM alpine:3.20\nLABEL com.example.team_name="x" io.example/owner="y"',
    'FROM alpine:3.20\nLABEL a=b',
    { name: 'quoted key: BuildKit removes the quotes', code: 'FROM alpine:3.20\nLABEL "maintainer"="Oracle" \'vendor\'=x' },
    { name: 'legacy space-separated form', code: 'FROM alpine:3.20\nLABEL description This image runs the app' },
    { name: 'key from a build argument without default', code: 'FROM alpine:3.20\nARG KEY\nLABEL ${KEY}=1' },
    { name: 'key from an ENV that resolves to a good key', code: 'FROM alpine:3.20\nENV PREFIX=com.example\nLABEL ${PREFIX}.team=core' },
    { name: 'upper-case values are fine', code: 'FROM alpine:3.20\nLABEL description="Runs The App" vendor=ACME' },
    { name: 'allowedKeys option', code: 'FROM centos:7\nLABEL RUN="docker run -d IMAGE" INSTALL="docker run --rm IMAGE install"', options: { allowedKeys: ['RUN', 'INSTALL'] } },
    { name: 'other instructions', code: 'FROM alpine:3.20\nENV Version=1\nARG Name=x' },
    { name: 'similar but not reserved prefix', code: 'FROM alpine:3.20\nLABEL com.dockerfile.x=1 io.dockerhub=2' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nLABEL Version="1.0"',
      errors: [{ line: 2, column: 7, endColumn: 14, message: 'Label key `Version` has upper-case letters; use `version`' }],
    },
    {
      code: 'FROM alpine:3.20\nLABEL com.docker.label="foo"',
      errors: [{ line: 2, column: 7, endColumn: 23, message: 'Label key `com.docker.label` is in the `com.docker.*` namespace, which Docker reserves; prefix it with a reverse DNS name you own' }],
    },
    { code: 'FROM alpine:3.20\nLABEL io.docker.x=1', errors: [{ line: 2, column: 7, message: /`io\.docker\.\*` namespace/ }] },
    { code: 'FROM alpine:3.20\nLABEL org.dockerproject.x=1', errors: [{ line: 2, column: 7, message: /`org\.dockerproject\.\*` namespace/ }] },
    { code: 'FROM alpine:3.20\nLABEL 1st=x', errors: [{ line: 2, column: 7, message: 'Label key `1st` does not start with a letter; use lower-case letters, digits, `.`, `-`, `_` and `/`, starting with a letter and ending with a letter or digit' }] },
    { code: 'FROM alpine:3.20\nLABEL .hidden=x', errors: [{ line: 2, column: 7, message: /does not start with a letter/ }] },
    { code: 'FROM alpine:3.20\nLABEL trailing.=x', errors: [{ line: 2, column: 7, message: /does not end with a letter or digit/ }] },
    { code: 'FROM alpine:3.20\nLABEL com..example=x', errors: [{ line: 2, column: 7, message: /has `\.\.`/ }] },
    { code: 'FROM alpine:3.20\nLABEL com.ex--ample=x', errors: [{ line: 2, column: 7, message: /has `--`/ }] },
    { code: 'FROM alpine:3.20\nLABEL com.example:key=x', errors: [{ line: 2, column: 7, message: /has the character `:`/ }] },
    { name: 'quoted key with a space', code: 'FROM alpine:3.20\nLABEL "my key"=x', errors: [{ line: 2, column: 7, endColumn: 15, message: /has a space/ }] },
    {
      name: 'each bad key of a multi-line LABEL, at the key',
      code: 'FROM centos:7\nLABEL Name="bind" \\\n      vendor="CentOS" \\\n      Version=9.16',
      errors: [{ line: 2, column: 7, endColumn: 11, message: 'Label key `Name` has upper-case letters; use `name`' }, { line: 4, column: 7, endColumn: 14, message: 'Label key `Version` has upper-case letters; use `version`' }],
    },
    { name: 'legacy form', code: 'FROM centos:7\nLABEL INSTALL /usr/bin/docker run IMAGE', errors: [{ line: 2, column: 7, endColumn: 14, message: /`INSTALL` has upper-case letters; use `install`/ }] },
    { name: 'quoted upper-case key', code: 'FROM ibm:1\nLABEL "ProductID"="fbf6a96d"', errors: [{ line: 2, column: 7, endColumn: 18, message: /`ProductID`/ }] },
    { name: 'key resolved from an ENV', code: 'FROM alpine:3.20\nENV PREFIX=Com.Example\nLABEL ${PREFIX}.team=core', errors: [{ line: 3, column: 7, endColumn: 21, message: /`Com\.Example\.team`/ }] },
    { name: 'key resolved from a build argument default', code: 'FROM alpine:3.20\nARG KEY=Owner\nLABEL $KEY=core', errors: [{ line: 3, column: 7, message: /`Owner`/ }] },
    { name: 'allowedKeys is exact', code: 'FROM centos:7\nLABEL RUN=x Run=y', options: { allowedKeys: ['RUN'] }, errors: [{ line: 2, column: 13, message: /`Run`/ }] },
    { name: 'ONBUILD LABEL', code: 'FROM alpine:3.20\nONBUILD LABEL Team=core', errors: [{ line: 2, column: 15, endColumn: 19, message: 'Label key `Team` has upper-case letters; use `team`' }] },
  ],
});
