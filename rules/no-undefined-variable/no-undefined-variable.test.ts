import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-undefined-variable.js';

const advice = (name: string) => `declare it with \`ARG ${name}\` in this stage (a global ARG too) or set it with \`ENV\` before this line`;
const undefinedHere = (name: string, suggestion?: string) =>
  `\`$${name}\` is not defined here${suggestion ? ` (did you mean \`$${suggestion}\`?)` : ''}, so the builder makes it an empty string: ${advice(name)}`;

testRule(rule, {
  valid: [
    { name: 'declared ARG', code: 'FROM alpine:3.20\nARG APP=api\nCOPY $APP /srv/' },
    { name: 'ARG without default is declared', code: 'FROM scratch\nARG APP\nCOPY $APP /srv/' },
    { name: 're-declared global ARG', code: 'ARG VERSION=1\nFROM alpine:3.20\nARG VERSION\nLABEL version=$VERSION' },
    { name: 'ENV before the use', code: 'FROM scratch\nENV DIR=/srv\nWORKDIR $DIR' },
    { name: 'ENV of the parent stage', code: 'FROM scratch AS base\nENV DIR=/srv\nFROM base\nWORKDIR $DIR' },
    { name: 'ARG of the parent stage', code: 'FROM alpine:3.20 AS base\nARG SRC=app\nFROM base\nCOPY $SRC /srv/' },
    { name: 'PATH is always set', code: 'FROM scratch\nENV PATH=/opt/bin:$PATH' },
    { name: 'escaped dollar', code: 'FROM scratch\nLABEL cmd=\\$HOME' },
    { name: 'single-quoted', code: "FROM scratch\nLABEL cmd='$HOME'" },
    { name: 'escaped with the backtick escape', code: '# escape=`\nFROM scratch\nLABEL cmd=`$HOME' },
    { name: 'shell-form RUN is left to the shell', code: 'ARG V=1\nFROM scratch\nRUN echo $V $UNSET' },
    { name: 'CMD and ENTRYPOINT are left to the shell', code: 'ARG V=1\nFROM scratch\nCMD echo $V\nENTRYPOINT ["sh", "-c", "echo $V"]' },
    { name: 'EXPOSE is not checked', code: 'ARG PORT=80\nFROM scratch\nEXPOSE $PORT' },
    { name: 'name the base image may set', code: 'FROM eclipse-temurin:21\nENV PATH=$JAVA_HOME/bin:$PATH' },
    { name: 'ENV of another stage may be the image\'s too', code: 'FROM oracle/base:1 AS build\nENV ORACLE_HOME=/u01\nFROM oracle/base:1\nWORKDIR $ORACLE_HOME' },
    { name: 'global ARG of the tag is often an ENV of the image', code: 'ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}-slim\nLABEL node=$NODE_VERSION' },
    { name: 'quoted heredoc delimiter', code: 'ARG V=1\nFROM scratch\nCOPY <<"EOF" /run.sh\nexec "$@" $V\nEOF' },
    { name: 'RUN heredoc is left to the shell', code: 'ARG V=1\nFROM alpine:3.20\nRUN <<EOF\necho $V\nEOF' },
    { name: 'ONBUILD runs in another build', code: 'ARG V=1\nFROM scratch\nONBUILD COPY $V /x' },
    { name: 'ARG items are declared one after the other', code: 'FROM scratch\nARG A=1 B=$A' },
    { name: 'same ENV is DL3044', code: 'FROM scratch\nENV A=1 B=$A' },
    { name: 'declared via build arg consumers only', code: 'FROM scratch\nARG TARGETARCH\nCOPY bin-$TARGETARCH /bin/app' },
    { name: 'BuildKit\'s SBOM args are never reported', code: 'FROM scratch\nLABEL scan=$BUILDKIT_SBOM_SCAN_STAGE' },
    { name: 'COPY --from is not expanded', code: 'ARG V=1\nFROM scratch\nCOPY --from=$V /a /a' },
    { name: 'build arg for an ARG declared', code: 'FROM scratch\nARG APP\nCOPY $APP /srv/', buildArgs: { APP: 'api' } },
  ],
  invalid: [
    {
      name: 'global ARG not declared again in the stage',
      code: 'ARG VERSION=1.4\nFROM eclipse-temurin:21-jre\nCOPY app-${VERSION}.jar /opt/',
      errors: [{ line: 3, column: 10, endColumn: 20, message: undefinedHere('VERSION') }],
    },
    {
      name: 'a build arg does not declare the ARG',
      code: 'ARG VERSION=1.4\nFROM eclipse-temurin:21-jre\nCOPY app-${VERSION}.jar /opt/',
      buildArgs: { VERSION: '2.0' },
      errors: [{ line: 3, column: 10, message: undefinedHere('VERSION') }],
    },
    {
      name: 'ARG declared after the use',
      code: 'FROM alpine:3.20\nCOPY $SRC /srv/\nARG SRC=app',
      errors: [{ line: 2, column: 6, endColumn: 10, message: undefinedHere('SRC') }],
    },
    {
      name: 'ENV of this stage set after the use',
      code: 'FROM alpine:3.20\nWORKDIR $APP_HOME\nENV APP_HOME=/srv',
      errors: [{ line: 2, column: 9, message: undefinedHere('APP_HOME') }],
    },
    {
      name: 'ARG of another stage',
      code: 'FROM alpine:3.20 AS build\nARG TOOL_VERSION=1\nFROM alpine:3.20\nLABEL tool=${TOOL_VERSION}',
      errors: [{ line: 4, column: 12, message: undefinedHere('TOOL_VERSION') }],
    },
    {
      name: 'predefined ARG not declared in the stage',
      code: 'FROM alpine:3.20\nCOPY bin/app-$TARGETARCH /usr/local/bin/app',
      errors: [{ line: 2, column: 14, endColumn: 25, message: undefinedHere('TARGETARCH') }],
    },
    {
      name: 'misspelt in a stage from scratch',
      code: 'FROM scratch\nENV PATH=/opt/bin:$PAHT',
      errors: [{ line: 2, column: 19, endColumn: 24, message: undefinedHere('PAHT', 'PATH') }],
    },
    {
      name: 'suggests a declared ARG',
      code: 'FROM scratch\nARG DIR_ASSETS=assets/\nCOPY $DIR_ASSET /srv/',
      errors: [{ line: 3, column: 6, message: undefinedHere('DIR_ASSET', 'DIR_ASSETS') }],
    },
    {
      name: 'a default does not make it defined',
      code: 'ARG V=1\nFROM alpine:3.20\nLABEL a=${V:-0} b=${V:+set}',
      errors: [{ line: 3, column: 9, endColumn: 16, message: undefinedHere('V') }, { line: 3, column: 19, endColumn: 28, message: undefinedHere('V') }],
    },
    {
      name: 'inside a modifier word',
      code: 'FROM scratch\nARG A\nLABEL a=${A:-$B}',
      errors: [{ line: 3, column: 14, endColumn: 16, message: undefinedHere('B') }],
    },
    {
      name: 'in double quotes',
      code: 'FROM scratch\nLABEL a="x $B"',
      errors: [{ line: 2, column: 12, message: undefinedHere('B') }],
    },
    {
      name: 'unquoted COPY heredoc body',
      code: 'ARG GREETING=hi\nFROM alpine:3.20\nCOPY <<EOF /etc/motd\n$GREETING from \'$GREETING\'\nEOF',
      errors: [{ line: 4, column: 1, endColumn: 10, message: undefinedHere('GREETING') }, { line: 4, column: 17, endColumn: 26, message: undefinedHere('GREETING') }],
    },
    {
      name: 'a shell parameter in an unquoted heredoc',
      code: 'FROM alpine:3.20\nCOPY <<EOF /entrypoint.sh\nexec "$@"\nEOF',
      errors: [{ line: 3, column: 7, endColumn: 9, message: '`$@` is not defined here, so the builder makes it an empty string: escape it (`\\$@`) if the shell is meant to expand it' }],
    },
    {
      name: 'RUN --mount option',
      code: 'ARG CACHE=/root/.cache\nFROM alpine:3.20\nRUN --mount=type=cache,target=$CACHE make',
      errors: [{ line: 3, column: 31, endColumn: 37, message: undefinedHere('CACHE') }],
    },
    {
      name: 'COPY --chown and USER',
      code: 'ARG UID=1000\nFROM alpine:3.20\nCOPY --chown=$UID app /app\nUSER $UID',
      errors: [{ line: 3, column: 14, message: undefinedHere('UID') }, { line: 4, column: 6, message: undefinedHere('UID') }],
    },
    {
      name: 'VOLUME in JSON form and STOPSIGNAL',
      code: 'ARG DATA=/data SIG=SIGTERM\nFROM alpine:3.20\nVOLUME ["$DATA"]\nSTOPSIGNAL $SIG',
      errors: [{ line: 3, column: 10, message: undefinedHere('DATA', 'PATH') }, { line: 4, column: 12, message: undefinedHere('SIG') }],
    },
    {
      name: 'ARG default',
      code: 'ARG BASE=/opt\nFROM alpine:3.20\nARG DIR=$BASE/app',
      errors: [{ line: 3, column: 9, message: undefinedHere('BASE') }],
    },
    {
      name: 'continued line',
      code: 'ARG V=1\nFROM alpine:3.20\nLABEL a=1 \\\n      b=$V',
      errors: [{ line: 4, column: 9, endColumn: 11, message: undefinedHere('V') }],
    },
    {
      name: 'CRLF',
      code: 'ARG V=1\r\nFROM alpine:3.20\r\nLABEL b=$V\r\n',
      errors: [{ line: 3, column: 9, endColumn: 11, message: undefinedHere('V') }],
    },
  ],
});
