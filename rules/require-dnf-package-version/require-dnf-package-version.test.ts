import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-dnf-package-version.js';

testRule(rule, {
  valid: [
    'FROM fedora:40\nRUN dnf install -y httpd-2.4.62',
    'FROM fedora:40\nRUN dnf install -y openssl-1:3.2.2 ./local.rpm',
    'FROM fedora:40\nRUN dnf -y module install nodejs:20/minimal',
    'FROM fedora:40\nRUN dnf -y group install "Development Tools"',
    'FROM fedora:40\nRUN dnf install -y @development-tools',
    'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y --nodocs tar-1.34',
    { name: 'version from an ARG', code: 'FROM fedora:40\nARG V=2.4.62\nRUN dnf install -y httpd-$V' },
    { name: 'a variable of unknown value is not judged', code: 'FROM fedora:40\nRUN dnf install -y $(<extra-packages)' },
    { name: 'an ARG without value is not judged', code: 'FROM fedora:40\nARG VERSION\nRUN dnf install -y httpd-${VERSION}' },
    { name: 'yum is another rule', code: 'FROM centos:7\nRUN yum install -y httpd' },
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN dnf install -y httpd' },
  ],
  invalid: [
    {
      code: 'FROM fedora:40\nRUN dnf install -y httpd',
      errors: [{ line: 2, column: 20, endLine: 2, endColumn: 25, message: 'Pin the version of `httpd`: `dnf install httpd-<version>`' }],
    },
    {
      name: 'microdnf',
      code: 'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y tar',
      errors: [{ line: 2, column: 25, message: 'Pin the version of `tar`: `microdnf install tar-<version>`' }],
    },
    {
      name: 'module without stream',
      code: 'FROM fedora:40\nRUN dnf -y module install nodejs',
      errors: [{ line: 2, column: 27, message: 'Pin the stream of `nodejs`: `dnf module install nodejs:<stream>`' }],
    },
    {
      name: 'other packages of a command with a group (hadolint skips the command)',
      code: 'FROM fedora:40\nRUN dnf install -y @development-tools git',
      errors: [{ line: 2, column: 39, message: 'Pin the version of `git`: `dnf install git-<version>`' }],
    },
    {
      name: 'from a shell variable: one finding for the word',
      code: 'FROM fedora:40\nRUN PKGS="git make tar-1.34" && dnf install -y $PKGS',
      errors: [{
        line: 2, column: 48, endColumn: 53,
        message: 'Pin the versions of `git` and `make`: `dnf install git-<version>`',
        related: [
          { line: 2, column: 48, endColumn: 53, message: '`git` (from `$PKGS`) has no pinned version' },
          { line: 2, column: 48, endColumn: 53, message: '`make` (from `$PKGS`) has no pinned version' },
        ],
      }],
    },
    {
      name: 'one finding per dnf install, across words (paraphrased from a Fedora toolbox image)',
      code: 'FROM fedora:40\nRUN dnf install -y \\\n        findutils \\\n        git \\\n        make-4.4.1 \\\n        procps-ng \\\n        which \\\n    && dnf -y module install nodejs postgresql:16 \\\n    && dnf clean all',
      errors: [
        {
          line: 3, column: 9, endColumn: 18,
          message: 'Pin the versions of `findutils`, `git`, `procps-ng` and `which`: `dnf install findutils-<version>`',
          related: [
            { line: 3, column: 9, endColumn: 18, message: '`findutils` has no pinned version' },
            { line: 4, column: 9, endColumn: 12, message: '`git` has no pinned version' },
            { line: 6, column: 9, endColumn: 18, message: '`procps-ng` has no pinned version' },
            { line: 7, column: 9, endColumn: 14, message: '`which` has no pinned version' },
          ],
        },
        {
          line: 8, column: 30, endColumn: 36,
          message: 'Pin the stream of `nodejs`: `dnf module install nodejs:<stream>`',
          related: [{ line: 8, column: 30, endColumn: 36, message: '`nodejs` has no pinned stream' }],
        },
      ],
    },
    { name: 'ONBUILD', code: 'FROM fedora:40\nONBUILD RUN dnf install -y httpd', errors: [{ line: 2, column: 28, message: 'Pin the version of `httpd`: `dnf install httpd-<version>`' }] },
    { name: 'through xargs', code: 'FROM fedora:40\nRUN cat list | xargs dnf install -y httpd', errors: [{ line: 2, column: 37, message: 'Pin the version of `httpd`: `dnf install httpd-<version>`' }] },
  ],
});
