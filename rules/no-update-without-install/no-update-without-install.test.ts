import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-update-without-install.js';

const LONE_UPDATE = '`apt-get update` installs nothing in this RUN: the build cache keeps this step, so later installs read a stale index; run it in the RUN that installs, or drop it';

testRule(rule, {
  valid: [
    {
      name: 'a CI image refreshes last for the jobs it runs (AWS CodeBuild)',
      code: 'FROM ubuntu:24.04 AS runtimes\nRUN apt-get install -y -qq openjdk-17-jdk && rm -rf /var/lib/apt/lists/* && apt-get update\nFROM runtimes AS standard\nENTRYPOINT ["/usr/local/bin/dockerd-entrypoint.sh"]',
    },
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl',
    'FROM debian:12\nRUN apt-get update; apt-get install -y curl',
    'FROM debian:12\nRUN apt update && apt install -y curl',
    'FROM debian:12\nRUN apt-get update && apt-get upgrade -y',
    'FROM debian:12\nRUN apt-get update && apt-get dist-upgrade -y',
    'FROM debian:12\nRUN apt-get update && apt-get build-dep -y python3',
    'FROM debian:12\nRUN apt-get update && apt-cache policy docker-ce',
    'FROM debian:12\nRUN apt-get install -y curl',
    'FROM debian:12\nRUN echo apt-get update',
    'FROM alpine:3.20\nRUN apk update && apk add curl',
    'FROM alpine:3.20\nRUN apk update && apk upgrade',
    'FROM fedora:40\nRUN dnf makecache && dnf install -y curl',
    'FROM fedora:40\nRUN yum makecache && dnf install -y curl',
    'FROM centos:7\nRUN yum makecache fast && yum -y update',
    'FROM opensuse/leap:15.6\nRUN zypper --non-interactive refresh && zypper --non-interactive install -y curl',
    'FROM opensuse/leap:15.6\nRUN zypper ref && zypper in -y curl',
    { name: 'packages in a variable', code: 'FROM debian:12\nARG PKGS\nRUN apt-get update && apt-get install -y $PKGS' },
    { name: 'install through xargs', code: 'FROM debian:12\nRUN apt-get update && xargs -r apt-get install -y < /packages.txt' },
    { name: 'install through sudo', code: 'FROM debian:12\nRUN sudo apt-get update && sudo apt-get install -y curl' },
    { name: 'subcommand in a variable', code: 'FROM debian:12\nRUN apt-get update && apt-get $ACTION -y curl' },
    { name: 'a script may install', code: 'FROM debian:12\nRUN apt-get update && ./install.sh' },
    { name: 'a piped script may install', code: 'FROM debian:12\nRUN apt-get update && curl -fsSL https://deb.nodesource.com/setup_20.x | bash -' },
    { name: 'make may install', code: 'FROM debian:12\nRUN apt-get update && make deps' },
    { name: 'sh -c may install', code: 'FROM debian:12\nRUN apt-get update && sh -c "apt-get install -y x"' },
    { name: 'install inside an if', code: 'FROM debian:12\nRUN apt-get update && if [ -n "$X" ]; then apt-get install -y x; fi' },
    {
      name: 'update and install in a heredoc',
      code: 'FROM debian:12\nRUN <<EOF\nset -e\napt-get update\napt-get install -y curl\nEOF',
    },
    { name: 'a shell syntax error hides what follows', code: 'FROM debian:12\nRUN apt-get update && (apt-get install -y x' },
    // Refresh, check, clean: no index stays behind for a later install to read.
    { name: 'update and tidy up', code: 'FROM debian:12\nRUN apt-get update && apt-get clean && rm -rf /var/lib/apt/lists/*' },
    { name: 'apt-get dist-clean deletes the lists', code: 'FROM debian:13\nRUN set -eux; apt-get update; apt-get dist-clean' },
    {
      name: 'purge, autoremove and delete the lists',
      code: 'FROM python:3.12\nRUN apt-get update \\\n    && apt-get purge -y imagemagick \\\n    && apt-get autoremove -y \\\n    && rm -rf /var/lib/apt/lists/*',
    },
    { name: 'dnf clean all', code: 'FROM fedora:40\nRUN dnf makecache && dnf repolist && dnf clean all' },
    { name: 'zypper clean -a', code: 'FROM opensuse/leap:15.6\nRUN zypper ref && zypper clean -a' },
    { name: 'apk cache deleted', code: 'FROM alpine:3.20\nRUN apk update && rm -rf /var/cache/apk/*' },
    {
      name: 'tdnf fills a cache mount, and refreshes an expired index itself',
      code: 'FROM mcr.microsoft.com/azurelinux/base/core:3.0\nRUN --mount=type=cache,target=/var/cache/tdnf \\\n    tdnf install -y azurelinux-repos && tdnf makecache',
    },
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN apt-get update' },
  ],
  invalid: [
    {
      name: 'the later install refreshes for itself, so this refresh serves nothing',
      code: 'FROM debian:12\nRUN dpkg --add-architecture i386 && apt-get update\nRUN apt-get update && apt-get install -y runc\nCMD ["runc"]',
      errors: [{ line: 2, column: 37, endColumn: 51, message: LONE_UPDATE }],
    },
    {
      name: 'an app image that refreshes last keeps a stale index for nothing',
      code: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask\nRUN apt-get update\nCMD ["flask", "run"]',
      errors: [{ line: 3, column: 5, endColumn: 19, message: LONE_UPDATE }],
    },
    {
      name: 'a cache mount on the index does not make a lone refresh safe',
      code: 'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get install -y curl',
      errors: [{ line: 2, column: 50, endColumn: 64, message: /build cache keeps this step, so later installs read a stale index; run it in the same RUN as `apt-get install` on line 3/ }],
    },
    {
      code: 'FROM debian:12\nRUN apt-get update',
      errors: [{
        line: 2, column: 5, endLine: 2, endColumn: 19,
        message: '`apt-get update` installs nothing in this RUN: the build cache keeps this step, so later installs read a stale index; run it in the RUN that installs, or drop it',
      }],
    },
    {
      name: 'install in the next RUN',
      code: 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl',
      errors: [{
        line: 2, column: 5,
        message: '`apt-get update` installs nothing in this RUN: the build cache keeps this step, so later installs read a stale index; run it in the same RUN as `apt-get install` on line 3',
      }],
    },
    {
      name: 'install on a continuation line of a later RUN',
      code: 'FROM debian:12\nRUN apt update -y\nWORKDIR /app\nRUN set -eux \\\n    && apt install -y curl',
      errors: [{ line: 2, column: 5, endColumn: 15, message: /`apt install` on line 5$/ }],
    },
    { name: 'options before update', code: 'FROM debian:12\nRUN apt-get -qq update', errors: [{ line: 2, column: 5, endColumn: 23, message: '`apt-get update` installs nothing in this RUN: the build cache keeps this step, so later installs read a stale index; run it in the RUN that installs, or drop it' }] },
    {
      name: 'cleaning before the refresh leaves a fresh index behind',
      code: 'FROM ubuntu:24.04\nRUN rm -rf /var/lib/apt/lists/* && apt-get clean && apt-get update',
      errors: [{ line: 2, column: 53, endColumn: 67, message: LONE_UPDATE }],
    },
    {
      name: 'a bare zypper clean keeps the metadata',
      code: 'FROM opensuse/leap:15.6\nRUN zypper ref && zypper clean',
      errors: [{ line: 2, column: 5, endColumn: 15, message: '`zypper ref` installs nothing in this RUN: the build cache keeps this step, so later installs read a stale index; run it in the RUN that installs, or drop it' }],
    },
    { name: 'removing needs no index', code: 'FROM debian:12\nRUN apt-get update && apt-get purge -y imagemagick', errors: [{ line: 2, column: 5, message: '`apt-get update` installs nothing in this RUN: the build cache keeps this step, so later installs read a stale index; run it in the RUN that installs, or drop it' }] },
    { name: 'dpkg -i reads no index', code: 'FROM debian:12\nRUN apt-get update && dpkg -i /tmp/x.deb', errors: [{ line: 2, column: 5, message: '`apt-get update` installs nothing in this RUN: the build cache keeps this step, so later installs read a stale index; run it in the RUN that installs, or drop it' }] },
    { name: 'update ignoring failures', code: 'FROM debian:12\nRUN apt-get update || true', errors: [{ line: 2, column: 5, message: '`apt-get update` installs nothing in this RUN: the build cache keeps this step, so later installs read a stale index; run it in the RUN that installs, or drop it' }] },
    { name: 'install before the update', code: 'FROM debian:12\nRUN apt-get install -y gnupg && apt-get update', errors: [{ line: 2, column: 33, message: '`apt-get update` installs nothing in this RUN: the build cache keeps this step, so later installs read a stale index; run it in the RUN that installs, or drop it' }] },
    {
      name: 'the second update is not used',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y x \\\n    && echo "deb http://x stable main" > /etc/apt/sources.list.d/x.list \\\n    && apt-get update',
      errors: [{ line: 4, column: 8, message: '`apt-get update` installs nothing in this RUN: the build cache keeps this step, so later installs read a stale index; run it in the RUN that installs, or drop it' }],
    },
    { name: 'a retried update is reported once', code: 'FROM debian:12\nRUN apt-get update || apt-get update', errors: [{ line: 2, column: 23, message: '`apt-get update` installs nothing in this RUN: the build cache keeps this step, so later installs read a stale index; run it in the RUN that installs, or drop it' }] },
    {
      name: 'python -m pip reads no apt index',
      code: 'FROM debian:12\nRUN apt-get update && python3 -m pip install --no-cache-dir requests',
      errors: [{ line: 2, column: 5, message: '`apt-get update` installs nothing in this RUN: the build cache keeps this step, so later installs read a stale index; run it in the RUN that installs, or drop it' }],
    },
    {
      name: 'another family installs',
      code: 'FROM debian:12\nRUN apt-get update && pip install --no-cache-dir requests',
      errors: [{ line: 2, column: 5, message: '`apt-get update` installs nothing in this RUN: the build cache keeps this step, so later installs read a stale index; run it in the RUN that installs, or drop it' }],
    },
    { name: 'apk update', code: 'FROM alpine:3.20\nRUN apk update\nRUN apk add --no-cache curl', errors: [{ line: 2, column: 5, endColumn: 15, message: /`apk add` on line 3$/ }] },
    { name: 'dnf makecache', code: 'FROM fedora:40\nRUN dnf makecache\nRUN dnf install -y curl', errors: [{ line: 2, column: 5, endColumn: 18, message: '`dnf makecache` installs nothing in this RUN: the build cache keeps this step, so later installs read a stale index; run it in the same RUN as `dnf install` on line 3' }] },
    { name: 'microdnf makecache', code: 'FROM fedora:40\nRUN microdnf makecache', errors: [{ line: 2, column: 5, message: '`microdnf makecache` installs nothing in this RUN: the build cache keeps this step, so later installs read a stale index; run it in the RUN that installs, or drop it' }] },
    { name: 'zypper ref', code: 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive ref', errors: [{ line: 2, column: 5, endColumn: 33, message: '`zypper ref` installs nothing in this RUN: the build cache keeps this step, so later installs read a stale index; run it in the RUN that installs, or drop it' }] },
    { name: 'zypper refresh after adding a repository', code: 'FROM opensuse/leap:15.6\nRUN zypper ar https://x/repo x && zypper refresh', errors: [{ line: 2, column: 35, message: '`zypper refresh` installs nothing in this RUN: the build cache keeps this step, so later installs read a stale index; run it in the RUN that installs, or drop it' }] },
    { name: 'exec form', code: 'FROM debian:12\nRUN ["apt-get", "update"]', errors: [{ line: 2, column: 6, endColumn: 25, message: '`apt-get update` installs nothing in this RUN: the build cache keeps this step, so later installs read a stale index; run it in the RUN that installs, or drop it' }] },
    { name: 'heredoc', code: 'FROM debian:12\nRUN <<EOF\nset -e\napt-get update\nEOF', errors: [{ line: 4, column: 1, message: '`apt-get update` installs nothing in this RUN: the build cache keeps this step, so later installs read a stale index; run it in the RUN that installs, or drop it' }] },
    { name: 'ONBUILD', code: 'FROM debian:12\nONBUILD RUN apt-get update', errors: [{ line: 2, column: 13, message: '`apt-get update` installs nothing in this RUN: the build cache keeps this step, so later installs read a stale index; run it in the RUN that installs, or drop it' }] },
  ],
});
