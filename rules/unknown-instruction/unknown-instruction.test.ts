import { testRule } from '../../test/support/rule-tester.js';
import rule from './unknown-instruction.js';

testRule(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get update',
    { name: 'lower-case keywords are keywords', code: 'from debian:12\nrun apt-get update\ncmd ["bash"]' },
    { name: 'a comment line inside a continuation is not an instruction', code: 'FROM debian:12\nRUN apt-get update && \\\n# RUNN is only mentioned here\n    apt-get install -y curl' },
    { name: 'heredoc body lines are not instructions', code: 'FROM debian:12\nRUN <<EOF\nset -e\nmake install\nEOF' },
    { name: 'fd heredoc body lines are not instructions', code: 'FROM debian:12\nRUN 3<<EOF cat /dev/fd/3\nhello there\nEOF' },
    { name: 'every instruction keyword', code: 'ARG V=1\nFROM debian:12\nMAINTAINER me\nLABEL a=b\nENV A=b\nWORKDIR /app\nUSER app\nVOLUME /data\nEXPOSE 80\nSTOPSIGNAL SIGTERM\nSHELL ["/bin/sh", "-c"]\nONBUILD RUN x\nHEALTHCHECK NONE\nADD a.tgz /\nCOPY a /\nRUN x\nENTRYPOINT ["x"]\nCMD ["y"]' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUNN apt-get update',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 5, message: 'Unknown instruction `RUNN` (did you mean `RUN`?)' }],
    },
    {
      name: 'no suggestion when nothing is close',
      code: 'FROM debian:12\nINSTALL curl',
      errors: [{ line: 2, column: 1, endColumn: 8, message: 'Unknown instruction `INSTALL`' }],
    },
    {
      name: 'a lost continuation makes the next line an instruction',
      code: 'FROM debian:12\nRUN apt-get update &&\n    apt-get install -y curl',
      errors: [{ line: 3, column: 5, endColumn: 12, message: /^Unknown instruction `apt-get`/ }],
    },
    {
      name: 'inside ONBUILD',
      code: 'FROM debian:12\nONBUILD COPPY . /app',
      errors: [{ line: 2, column: 9, endColumn: 14, message: 'Unknown instruction `COPPY` (did you mean `COPY`?)' }],
    },
    {
      name: 'the rest of the file is still read after an unknown instruction',
      code: 'FROM debian:12\nEXPOSES 80\nWORKDRI /app\nRUN make',
      errors: [{ line: 2, column: 1, message: /`EXPOSE`/ }, { line: 3, column: 1, message: /`WORKDIR`/ }],
    },
    {
      name: 'CRLF line ends',
      code: 'FROM debian:12\r\nCOPPY . /app\r\n',
      errors: [{ line: 2, column: 1, endColumn: 6, message: 'Unknown instruction `COPPY` (did you mean `COPY`?)' }],
    },
  ],
});
