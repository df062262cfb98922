import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-pointless-command.js';

testRule(rule, {
  valid: [
    { name: 'installing the package is not running it', code: 'FROM debian:12\nRUN apt-get install -y ssh vim procps' },
    'FROM debian:12\nRUN echo kill top ps',
    'FROM debian:12\nRUN mkdir -p /root/.ssh && chmod 700 /root/.ssh',
    { name: 'a variable naming a command is not judged', code: 'FROM debian:12\nARG TOOL=vim\nRUN $TOOL --version' },
    'FROM debian:12\nRUN ssh-keygen -A',
    { name: 'PowerShell runs no POSIX commands', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN ps' },
    'FROM debian:12\nCMD ["top"]',
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN top', errors: [{ line: 2, column: 5, endColumn: 8, message: /`top` makes no sense/ }] },
    { code: 'FROM debian:12\nRUN service mysql start && mysql -e "CREATE DATABASE x"', errors: [{ line: 2, column: 5, endColumn: 12, message: '`service` makes no sense in a build step: start processes from `CMD` or `ENTRYPOINT` instead' }] },
    { name: 'through sudo', code: 'FROM debian:12\nRUN sudo /usr/sbin/service nginx stop', errors: [{ line: 2, column: 10, endColumn: 27, message: '`service` makes no sense in a build step: start processes from `CMD` or `ENTRYPOINT` instead' }] },
    { code: 'FROM debian:12\nRUN ps aux | grep x && \\\n    kill -9 1', errors: [{ line: 2, column: 5, message: '`ps` makes no sense in a build step: start processes from `CMD` or `ENTRYPOINT` instead' }, { line: 3, column: 5, endColumn: 9, message: '`kill` makes no sense in a build step: start processes from `CMD` or `ENTRYPOINT` instead' }] },
    { code: 'FROM debian:12\nRUN ["/bin/mount", "-a"]', errors: [{ line: 2, column: 6, endColumn: 18, message: '`mount` makes no sense in a build step: start processes from `CMD` or `ENTRYPOINT` instead' }] },
    { code: 'FROM debian:12\nRUN <<EOF\nset -e\nvim -c wq file\nEOF', errors: [{ line: 4, column: 1, endColumn: 4, message: '`vim` makes no sense in a build step: start processes from `CMD` or `ENTRYPOINT` instead' }] },
    { name: 'ONBUILD triggers', code: 'FROM debian:12\nONBUILD RUN free -m', errors: [{ line: 2, column: 13, endColumn: 17, message: '`free` makes no sense in a build step: start processes from `CMD` or `ENTRYPOINT` instead' }] },
    { name: 'inside sh -c', code: "FROM debian:12\nRUN sh -c 'shutdown -h now'", errors: [{ line: 2, column: 12, endColumn: 20, message: '`shutdown` makes no sense in a build step: start processes from `CMD` or `ENTRYPOINT` instead' }] },
  ],
});
