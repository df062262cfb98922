import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-dnf-assume-yes.js';

testRule(rule, {
  valid: [
    'FROM fedora:40\nRUN dnf install -y httpd',
    'FROM fedora:40\nRUN dnf -y install httpd',
    'FROM fedora:40\nRUN dnf --assumeyes install httpd',
    'FROM fedora:40\nRUN dnf -y group install "Development Tools"',
    'FROM fedora:40\nRUN dnf -y module enable nodejs:20 && dnf -y module install nodejs:20',
    'FROM fedora:40\nRUN dnf clean all && dnf makecache && dnf repolist && dnf module list && dnf info x',
    'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y httpd',
    { name: 'yum is another rule', code: 'FROM centos:7\nRUN yum install httpd' },
    { name: 'subcommand from a variable', code: 'FROM fedora:40\nRUN dnf $ACTION httpd' },
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN dnf install httpd' },
  ],
  invalid: [
    {
      code: 'FROM fedora:40\nRUN dnf install httpd',
      errors: [{ line: 2, column: 9, endLine: 2, endColumn: 16, message: 'Use `dnf install -y` so dnf does not wait for a confirmation' }],
      output: 'FROM fedora:40\nRUN dnf install -y httpd',
    },
    {
      name: 'microdnf',
      code: 'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install httpd',
      errors: [{ line: 2, column: 14, message: 'Use `microdnf install -y` so microdnf does not wait for a confirmation' }],
      output: 'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y httpd',
    },
    {
      name: 'short names and upgrades (hadolint checks installs only)',
      code: 'FROM fedora:40\nRUN dnf in x && dnf up && dnf rm y',
      errors: [{ line: 2, column: 9, message: 'Use `dnf in -y` so dnf does not wait for a confirmation' }, { line: 2, column: 21, message: 'Use `dnf up -y` so dnf does not wait for a confirmation' }, { line: 2, column: 31, message: 'Use `dnf rm -y` so dnf does not wait for a confirmation' }],
      output: 'FROM fedora:40\nRUN dnf in -y x && dnf up -y && dnf rm -y y',
    },
    {
      name: 'module enable',
      code: 'FROM fedora:40\nRUN dnf module enable nodejs:20',
      errors: [{ line: 2, column: 9, message: 'Use `dnf module enable -y` so dnf does not wait for a confirmation' }],
      output: 'FROM fedora:40\nRUN dnf module -y enable nodejs:20',
    },
    {
      name: 'autoremove',
      code: 'FROM fedora:40\nRUN dnf remove -y gcc; dnf autoremove',
      errors: [{ line: 2, column: 28, message: 'Use `dnf autoremove -y` so dnf does not wait for a confirmation' }],
      output: 'FROM fedora:40\nRUN dnf remove -y gcc; dnf autoremove -y',
    },
    {
      name: 'ONBUILD',
      code: 'FROM fedora:40\nONBUILD RUN dnf install httpd',
      errors: [{ line: 2, column: 17, message: 'Use `dnf install -y` so dnf does not wait for a confirmation' }],
      output: 'FROM fedora:40\nONBUILD RUN dnf install -y httpd',
    },
    {
      name: 'heredoc',
      code: 'FROM fedora:40\nRUN <<EOF\nset -e\ndnf install httpd\nEOF',
      errors: [{ line: 4, column: 5, message: 'Use `dnf install -y` so dnf does not wait for a confirmation' }],
      output: 'FROM fedora:40\nRUN <<EOF\nset -e\ndnf install -y httpd\nEOF',
    },
  ],
});
