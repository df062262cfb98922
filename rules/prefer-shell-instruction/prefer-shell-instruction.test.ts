import { testRule } from '../../test/support/rule-tester.js';
import rule from './prefer-shell-instruction.js';

testRule(rule, {
  valid: [
    'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN echo hi',
    { name: 'a link to sh changes no shell', code: 'FROM debian:12\nRUN ln -s /bin/sh /usr/local/bin/shell' },
    'FROM debian:12\nRUN ln -s /usr/bin/python3 /usr/bin/python',
    'FROM debian:12\nRUN echo ln -sf /bin/bash /bin/sh',
    { name: 'a scratch stage has no shell to replace', code: 'FROM busybox:musl AS bb\nFROM scratch AS base\nCOPY --from=bb /bin /busybox\nFROM base\nRUN ["/busybox/ln", "-s", "/busybox/sh", "/bin/sh"]' },
    { name: 'a single operand links into the current directory', code: 'FROM debian:12\nRUN ln -s /bin/sh' },
    { name: 'PowerShell runs no POSIX commands', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN ln -sf /bin/bash /bin/sh' },
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN ln -sf /bin/bash /bin/sh', errors: [{ line: 2, column: 22, endColumn: 29, message: 'Use `SHELL ["/bin/bash", "-c"]` to change the shell of RUN instead of replacing `/bin/sh`' }] },
    { code: 'FROM debian:12\nRUN rm /bin/sh && ln -s bash /usr/bin/sh', errors: [{ line: 2, column: 30, endColumn: 41, message: 'Use `SHELL ["/bin/bash", "-c"]` to change the shell of RUN instead of replacing `/bin/sh`' }] },
    { name: 'with a backup suffix', code: 'FROM debian:12\nRUN ln -sf -S .orig /bin/bash /bin/sh', errors: [{ line: 2, column: 31, message: 'Use `SHELL ["/bin/bash", "-c"]` to change the shell of RUN instead of replacing `/bin/sh`' }] },
    { name: 'through sudo', code: 'FROM debian:12\nRUN sudo ln -sf bash /bin/sh', errors: [{ line: 2, column: 22, message: 'Use `SHELL ["/bin/bash", "-c"]` to change the shell of RUN instead of replacing `/bin/sh`' }] },
    { name: 'ONBUILD triggers', code: 'FROM debian:12\nONBUILD RUN ln -sf /bin/bash /bin/sh', errors: [{ line: 2, column: 30, message: 'Use `SHELL ["/bin/bash", "-c"]` to change the shell of RUN instead of replacing `/bin/sh`' }] },
    { code: 'FROM debian:12\nRUN <<EOF\nln -sf /bin/bash /bin/sh\nEOF', errors: [{ line: 3, column: 18, message: 'Use `SHELL ["/bin/bash", "-c"]` to change the shell of RUN instead of replacing `/bin/sh`' }] },
  ],
});
