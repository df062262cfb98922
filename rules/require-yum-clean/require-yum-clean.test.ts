import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-yum-clean.js';

const message = 'Clean the yum cache after installing: end this RUN with `yum clean all`';

testRule(rule, {
  valid: [
    { name: 'a builder stage whose installed product alone is copied out', code: 'FROM oraclelinux:7-slim AS base\nENV ORACLE_BASE=/opt/oracle\nFROM base AS builder\nRUN yum -y install unzip\nRUN unzip /tmp/db.zip -d $ORACLE_BASE\nFROM base\nCOPY --from=builder $ORACLE_BASE $ORACLE_BASE' },
    'FROM centos:7\nRUN yum install -y httpd && yum clean all',
    'FROM centos:7\nRUN yum -y install httpd; yum -y clean all',
    'FROM centos:7\nRUN yum install -y httpd && yum clean all --enablerepo=epel',
    'FROM centos:7\nRUN yum install -y httpd && rm -rf /var/cache/yum',
    'FROM centos:7\nRUN yum install -y httpd && rm -rf /var/cache/yum/*',
    { name: 'yum is dnf on RHEL 8: its cache is /var/cache/dnf', code: 'FROM rockylinux:8\nRUN yum install -y httpd && rm -rf /var/cache/dnf' },
    { name: 'dnf clean all cleans the shared cache', code: 'FROM rockylinux:8\nRUN yum install -y httpd && dnf clean all' },
    { name: 'a parent folder', code: 'FROM centos:7\nRUN yum install -y httpd && rm -rf /var/cache' },
    { name: 'no install', code: 'FROM centos:7\nRUN yum remove -y httpd' },
    { name: 'cache mount', code: 'FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum yum install -y httpd' },
    { name: 'tmpfs mount', code: 'FROM rockylinux:8\nRUN --mount=type=tmpfs,target=/var/cache/dnf yum install -y httpd' },
    { name: 'path from an ENV', code: 'FROM centos:7\nENV CACHE=/var/cache/yum\nRUN yum install -y httpd && rm -rf "$CACHE"' },
    { name: 'heredoc', code: 'FROM centos:7\nRUN <<EOF\nyum install -y httpd\nyum clean all\nEOF' },
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN yum install -y httpd' },
  ],
  invalid: [
    {
      name: 'a stage the last one is built on',
      code: 'FROM centos:7 AS base\nRUN yum install -y httpd-2.4.6\nFROM base\nCMD [\"httpd\"]',
      errors: [{ line: 2, column: 9, endLine: 2, endColumn: 16, message: 'Clean the yum cache after installing: end this RUN with `yum clean all`' }],
      output: 'FROM centos:7 AS base\nRUN yum install -y httpd-2.4.6 && yum clean all\nFROM base\nCMD [\"httpd\"]',
    },
    {
      name: 'a stage whose cache folder is copied out',
      code: 'FROM centos:7 AS build\nRUN yum install -y gcc-4.8.5\nFROM centos:7\nCOPY --from=build /var/cache/yum /var/cache/yum',
      errors: [{ line: 2, column: 9, endLine: 2, endColumn: 16, message: 'Clean the yum cache after installing: end this RUN with `yum clean all`' }],
      output: 'FROM centos:7 AS build\nRUN yum install -y gcc-4.8.5 && yum clean all\nFROM centos:7\nCOPY --from=build /var/cache/yum /var/cache/yum',
    },
    {
      code: 'FROM centos:7\nRUN yum install -y httpd',
      errors: [{ line: 2, column: 9, endLine: 2, endColumn: 16, message }],
      output: 'FROM centos:7\nRUN yum install -y httpd && yum clean all',
    },
    {
      name: 'rm -rf of something else (hadolint accepts it)',
      code: 'FROM centos:7\nRUN yum install -y httpd && rm -rf /tmp/x',
      errors: [{ line: 2, column: 9, message: 'Clean the yum cache after installing: end this RUN with `yum clean all`' }],
      output: 'FROM centos:7\nRUN yum install -y httpd && rm -rf /tmp/x && yum clean all',
    },
    {
      name: 'yum clean metadata (hadolint accepts it)',
      code: 'FROM centos:7\nRUN yum install -y httpd && yum clean metadata',
      errors: [{ line: 2, column: 9, message: 'Clean the yum cache after installing: end this RUN with `yum clean all`' }],
      output: 'FROM centos:7\nRUN yum install -y httpd && yum clean metadata && yum clean all',
    },
    {
      name: 'clean before the install',
      code: 'FROM centos:7\nRUN yum clean all && yum install -y httpd',
      errors: [{ line: 2, column: 26, message: 'Clean the yum cache after installing: end this RUN with `yum clean all`' }],
      output: 'FROM centos:7\nRUN yum clean all && yum install -y httpd && yum clean all',
    },
    {
      name: 'an update after the clean refills the cache',
      code: 'FROM centos:7\nRUN yum install -y httpd && yum clean all && yum update -y',
      errors: [{ line: 2, column: 9, message: 'Clean the yum cache after installing: end this RUN with `yum clean all`' }],
      output: 'FROM centos:7\nRUN yum install -y httpd && yum clean all && yum update -y && yum clean all',
    },
    {
      name: 'the last install is reported',
      code: 'FROM centos:7\nRUN yum install -y a && yum clean all && yum install -y b',
      errors: [{ line: 2, column: 46, message: 'Clean the yum cache after installing: end this RUN with `yum clean all`' }],
      output: 'FROM centos:7\nRUN yum install -y a && yum clean all && yum install -y b && yum clean all',
    },
    {
      name: 'groupinstall',
      code: 'FROM centos:7\nRUN yum groupinstall -y "Development Tools"',
      errors: [{ line: 2, column: 9, message: 'Clean the yum cache after installing: end this RUN with `yum clean all`' }],
      output: 'FROM centos:7\nRUN yum groupinstall -y "Development Tools" && yum clean all',
    },
    {
      name: 'module install',
      code: 'FROM centos:8\nRUN yum module install -y nodejs:14',
      errors: [{ line: 2, column: 9, message: 'Clean the yum cache after installing: end this RUN with `yum clean all`' }],
      output: 'FROM centos:8\nRUN yum module install -y nodejs:14 && yum clean all',
    },
    {
      name: 'cache mount elsewhere',
      code: 'FROM centos:7\nRUN --mount=type=cache,target=/tmp yum install -y httpd',
      errors: [{ line: 2, column: 40, message: 'Clean the yum cache after installing: end this RUN with `yum clean all`' }],
      output: 'FROM centos:7\nRUN --mount=type=cache,target=/tmp yum install -y httpd && yum clean all',
    },
    { name: 'through sudo', code: 'FROM centos:7\nRUN sudo yum install -y httpd', errors: [{ line: 2, column: 14, message: 'Clean the yum cache after installing: end this RUN with `yum clean all`' }] },
    {
      name: 'ONBUILD',
      code: 'FROM centos:7\nONBUILD RUN yum install -y httpd',
      errors: [{ line: 2, column: 17, message: 'Clean the yum cache after installing: end this RUN with `yum clean all`' }],
      output: 'FROM centos:7\nONBUILD RUN yum install -y httpd && yum clean all',
    },
    {
      name: 'heredoc',
      code: 'FROM centos:7\nRUN <<EOF\nyum install -y httpd\nEOF',
      errors: [{ line: 3, column: 5, message: 'Clean the yum cache after installing: end this RUN with `yum clean all`' }],
      output: 'FROM centos:7\nRUN <<EOF\nyum install -y httpd && yum clean all\nEOF',
    },
    {
      name: 'continued lines with leading &&',
      code: 'FROM centos:7\nRUN yum install -y \\\n        httpd \\\n    && rm -rf /tmp/*',
      errors: [{ line: 2, column: 9, message: 'Clean the yum cache after installing: end this RUN with `yum clean all`' }],
      output: 'FROM centos:7\nRUN yum install -y \\\n        httpd \\\n    && rm -rf /tmp/* \\\n    && yum clean all',
    },
    {
      name: 'heredoc with set -e',
      code: 'FROM centos:7\nRUN <<EOF\nset -e\nyum install -y httpd\nEOF',
      errors: [{ line: 4, column: 5, message: 'Clean the yum cache after installing: end this RUN with `yum clean all`' }],
      output: 'FROM centos:7\nRUN <<EOF\nset -e\nyum install -y httpd\nyum clean all\nEOF',
    },
    { name: 'no fix: another root', code: 'FROM centos:7\nRUN yum --installroot=/mnt/root install -y httpd', errors: [{ line: 2, column: 33, message: 'Clean the yum cache after installing: end this RUN with `yum clean all`' }] },
    { name: 'no fix: a bind mount on the cache', code: 'FROM centos:7\nRUN --mount=type=bind,target=/var/cache/yum yum install -y httpd', errors: [{ line: 2, column: 49, message: 'Clean the yum cache after installing: end this RUN with `yum clean all`' }] },
  ],
});
