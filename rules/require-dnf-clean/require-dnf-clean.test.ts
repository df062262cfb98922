import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-dnf-clean.js';

testRule(rule, {
  valid: [
    { name: 'a builder stage whose unpacked JDK alone is copied out', code: 'FROM oraclelinux:9 AS builder\nENV JAVA_HOME=/usr/java/jdk-21\nRUN dnf install -y tar\nRUN tar xzf /tmp/jdk.tar.gz -C /usr/java\nFROM oraclelinux:9\nENV JAVA_HOME=/usr/java/jdk-21\nCOPY --from=builder $JAVA_HOME $JAVA_HOME' },
    'FROM fedora:40\nRUN dnf install -y httpd && dnf clean all',
    'FROM fedora:40\nRUN dnf -y install httpd && dnf -y clean all',
    'FROM fedora:40\nRUN dnf install -y httpd && rm -rf /var/cache/dnf',
    'FROM fedora:41\nRUN dnf install -y httpd && rm -rf /var/cache/libdnf5/*',
    'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y httpd && microdnf clean all',
    { name: 'microdnf keeps its cache in /var/cache/yum', code: 'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y httpd && rm -rf /var/cache/yum' },
    { name: 'yum clean all cleans the shared cache', code: 'FROM fedora:40\nRUN dnf install -y httpd && yum clean all' },
    { name: 'no install', code: 'FROM fedora:40\nRUN dnf remove -y httpd && dnf repolist' },
    { name: 'cache mount on /var/cache/dnf', code: 'FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y httpd' },
    { name: 'cache mount on /var/cache/libdnf5', code: 'FROM fedora:41\nRUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y httpd' },
    { name: 'a cleanup before the install does not hide the one after', code: 'FROM fedora:40\nRUN rm -rf /tmp/x && dnf install -y httpd && dnf clean all' },
    { name: 'path partly known', code: 'FROM fedora:40\nRUN dnf install -y httpd && rm -rf /var/cache/$WHAT' },
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN dnf install -y httpd' },
  ],
  invalid: [
    {
      name: 'a stage the last one is built on through another',
      code: 'FROM fedora:40 AS base\nRUN dnf install -y python3\nFROM base AS app\nCOPY . /app\nFROM app\nCMD [\"python3\", \"/app/main.py\"]',
      errors: [{ line: 2, column: 9, endLine: 2, endColumn: 16, message: 'Clean the dnf cache after installing: end this RUN with `dnf clean all`' }],
      output: 'FROM fedora:40 AS base\nRUN dnf install -y python3 && dnf clean all\nFROM base AS app\nCOPY . /app\nFROM app\nCMD [\"python3\", \"/app/main.py\"]',
    },
    {
      name: 'a stage whose folder holding the cache is copied out',
      code: 'FROM fedora:40 AS build\nRUN dnf install -y rpm-build\nFROM scratch\nCOPY --from=build /var /var',
      errors: [{ line: 2, column: 9, endLine: 2, endColumn: 16, message: 'Clean the dnf cache after installing: end this RUN with `dnf clean all`' }],
      output: 'FROM fedora:40 AS build\nRUN dnf install -y rpm-build && dnf clean all\nFROM scratch\nCOPY --from=build /var /var',
    },
    {
      code: 'FROM fedora:40\nRUN dnf install -y httpd',
      errors: [{ line: 2, column: 9, endLine: 2, endColumn: 16, message: 'Clean the dnf cache after installing: end this RUN with `dnf clean all`' }],
      output: 'FROM fedora:40\nRUN dnf install -y httpd && dnf clean all',
    },
    {
      name: 'microdnf',
      code: 'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y httpd',
      errors: [{ line: 2, column: 14, message: 'Clean the dnf cache after installing: end this RUN with `microdnf clean all`' }],
      output: 'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y httpd && microdnf clean all',
    },
    {
      name: 'dnf clean without all (hadolint accepts it)',
      code: 'FROM fedora:40\nRUN dnf install -y httpd && dnf clean packages',
      errors: [{ line: 2, column: 9, message: 'Clean the dnf cache after installing: end this RUN with `dnf clean all`' }],
      output: 'FROM fedora:40\nRUN dnf install -y httpd && dnf clean packages && dnf clean all',
    },
    {
      name: 'rm -rf of something else (hadolint accepts it)',
      code: 'FROM fedora:40\nRUN dnf install -y httpd && rm -rf /tmp/*',
      errors: [{ line: 2, column: 9, message: 'Clean the dnf cache after installing: end this RUN with `dnf clean all`' }],
      output: 'FROM fedora:40\nRUN dnf install -y httpd && rm -rf /tmp/* && dnf clean all',
    },
    {
      name: 'upgrade',
      code: 'FROM fedora:40\nRUN dnf upgrade -y',
      errors: [{ line: 2, column: 9, message: 'Clean the dnf cache after installing: end this RUN with `dnf clean all`' }],
      output: 'FROM fedora:40\nRUN dnf upgrade -y && dnf clean all',
    },
    {
      name: 'short names',
      code: 'FROM fedora:40\nRUN dnf in -y x && dnf rei -y y',
      errors: [{ line: 2, column: 24, message: 'Clean the dnf cache after installing: end this RUN with `dnf clean all`' }],
      output: 'FROM fedora:40\nRUN dnf in -y x && dnf rei -y y && dnf clean all',
    },
    {
      name: 'group install',
      code: 'FROM fedora:40\nRUN dnf group install -y "Development Tools"',
      errors: [{ line: 2, column: 9, message: 'Clean the dnf cache after installing: end this RUN with `dnf clean all`' }],
      output: 'FROM fedora:40\nRUN dnf group install -y "Development Tools" && dnf clean all',
    },
    {
      name: 'module install',
      code: 'FROM fedora:40\nRUN dnf -y module install nodejs:20',
      errors: [{ line: 2, column: 12, message: 'Clean the dnf cache after installing: end this RUN with `dnf clean all`' }],
      output: 'FROM fedora:40\nRUN dnf -y module install nodejs:20 && dnf clean all',
    },
    {
      name: 'clean before the install',
      code: 'FROM fedora:40\nRUN dnf clean all && dnf install -y x',
      errors: [{ line: 2, column: 26, message: 'Clean the dnf cache after installing: end this RUN with `dnf clean all`' }],
      output: 'FROM fedora:40\nRUN dnf clean all && dnf install -y x && dnf clean all',
    },
    {
      name: 'ONBUILD',
      code: 'FROM fedora:40\nONBUILD RUN dnf install -y httpd',
      errors: [{ line: 2, column: 17, message: 'Clean the dnf cache after installing: end this RUN with `dnf clean all`' }],
      output: 'FROM fedora:40\nONBUILD RUN dnf install -y httpd && dnf clean all',
    },
    { name: 'through sudo', code: 'FROM fedora:40\nRUN sudo dnf install -y httpd', errors: [{ line: 2, column: 14, message: 'Clean the dnf cache after installing: end this RUN with `dnf clean all`' }] },
    {
      name: 'microdnf on continued lines with trailing &&',
      code: 'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y httpd && \\\n    microdnf update -y',
      errors: [{ line: 3, column: 14, message: 'Clean the dnf cache after installing: end this RUN with `microdnf clean all`' }],
      output: 'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y httpd && \\\n    microdnf update -y && \\\n    microdnf clean all',
    },
    { name: 'no fix: another root', code: 'FROM fedora:40\nRUN dnf install -y --installroot /sysroot httpd', errors: [{ line: 2, column: 9, message: 'Clean the dnf cache after installing: end this RUN with `dnf clean all`' }] },
    { name: 'no fix: exec form', code: 'FROM fedora:40\nRUN ["dnf", "install", "-y", "httpd"]', errors: [{ line: 2, column: 13, message: 'Clean the dnf cache after installing: end this RUN with `dnf clean all`' }] },
  ],
});
