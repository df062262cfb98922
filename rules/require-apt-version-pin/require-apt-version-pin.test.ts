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
      name: 'one finding per install command, at its first unpinned package',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y \\\n    curl=8.1 \\\n    git \\\n    make',
      errors: [{
        line: 4, column: 5, endLine: 4, endColumn: 8,
        message: 'Pin the versions of `git` and `make`: `apt-get install git=<version>`',
        related: [
          { line: 4, column: 5, endLine: 4, endColumn: 8, message: '`git` has no pinned version' },
          { line: 5, column: 5, endLine: 5, endColumn: 9, message: '`make` has no pinned version' },
        ],
      }],
    },
    {
      name: 'a long list names three packages and counts the rest (paraphrased from a language image)',
      code: 'FROM debian:12\nRUN apt-get update \\\n    && apt-get install -y --no-install-recommends \\\n        bzip2 \\\n        ca-certificates \\\n        curl \\\n        dpkg-dev \\\n        gcc \\\n        libc6-dev \\\n        make \\\n        netbase \\\n        patch \\\n        zlib1g-dev \\\n    && rm -rf /var/lib/apt/lists/*',
      errors: [{
        line: 4, column: 9, endLine: 4, endColumn: 14,
        message: 'Pin the versions of `bzip2`, `ca-certificates`, `curl` and 7 more: `apt-get install bzip2=<version>`',
        related: ['bzip2', 'ca-certificates', 'curl', 'dpkg-dev', 'gcc', 'libc6-dev', 'make', 'netbase', 'patch', 'zlib1g-dev']
          .map((name, i) => ({ line: 4 + i, column: 9, message: `\`${name}\` has no pinned version` })),
      }],
    },
    {
      name: 'four packages are all named',
      code: 'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl ccache git unzip',
      errors: [{ line: 2, column: 48, endColumn: 52, message: 'Pin the versions of `curl`, `ccache`, `git` and `unzip`: `apt-get install curl=<version>`' }],
    },
    {
      name: 'each install command of a RUN is its own finding (paraphrased from a CI image)',
      code: 'FROM ubuntu:24.04\nRUN apt-get update \\\n    && apt-get install -y --no-install-recommends ca-certificates gnupg \\\n    && apt-get install -y --no-install-recommends docker-ce=5:27.3.1-1 docker-ce-cli',
      errors: [
        { line: 3, column: 51, endColumn: 66, message: 'Pin the versions of `ca-certificates` and `gnupg`: `apt-get install ca-certificates=<version>`' },
        { line: 4, column: 72, endColumn: 85, message: 'Pin the version of `docker-ce-cli`: `apt-get install docker-ce-cli=<version>`' },
      ],
    },
    {
      name: 'a package written twice is named once (paraphrased from a browsers image)',
      code: 'FROM debian:12\nRUN sudo apt-get install -y libgtk3.0-cil-dev libasound2 libasound2 libdbus-1-3',
      errors: [{
        line: 2, column: 29, endColumn: 46,
        message: 'Pin the versions of `libgtk3.0-cil-dev`, `libasound2` and `libdbus-1-3`: `apt-get install libgtk3.0-cil-dev=<version>`',
        related: [
          { line: 2, column: 29, endColumn: 46, message: '`libgtk3.0-cil-dev` has no pinned version' },
          { line: 2, column: 47, endColumn: 57, message: '`libasound2` has no pinned version' },
          { line: 2, column: 58, endColumn: 68, message: '`libasound2` has no pinned version' },
          { line: 2, column: 69, endColumn: 80, message: '`libdbus-1-3` has no pinned version' },
        ],
      }],
    },
    {
      name: 'ARG value expanded',
      code: 'FROM debian:12\nARG PKGS="curl=8.1 git"\nRUN apt-get install -y $PKGS',
      errors: [{
        line: 3, column: 24, endColumn: 29,
        message: 'Pin the version of `git`: `apt-get install git=<version>`',
        related: [{ line: 3, column: 24, endColumn: 29, message: '`git` (from `$PKGS`) has no pinned version' }],
      }],
    },
    {
      name: 'global ARG redeclared in the stage',
      code: 'ARG PKGS="curl wget"\nFROM debian:12\nARG PKGS\nRUN apt-get install -y ${PKGS}',
      errors: [{
        line: 4, column: 24, endColumn: 31,
        message: 'Pin the versions of `curl` and `wget`: `apt-get install curl=<version>`',
        related: [
          { line: 4, column: 24, endColumn: 31, message: '`curl` (from `${PKGS}`) has no pinned version' },
          { line: 4, column: 24, endColumn: 31, message: '`wget` (from `${PKGS}`) has no pinned version' },
        ],
      }],
    },
    {
      name: 'value assigned in the script (docker-library idiom)',
      code: "FROM debian:12\nRUN set -ex \\\n    && buildDeps=' \\\n        gcc=4:12.2.0-3 \\\n        make \\\n    ' \\\n    && apt-get install -y $buildDeps",
      errors: [{
        line: 7, column: 27, endColumn: 37,
        message: 'Pin the version of `make`: `apt-get install make=<version>`',
        related: [{ line: 7, column: 27, endColumn: 37, message: '`make` (from `$buildDeps`) has no pinned version' }],
      }],
    },
    {
      name: 'literal and variable packages in one command',
      code: 'FROM debian:12\nARG EXTRA="jq"\nRUN apt-get install -y curl=8.1 wget $EXTRA',
      errors: [{
        line: 3, column: 33, endColumn: 37,
        message: 'Pin the versions of `wget` and `jq`: `apt-get install wget=<version>`',
        related: [
          { line: 3, column: 33, endColumn: 37, message: '`wget` has no pinned version' },
          { line: 3, column: 38, endColumn: 44, message: '`jq` (from `$EXTRA`) has no pinned version' },
        ],
      }],
    },
    { name: 'target release value is not a package', code: 'FROM debian:12\nRUN apt-get install -t bookworm-backports -y curl', errors: [{ line: 2, column: 46, message: 'Pin the version of `curl`: `apt-get install curl=<version>`' }] },
    { name: 'apt install', code: 'FROM debian:12\nRUN apt install -y curl', errors: [{ line: 2, column: 20, message: 'Pin the version of `curl`: `apt install curl=<version>`' }] },
    { name: 'through sudo', code: 'FROM debian:12\nRUN sudo apt-get install -y curl', errors: [{ line: 2, column: 29, message: 'Pin the version of `curl`: `apt-get install curl=<version>`' }] },
    { name: 'exec form', code: 'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]', errors: [{ line: 2, column: 34, endColumn: 40, message: 'Pin the version of `curl`: `apt-get install curl=<version>`' }] },
    { name: 'heredoc', code: 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF', errors: [{ line: 4, column: 20, message: 'Pin the version of `curl`: `apt-get install curl=<version>`' }] },
    { name: 'ONBUILD', code: 'FROM debian:12\nONBUILD RUN apt-get install -y curl', errors: [{ line: 2, column: 32, message: 'Pin the version of `curl`: `apt-get install curl=<version>`' }] },
    { name: 'a cache mount changes nothing', code: 'FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt apt-get install -y curl', errors: [{ line: 2, column: 65, message: 'Pin the version of `curl`: `apt-get install curl=<version>`' }] },
  ],
});
