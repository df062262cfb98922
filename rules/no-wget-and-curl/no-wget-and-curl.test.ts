import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-wget-and-curl.js';

testRule(rule, {
  valid: [
    'FROM debian:12\nRUN curl -fsSLO https://x/a\nRUN curl -fsSLO https://x/b',
    'FROM debian:12\nRUN wget -nv https://x/a && wget -nv https://x/b',
    { name: 'each stage chooses its own tool', code: 'FROM debian:12 AS a\nRUN wget -nv https://x/a\nFROM debian:12\nRUN curl -fsSLO https://x/b' },
    { name: 'installing a tool is not using it', code: 'FROM debian:12\nRUN apt-get install -y curl wget\nRUN curl -fsSLO https://x/a' },
    'FROM debian:12\nRUN echo wget\nRUN curl -fsSLO https://x/a',
    { name: 'PowerShell runs no POSIX commands', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN wget https://x/a -OutFile a; curl https://x/b -OutFile b' },
    { name: 'ONBUILD triggers are judged apart from the stage', code: 'FROM debian:12\nRUN wget -nv https://x/a\nONBUILD RUN curl -fsSLO https://x/b' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN wget -nv https://x/a\nRUN curl -fsSLO https://x/b',
      errors: [{ line: 3, column: 5, endColumn: 9, message: 'This stage uses both `wget` and `curl` (`wget` on line 2): use one of them' }],
    },
    {
      name: 'every later RUN using either',
      code: 'FROM debian:12\nRUN curl -fsSLO https://x/a\nRUN wget -nv https://x/b\nRUN echo done\nRUN curl -fsSLO https://x/c',
      errors: [{ line: 3, column: 5, message: 'This stage uses both `wget` and `curl` (`curl` on line 2): use one of them' }, { line: 5, column: 5, message: 'This stage uses both `wget` and `curl` (`wget` on line 3): use one of them' }],
    },
    { name: 'both in one RUN', code: 'FROM debian:12\nRUN wget -nv https://x/a && curl -fsSLO https://x/b', errors: [{ line: 2, column: 5, message: /`curl` on line 2/ }] },
    { name: 'through sudo', code: 'FROM debian:12\nRUN curl -fsSLO https://x/a\nRUN sudo wget -nv https://x/b', errors: [{ line: 3, column: 10, message: 'This stage uses both `wget` and `curl` (`curl` on line 2): use one of them' }] },
    { code: 'FROM debian:12\nRUN curl -fsSLO https://x/a\nRUN <<EOF\nwget -nv https://x/b\nEOF', errors: [{ line: 4, column: 1, message: 'This stage uses both `wget` and `curl` (`curl` on line 2): use one of them' }] },
    { name: 'ONBUILD triggers among themselves', code: 'FROM debian:12\nONBUILD RUN wget -nv https://x/a\nONBUILD RUN curl -fsSLO https://x/b', errors: [{ line: 3, column: 13, message: 'This stage uses both `wget` and `curl` (`wget` on line 2): use one of them' }] },
  ],
});
