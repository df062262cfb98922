import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-legacy-key-value.js';

const message = (keyword: string, key: string) => `\`${keyword} ${key} value\` is the legacy form: write \`${keyword} ${key}=value\``;
const spaced = (keyword: string, key: string) =>
  `\`${keyword} ${key} = value\` is the legacy form, and the value starts with \`=\`: write \`${keyword} ${key}=value\` with no blanks around \`=\``;

testRule(rule, {
  valid: [
    'FROM alpine:3.20\nENV APP_HOME=/opt/app',
    'FROM alpine:3.20\nENV A=1 B="two words"',
    'FROM alpine:3.20\nLABEL org.opencontainers.image.title="My app"',
    { name: 'ARG has no legacy form: `ARG A B` declares two arguments', code: 'FROM alpine:3.20\nARG VERSION LATEST' },
    { name: 'ARG before FROM', code: 'ARG VERSION 3.20\nFROM alpine:${VERSION}' },
    { name: 'RUN text that looks like ENV', code: 'FROM alpine:3.20\nRUN echo ENV A b' },
    { name: 'heredoc body', code: 'FROM alpine:3.20\nRUN <<EOF\nENV A b\nEOF' },
  ],
  invalid: [
    {
      name: 'one word',
      code: 'FROM alpine:3.20\nENV APP_HOME /opt/app',
      errors: [{ line: 2, column: 5, endColumn: 22, message: message('ENV', 'APP_HOME') }],
      output: 'FROM alpine:3.20\nENV APP_HOME=/opt/app',
    },
    {
      name: 'several words are quoted',
      code: 'FROM alpine:3.20\nENV GREETING   hello   world',
      errors: [{ line: 2, column: 5, endColumn: 29, message: message('ENV', 'GREETING') }],
      output: 'FROM alpine:3.20\nENV GREETING="hello   world"',
    },
    {
      name: 'variables still expand',
      code: 'FROM alpine:3.20\nENV PATH /opt/bin:$PATH\nENV MOTD welcome to ${HOSTNAME:-the box}',
      errors: [
        { line: 2, column: 5, message: message('ENV', 'PATH') },
        { line: 3, column: 5, message: message('ENV', 'MOTD') },
      ],
      output: 'FROM alpine:3.20\nENV PATH=/opt/bin:$PATH\nENV MOTD="welcome to ${HOSTNAME:-the box}"',
    },
    {
      name: 'quotes and escapes keep their meaning',
      code: "FROM alpine:3.20\nENV Q say 'a \"b\" $c' \"d e\"\nENV W a\\ b\\$c \\\\d",
      errors: [
        { line: 2, column: 5, message: message('ENV', 'Q') },
        { line: 3, column: 5, message: message('ENV', 'W') },
      ],
      output: 'FROM alpine:3.20\nENV Q="say a \\"b\\" \\$c d e"\nENV W="a b\\$c \\\\d"',
    },
    {
      name: 'a quoted value without blanks outside the quotes is kept',
      code: 'FROM alpine:3.20\nENV TERM "xterm-256color"',
      errors: [{ line: 2, column: 5, message: message('ENV', 'TERM') }],
      output: 'FROM alpine:3.20\nENV TERM="xterm-256color"',
    },
    {
      name: 'a # is part of the value',
      code: 'FROM alpine:3.20\nENV MODE fast # not a comment',
      errors: [{ line: 2, column: 5, message: message('ENV', 'MODE') }],
      output: 'FROM alpine:3.20\nENV MODE="fast # not a comment"',
    },
    {
      name: 'LABEL',
      code: 'FROM alpine:3.20\nLABEL description Runs the app\nLABEL version 1.0',
      errors: [
        { line: 2, column: 7, message: message('LABEL', 'description') },
        { line: 3, column: 7, message: message('LABEL', 'version') },
      ],
      output: 'FROM alpine:3.20\nLABEL description="Runs the app"\nLABEL version=1.0',
    },
    {
      name: 'key = value: the value holds the =, the unsafe fix drops it',
      code: 'FROM alpine:3.20\nLABEL maintainer = "Jane Doe <jane@example.com>"',
      errors: [{ line: 2, column: 7, message: spaced('LABEL', 'maintainer') }],
      output: 'FROM alpine:3.20\nLABEL maintainer="Jane Doe <jane@example.com>"',
    },
    {
      name: 'a value over several lines keeps its lines',
      code: 'FROM php:8.3\nENV BUILD_DEPS \\\n    autoconf \\\n    make\nRUN apt-get install -y $BUILD_DEPS',
      errors: [{ line: 2, column: 5, endLine: 4, endColumn: 9, message: message('ENV', 'BUILD_DEPS') }],
      output: 'FROM php:8.3\nENV BUILD_DEPS="autoconf \\\n    make"\nRUN apt-get install -y $BUILD_DEPS',
    },
    {
      name: 'ONBUILD',
      code: 'FROM alpine:3.20\nONBUILD ENV STAGE child image',
      errors: [{ line: 2, column: 13, message: message('ENV', 'STAGE') }],
      output: 'FROM alpine:3.20\nONBUILD ENV STAGE="child image"',
    },
    {
      name: 'CRLF and lower-case keyword',
      code: 'FROM alpine:3.20\r\nenv LANG C.UTF-8\r\nenv NAME my app\r\n',
      errors: [
        { line: 2, column: 5, message: message('env', 'LANG') },
        { line: 3, column: 5, message: message('env', 'NAME') },
      ],
      output: 'FROM alpine:3.20\r\nenv LANG=C.UTF-8\r\nenv NAME="my app"\r\n',
    },
    {
      name: 'backtick escape directive: a backslash is literal',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nENV APP C:\\Program Files\\app\nENV T a`$b c',
      errors: [
        { line: 3, column: 5, message: message('ENV', 'APP') },
        { line: 4, column: 5, message: message('ENV', 'T') },
      ],
      output: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nENV APP="C:\\Program Files\\app"\nENV T="a`$b c"',
    },
    {
      name: 'no fix when the value cannot be kept for certain',
      code: 'FROM alpine:3.20\nENV A ${B:-"x y"} z\nENV C it\'s\nENV D \\\n# why\n  value',
      errors: [
        { line: 2, column: 5, message: message('ENV', 'A') },
        { line: 3, column: 5, message: message('ENV', 'C') },
        { line: 4, column: 5, message: message('ENV', 'D') },
      ],
    },
  ],
});
