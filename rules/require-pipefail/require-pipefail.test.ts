import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-pipefail.js';

const BASH_PIPEFAIL = 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]';

testRule(rule, {
  valid: [
    'FROM debian:12\nRUN curl -fsSL https://x/a.tgz -o a.tgz && tar -xzf a.tgz',
    `FROM debian:12\n${BASH_PIPEFAIL}\nRUN curl -fsSL https://x/a.tgz | tar -xz`,
    'FROM debian:12\nSHELL ["/bin/bash", "-eo", "pipefail", "-c"]\nRUN a | b',
    'FROM debian:12\nSHELL ["/bin/bash", "-euxo", "pipefail", "-c"]\nRUN a | b',
    'FROM debian:12\nSHELL ["zsh", "-o", "pipefail", "-c"]\nRUN a | b',
    'FROM alpine:3.20\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nRUN a | b',
    'FROM debian:12\nSHELL ["/bin/mksh", "-o", "pipefail", "-c"]\nRUN a | b',
    { name: 'sh -o pipefail works where sh is BusyBox ash (Alpine)', code: 'FROM alpine:3.20\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\nRUN a | b' },
    { name: 'an image tagged as Alpine-based', code: 'FROM python:3.12-alpine\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\nRUN a | b' },
    { name: 'through a FROM <stage> chain', code: 'FROM alpine:3.20 AS base\nFROM base\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\nRUN a | b' },
    { name: 'busybox sh', code: 'FROM busybox:1.36\nSHELL ["busybox", "sh", "-o", "pipefail", "-c"]\nRUN a | b' },
    { name: 'set -o pipefail in the RUN (hadolint reports it)', code: 'FROM debian:12\nRUN set -o pipefail && curl -fsSL https://x | tar -xz' },
    { name: 'set -eo pipefail in the RUN', code: 'FROM debian:12\nRUN set -eo pipefail; \\\n    curl -fsSL https://x | tar -xz' },
    { name: 'set -euxo pipefail in a heredoc', code: 'FROM debian:12\nRUN <<EOF\nset -euxo pipefail\ncurl -fsSL https://x | tar -xz\nEOF' },
    { name: 'pipes of an sh -c script run by another shell', code: "FROM debian:12\nRUN sh -c 'a | b'" },
    { name: 'exec form runs no SHELL', code: 'FROM debian:12\nRUN ["sh", "-c", "a | b"]' },
    { name: 'echo cannot fail, so pipefail changes nothing (hadolint reports it)', code: 'FROM debian:12\nRUN echo "$SHA256 *app.tgz" | sha256sum -c -' },
    { name: 'printf into tee', code: "FROM debian:12\nRUN printf 'deb http://x stable main\\n' | tee /etc/apt/sources.list.d/x.list" },
    { name: 'echo in a command substitution', code: "FROM debian:12\nRUN V=\"$(echo $X | sed 's/a/b/')\" && echo \"$V\"" },
    { name: 'a || is no pipe', code: 'FROM debian:12\nRUN a || b' },
    { name: 'a quoted bar is no pipe', code: 'FROM debian:12\nRUN echo "a | b"' },
    { name: 'PowerShell has no pipefail', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Get-ChildItem | Select-Object Name' },
    { name: 'a shell pragma naming PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\n# hadolint shell=powershell\nRUN Get-ChildItem | Select-Object Name' },
    { name: 'a stage built on another inherits its SHELL (hadolint forgets it at FROM)', code: `FROM debian:12 AS base\n${BASH_PIPEFAIL}\nFROM base\nRUN a | b` },
    { name: 'ONBUILD is not checked, as in hadolint', code: 'FROM debian:12\nONBUILD RUN a | b' },
    { name: 'a heredoc with a shebang and its own set', code: 'FROM debian:12\nRUN <<EOF\n#!/bin/bash\nset -o pipefail\na | b\nEOF' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN curl -fsSL https://x/a.tgz | tar -xz',
      errors: [{
        line: 2, column: 5, endColumn: 41,
        message: 'Set `-o pipefail` before this pipe (`SHELL ["/bin/bash", "-o", "pipefail", "-c"]` or `set -o pipefail`): otherwise a failing `curl` does not fail the build',
      }],
    },
    { name: 'bash without pipefail', code: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN a | b', errors: [{ line: 3, column: 5, endColumn: 10 }] },
    { name: 'sh -o pipefail on Debian, whose dash rejects it', code: 'FROM debian:12\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\nRUN a | b', errors: [{ line: 3, column: 5 }] },
    { name: 'an unknown base image is not assumed to be Alpine', code: 'ARG BASE\nFROM ${BASE}\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\nRUN a | b', errors: [{ line: 4, column: 5 }] },
    { name: 'set -o pipefail after the pipe', code: 'FROM debian:12\nRUN a | b && set -o pipefail && c | d', errors: [{ line: 2, column: 5, endColumn: 10 }] },
    { name: 'set -o pipefail in a subshell ends with it', code: 'FROM debian:12\nRUN (set -o pipefail) && a | b', errors: [{ line: 2, column: 26, endColumn: 31 }] },
    { name: 'set -e alone', code: 'FROM debian:12\nRUN set -eux; a | b', errors: [{ line: 2, column: 15 }] },
    { name: 'a pipe inside a command substitution', code: 'FROM debian:12\nRUN V="$(curl -fsSL https://x | jq -r .v)" && echo "$V"', errors: [{ line: 2, column: 10, endColumn: 41, message: /failing `curl`/ }] },
    { name: 'a pipe on a continuation line', code: 'FROM debian:12\nRUN apt-get update && \\\n    curl -fsSL https://x \\\n    | bash', errors: [{ line: 3, column: 5, endLine: 4, endColumn: 11 }] },
    { name: 'the first pipe whose left side can fail', code: 'FROM debian:12\nRUN echo "$SUM *a" | sha256sum -c - && curl -fsSL https://x | sh', errors: [{ line: 2, column: 40, message: /failing `curl`/ }] },
    { name: 'the middle of a longer pipeline', code: 'FROM debian:12\nRUN echo x | sha256sum -c - | tee log', errors: [{ line: 2, column: 14, endColumn: 38, message: /failing `sha256sum`/ }] },
    { name: 'a pipe into a loop', code: 'FROM debian:12\nRUN find . -type f | while read -r f; do echo "$f"; done', errors: [{ line: 2, column: 5, endColumn: 37 }] },
    { name: 'a heredoc under the default shell', code: 'FROM debian:12\nRUN <<EOF\nset -e\ncurl -fsSL https://x | sh\nEOF', errors: [{ line: 4, column: 1 }] },
    { name: 'a heredoc with a shebang ignores the SHELL', code: `FROM debian:12\n${BASH_PIPEFAIL}\nRUN <<EOF\n#!/bin/bash\na | b\nEOF`, errors: [{ line: 5, column: 1 }] },
    { name: 'a shell pragma naming bash, without pipefail', code: 'FROM debian:12\n# hadolint shell=bash\nRUN a | b', errors: [{ line: 3, column: 5 }] },
    { name: 'the SHELL of an earlier stage does not carry over', code: `FROM debian:12 AS a\n${BASH_PIPEFAIL}\nFROM debian:12\nRUN a | b`, errors: [{ line: 4, column: 5 }] },
  ],
});
