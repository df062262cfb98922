import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-wget-progress.js';

testRule(rule, {
  valid: [
    'FROM debian:12\nRUN wget --progress=dot:giga https://x/y',
    'FROM debian:12\nRUN wget --progress bar:force https://x/y',
    'FROM debian:12\nRUN wget -q https://x/y',
    'FROM debian:12\nRUN wget -qO- https://x/y | sh',
    'FROM debian:12\nRUN wget -nv https://x/y',
    'FROM debian:12\nRUN wget --no-verbose https://x/y',
    'FROM debian:12\nRUN wget -o /tmp/log https://x/y',
    'FROM debian:12\nRUN wget --output-file=/tmp/log https://x/y',
    'FROM debian:12\nRUN wget -a log https://x/y',
    { name: 'standard error redirected', code: 'FROM debian:12\nRUN wget https://x/y 2>/dev/null' },
    { name: 'everything redirected', code: 'FROM debian:12\nRUN wget https://x/y &> /tmp/log' },
    'FROM debian:12\nRUN apt-get install -y wget',
    'FROM debian:12\nRUN echo wget',
    { name: 'PowerShell runs no POSIX commands', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN wget https://x/y -OutFile y' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN wget https://x/y',
      errors: [{ line: 2, column: 5, endColumn: 9, message: 'Add `--progress=dot:giga` (or `-nv`, `-q`) to `wget`: its default progress output floods the build log' }],
      output: 'FROM debian:12\nRUN wget --progress=dot:giga https://x/y',
    },
    {
      name: 'standard output redirected is not enough',
      code: 'FROM debian:12\nRUN wget -O - https://x/y > y',
      errors: [{ line: 2, column: 5, message: 'Add `--progress=dot:giga` (or `-nv`, `-q`) to `wget`: its default progress output floods the build log' }],
      output: 'FROM debian:12\nRUN wget --progress=dot:giga -O - https://x/y > y',
    },
    {
      code: 'FROM debian:12\nRUN wget -O /tmp/a https://x/a && \\\n    wget -q https://x/b && wget https://x/c',
      errors: [{ line: 2, column: 5, message: 'Add `--progress=dot:giga` (or `-nv`, `-q`) to `wget`: its default progress output floods the build log' }, { line: 3, column: 28, message: 'Add `--progress=dot:giga` (or `-nv`, `-q`) to `wget`: its default progress output floods the build log' }],
      output: 'FROM debian:12\nRUN wget --progress=dot:giga -O /tmp/a https://x/a && \\\n    wget -q https://x/b && wget --progress=dot:giga https://x/c',
    },
    {
      name: 'through sudo',
      code: 'FROM debian:12\nRUN sudo wget https://x/y',
      errors: [{ line: 2, column: 10, endColumn: 14, message: 'Add `--progress=dot:giga` (or `-nv`, `-q`) to `wget`: its default progress output floods the build log' }],
      output: 'FROM debian:12\nRUN sudo wget --progress=dot:giga https://x/y',
    },
    {
      code: 'FROM debian:12\nRUN ["/usr/bin/wget", "https://x/y"]',
      errors: [{ line: 2, column: 6, endColumn: 21, message: 'Add `--progress=dot:giga` (or `-nv`, `-q`) to `wget`: its default progress output floods the build log' }],
      output: 'FROM debian:12\nRUN ["/usr/bin/wget", "--progress=dot:giga", "https://x/y"]',
    },
    {
      code: 'FROM debian:12\nRUN <<EOF\nwget https://x/y\nEOF',
      errors: [{ line: 3, column: 1, endColumn: 5, message: 'Add `--progress=dot:giga` (or `-nv`, `-q`) to `wget`: its default progress output floods the build log' }],
      output: 'FROM debian:12\nRUN <<EOF\nwget --progress=dot:giga https://x/y\nEOF',
    },
    {
      name: 'ONBUILD triggers',
      code: 'FROM debian:12\nONBUILD RUN wget https://x/y',
      errors: [{ line: 2, column: 13, message: 'Add `--progress=dot:giga` (or `-nv`, `-q`) to `wget`: its default progress output floods the build log' }],
      output: 'FROM debian:12\nONBUILD RUN wget --progress=dot:giga https://x/y',
    },
    {
      name: 'a variable URL is still a download',
      code: 'FROM debian:12\nARG URL\nRUN wget "$URL"',
      errors: [{ line: 3, column: 5, message: 'Add `--progress=dot:giga` (or `-nv`, `-q`) to `wget`: its default progress output floods the build log' }],
      output: 'FROM debian:12\nARG URL\nRUN wget --progress=dot:giga "$URL"',
    },
    { name: 'no fix: BusyBox wget on Alpine rejects --progress', code: 'FROM alpine:3.20\nRUN wget https://x/y', errors: [{ line: 2, column: 5, message: 'Add `--progress=dot:giga` (or `-nv`, `-q`) to `wget`: its default progress output floods the build log' }] },
    { name: 'no fix: an image tagged alpine', code: 'FROM python:3.12-alpine AS base\nFROM base\nRUN wget https://x/y', errors: [{ line: 3, column: 5, message: 'Add `--progress=dot:giga` (or `-nv`, `-q`) to `wget`: its default progress output floods the build log' }] },
    { name: 'no fix: inside sh -c of exec form', code: 'FROM debian:12\nRUN ["sh", "-c", "wget https://x/y"]', errors: [{ line: 2, column: 19, message: 'Add `--progress=dot:giga` (or `-nv`, `-q`) to `wget`: its default progress output floods the build log' }] },
    { name: 'no fix: Alpine in the image name', code: 'FROM easypi/alpine-arm\nRUN wget https://x/y', errors: [{ line: 2, column: 5, message: 'Add `--progress=dot:giga` (or `-nv`, `-q`) to `wget`: its default progress output floods the build log' }] },
  ],
});
