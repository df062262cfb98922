import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-apt-version-pin.js';

testRule(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get install -y curl=7.88.1-10',
    'FROM debian:12\nRUN apt-get install -y curl/bookworm-backports',
    'FROM debian:12\nRUN apt-get install -y ./pkg.deb',
    'FROM debian:12\nRUN apt-get update',
    'FROM debian:12\nRUN apt-get install -y',
    'FROM debian:12\nRUN apt-get purge -y curl',
    'FROM debian:12\nRUN echo apt-get install curl',
    'FROM debian:12\nRUN apt-get -t bookworm-backports install -y curl=8.1',
    'FROM debian:12\nRUN apt-get install -y -o Dpkg::Options::=--force-confold curl=8.1',
    'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl=8.1"]',
    { name: 'ARG value pins every package (hadolint #329)', code: 'FROM debian:12\nARG PKGS="curl=8.1 git=1:2.39"\nRUN apt-get install -y $PKGS' },
    { name: 'ENV value, braces and quotes', code: 'FROM debian:12\nENV CURL_VERSION=8.1\nRUN apt-get install -y "curl=${CURL_VERSION}"' },
    { name: 'ARG without default is not judged', code: 'FROM debian:12\nARG PKGS\nRUN apt-get install -y $PKGS' },
    { name: 'version in an ARG without default', code: 'FROM debian:12\nARG V\nRUN apt-get install -y curl=$V' },
    { name: 'command substitution is not judged', code: 'FROM debian:12\nRUN apt-get install -y $(cat /tmp/packages)' },
    { name: 'value set by the script wins over the ARG', code: 'FROM debian:12\nARG PKGS=curl\nRUN PKGS="curl=8.1" && apt-get install -y $PKGS' },
    { name: 'script value that expands is not judged', code: 'FROM debian:12\nRUN deps="$(cat /deps)" && apt-get install -y $deps' },
    { name: 'loop variable is not judged', code: 'FROM debian:12\nARG p=curl\nRUN for p in a=1 b=2; do apt-get install -y $p; done' },
    { name: 'options in a variable', code: 'FROM debian:12\nARG OPTS="-y --no-install-recommends"\nRUN apt-get install $OPTS curl=8.1' },
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["pwsh", "-Command"]\nRUN apt-get install curl' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get install -y curl',
      errors: [{ line: 2, column: 24, endLine: 2, endColumn: 28, message: 'Pin the version of `curl`: `apt-get install curl=<version>`' }],
    },
    {
      name: 'one finding per unpinned package',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y \\\n    curl=8.1 \\\n    git \\\n    make',
      errors: [{ line: 4, column: 5, endColumn: 8 }, { line: 5, column: 5, endColumn: 9 }],
    },
    {
      name: 'ARG value expanded',
      code: 'FROM debian:12\nARG PKGS="curl=8.1 git"\nRUN apt-get install -y $PKGS',
      errors: [{ line: 3, column: 24, endColumn: 29, message: 'Pin the version of `git` (from `$PKGS`): `apt-get install git=<version>`' }],
    },
    {
      name: 'global ARG redeclared in the stage',
      code: 'ARG PKGS="curl wget"\nFROM debian:12\nARG PKGS\nRUN apt-get install -y ${PKGS}',
      errors: [{ line: 4, column: 24 }, { line: 4, column: 24 }],
    },
    {
      name: 'value assigned in the script (docker-library idiom)',
      code: "FROM debian:12\nRUN set -ex \\\n    && buildDeps=' \\\n        gcc=4:12.2.0-3 \\\n        make \\\n    ' \\\n    && apt-get install -y $buildDeps",
      errors: [{ line: 7, column: 27, endColumn: 37, message: 'Pin the version of `make` (from `$buildDeps`): `apt-get install make=<version>`' }],
    },
    { name: 'target release value is not a package', code: 'FROM debian:12\nRUN apt-get install -t bookworm-backports -y curl', errors: [{ line: 2, column: 46 }] },
    { name: 'apt install', code: 'FROM debian:12\nRUN apt install -y curl', errors: [{ line: 2, column: 20 }] },
    { name: 'through sudo', code: 'FROM debian:12\nRUN sudo apt-get install -y curl', errors: [{ line: 2, column: 29 }] },
    { name: 'exec form', code: 'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]', errors: [{ line: 2, column: 34, endColumn: 40 }] },
    { name: 'heredoc', code: 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF', errors: [{ line: 4, column: 20 }] },
    { name: 'ONBUILD', code: 'FROM debian:12\nONBUILD RUN apt-get install -y curl', errors: [{ line: 2, column: 32 }] },
    { name: 'a cache mount changes nothing', code: 'FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt apt-get install -y curl', errors: [{ line: 2, column: 65 }] },
  ],
});
