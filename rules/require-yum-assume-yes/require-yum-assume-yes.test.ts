import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-yum-assume-yes.js';

testRule(rule, {
  valid: [
    'FROM centos:7\nRUN yum install -y httpd',
    'FROM centos:7\nRUN yum -y install httpd',
    'FROM centos:7\nRUN yum install --assumeyes httpd',
    'FROM centos:7\nRUN yum -qy install httpd',
    'FROM centos:7\nRUN yum groupinstall -y "Development Tools"',
    'FROM centos:7\nRUN yum update -y && yum remove -y x',
    'FROM centos:7\nRUN yum clean all && yum makecache && yum repolist && yum info httpd && yum list installed',
    { name: 'dnf is another rule', code: 'FROM fedora:40\nRUN dnf install httpd' },
    { name: 'echo of a command', code: 'FROM centos:7\nRUN echo yum install httpd' },
    { name: 'subcommand from a variable', code: 'FROM centos:7\nRUN yum $ACTION httpd' },
    { name: 'heredoc', code: 'FROM centos:7\nRUN <<EOF\nyum install -y httpd\nEOF' },
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN yum install httpd' },
    { name: 'ONBUILD with -y', code: 'FROM centos:7\nONBUILD RUN yum install -y httpd' },
  ],
  invalid: [
    {
      code: 'FROM centos:7\nRUN yum install httpd',
      errors: [{ line: 2, column: 9, endLine: 2, endColumn: 16, message: 'Use `yum install -y` so yum does not wait for a confirmation' }],
      output: 'FROM centos:7\nRUN yum install -y httpd',
    },
    {
      name: 'groupinstall and localinstall',
      code: 'FROM centos:7\nRUN yum groupinstall "Development Tools" && yum localinstall /tmp/x.rpm',
      errors: [{ line: 2, column: 9, message: 'Use `yum groupinstall -y` so yum does not wait for a confirmation' }, { line: 2, column: 49, message: 'Use `yum localinstall -y` so yum does not wait for a confirmation' }],
      output: 'FROM centos:7\nRUN yum groupinstall -y "Development Tools" && yum localinstall -y /tmp/x.rpm',
    },
    {
      name: 'group install (two words)',
      code: 'FROM centos:7\nRUN yum group install "Development Tools"',
      errors: [{ line: 2, column: 9, message: 'Use `yum group install -y` so yum does not wait for a confirmation' }],
      output: 'FROM centos:7\nRUN yum group -y install "Development Tools"',
    },
    {
      name: 'update and remove ask too (hadolint checks installs only)',
      code: 'FROM centos:7\nRUN yum update && yum remove x',
      errors: [{ line: 2, column: 9, message: 'Use `yum update -y` so yum does not wait for a confirmation' }, { line: 2, column: 23, message: 'Use `yum remove -y` so yum does not wait for a confirmation' }],
      output: 'FROM centos:7\nRUN yum update -y && yum remove -y x',
    },
    {
      name: 'module install',
      code: 'FROM centos:8\nRUN yum module install nodejs:14',
      errors: [{ line: 2, column: 9, message: 'Use `yum module install -y` so yum does not wait for a confirmation' }],
      output: 'FROM centos:8\nRUN yum module -y install nodejs:14',
    },
    {
      name: '-y of another command does not count',
      code: 'FROM centos:7\nRUN yum install httpd && rm -y',
      errors: [{ line: 2, column: 9, message: 'Use `yum install -y` so yum does not wait for a confirmation' }],
      output: 'FROM centos:7\nRUN yum install -y httpd && rm -y',
    },
    { name: 'through sudo', code: 'FROM centos:7\nRUN sudo yum install httpd', errors: [{ line: 2, column: 14, message: 'Use `yum install -y` so yum does not wait for a confirmation' }], output: 'FROM centos:7\nRUN sudo yum install -y httpd' },
    { name: 'inside sh -c', code: 'FROM centos:7\nRUN sh -c "yum install httpd"', errors: [{ line: 2, column: 16, message: 'Use `yum install -y` so yum does not wait for a confirmation' }], output: 'FROM centos:7\nRUN sh -c "yum install -y httpd"' },
    { name: 'inside sh -c of an exec-form RUN: no fix', code: 'FROM centos:7\nRUN ["sh", "-c", "yum install httpd"]', errors: [{ line: 2, column: 23, message: 'Use `yum install -y` so yum does not wait for a confirmation' }] },
    {
      name: 'multi-line RUN',
      code: 'FROM centos:7\nRUN set -e; \\\n    yum install \\\n      httpd',
      errors: [{ line: 3, column: 9, endLine: 3, endColumn: 16, message: 'Use `yum install -y` so yum does not wait for a confirmation' }],
      output: 'FROM centos:7\nRUN set -e; \\\n    yum install -y \\\n      httpd',
    },
    {
      name: 'exec form',
      code: 'FROM centos:7\nRUN ["yum", "install", "httpd"]',
      errors: [{ line: 2, column: 13, message: 'Use `yum install -y` so yum does not wait for a confirmation' }],
      output: 'FROM centos:7\nRUN ["yum", "install", "-y", "httpd"]',
    },
    { name: 'heredoc', code: 'FROM centos:7\nRUN <<EOF\nyum install httpd\nEOF', errors: [{ line: 3, column: 5, message: 'Use `yum install -y` so yum does not wait for a confirmation' }], output: 'FROM centos:7\nRUN <<EOF\nyum install -y httpd\nEOF' },
    { name: 'ONBUILD', code: 'FROM centos:7\nONBUILD RUN yum install httpd', errors: [{ line: 2, column: 17, message: 'Use `yum install -y` so yum does not wait for a confirmation' }], output: 'FROM centos:7\nONBUILD RUN yum install -y httpd' },
  ],
});
