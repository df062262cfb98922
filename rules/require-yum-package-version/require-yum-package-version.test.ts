import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-yum-package-version.js';

testRule(rule, {
  valid: [
    'FROM centos:7\nRUN yum install -y httpd-2.4.6',
    'FROM centos:7\nRUN yum install -y httpd-2.4.6-97.el7.centos.5.x86_64',
    'FROM centos:7\nRUN yum install -y openssl-1:1.0.2k',
    'FROM centos:7\nRUN yum install -y /tmp/app.rpm https://example.com/epel-release-latest-7.noarch.rpm',
    'FROM centos:7\nRUN yum install -y --setopt=tsflags=nodocs --enablerepo epel httpd-2.4.6',
    'FROM centos:8\nRUN yum module install -y nodejs:14',
    'FROM centos:8\nRUN yum module enable -y nodejs',
    'FROM centos:7\nRUN yum groupinstall -y "Development Tools" && yum group install -y Base',
    { name: 'groups with @', code: 'FROM centos:7\nRUN yum install -y @core' },
    { name: 'version from an ARG', code: 'FROM centos:7\nARG V=2.4.6\nRUN yum install -y httpd-${V}' },
    { name: 'packages from an ENV', code: 'FROM centos:7\nENV PKGS="httpd-2.4.6 git-1.8.3"\nRUN yum install -y $PKGS' },
    { name: 'packages from a shell variable', code: 'FROM centos:7\nRUN PKGS="httpd-2.4.6 git-1.8.3" && yum install -y $PKGS' },
    { name: 'a variable of unknown value is not judged', code: 'FROM centos:7\nARG PKGS\nRUN yum install -y $PKGS' },
    { name: 'a file list is not judged', code: 'FROM centos:7\nRUN yum install -y $(cat /tmp/packages)' },
    { name: 'a loop variable is not judged', code: 'FROM centos:7\nRUN for p in a b; do yum install -y $p; done' },
    { name: 'dnf is another rule', code: 'FROM fedora:40\nRUN dnf install -y httpd' },
    { name: 'remove', code: 'FROM centos:7\nRUN yum remove -y httpd' },
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN yum install -y httpd' },
  ],
  invalid: [
    {
      code: 'FROM centos:7\nRUN yum install -y httpd',
      errors: [{ line: 2, column: 20, endLine: 2, endColumn: 25, message: 'Pin the version of `httpd`: `yum install httpd-<version>`' }],
    },
    {
      name: 'one finding per yum install, naming its unpinned packages',
      code: 'FROM centos:7\nRUN yum install -y gcc-c++ python3-devel git-1.8.3',
      errors: [{
        line: 2, column: 20, endColumn: 27,
        message: 'Pin the versions of `gcc-c++` and `python3-devel`: `yum install gcc-c++-<version>`',
        related: [
          { line: 2, column: 20, endColumn: 27, message: '`gcc-c++` has no pinned version' },
          { line: 2, column: 28, endColumn: 41, message: '`python3-devel` has no pinned version' },
        ],
      }],
    },
    {
      name: 'a variable list and each yum install of the RUN (paraphrased from an s2i image)',
      code: 'FROM centos:7\nRUN INSTALL_PKGS="autoconf automake bzip2 gcc-c++ gd-devel gettext" && \\\n    yum install -y --setopt=tsflags=nodocs $INSTALL_PKGS && \\\n    yum install -y epel-release && \\\n    yum clean all -y',
      errors: [
        {
          line: 3, column: 44, endColumn: 57,
          message: 'Pin the versions of `autoconf`, `automake`, `bzip2` and 3 more: `yum install autoconf-<version>`',
          related: ['autoconf', 'automake', 'bzip2', 'gcc-c++', 'gd-devel', 'gettext']
            .map((name) => ({ line: 3, column: 44, endColumn: 57, message: `\`${name}\` (from \`$INSTALL_PKGS\`) has no pinned version` })),
        },
        { line: 4, column: 20, endColumn: 32, message: 'Pin the version of `epel-release`: `yum install epel-release-<version>`' },
      ],
    },
    { name: 'a glob', code: 'FROM centos:7\nRUN yum install -y "php-*"', errors: [{ line: 2, column: 20, message: 'Pin the version of `php-*`: `yum install php-*-<version>`' }] },
    {
      name: 'packages from an ENV (hadolint accepts any ENV)',
      code: 'FROM centos:7\nENV PKGS="httpd git-1.8.3"\nRUN yum install -y $PKGS',
      errors: [{ line: 3, column: 20, endColumn: 25, message: 'Pin the version of `httpd`: `yum install httpd-<version>`' }],
    },
    {
      name: 'packages from a shell variable, built in steps',
      code: 'FROM centos:7\nRUN PKGS="tar-1.26" && PKGS="$PKGS unzip" && \\\n    yum install -y $PKGS && rpm -V $PKGS',
      errors: [{ line: 3, column: 20, message: 'Pin the version of `unzip`: `yum install unzip-<version>`' }],
    },
    { name: 'module without stream', code: 'FROM centos:8\nRUN yum module install -y nodejs', errors: [{ line: 2, column: 27, message: 'Pin the version of `nodejs`: `yum install nodejs-<version>`' }] },
    { name: 'through sudo', code: 'FROM centos:7\nRUN sudo yum install -y httpd', errors: [{ line: 2, column: 25, message: 'Pin the version of `httpd`: `yum install httpd-<version>`' }] },
    { name: 'ONBUILD', code: 'FROM centos:7\nONBUILD RUN yum install -y httpd', errors: [{ line: 2, column: 28, message: 'Pin the version of `httpd`: `yum install httpd-<version>`' }] },
    { name: 'heredoc', code: 'FROM centos:7\nRUN <<EOF\nyum install -y httpd\nEOF', errors: [{ line: 3, column: 16, message: 'Pin the version of `httpd`: `yum install httpd-<version>`' }] },
    { name: 'multi-line', code: 'FROM centos:7\nRUN yum install -y \\\n      httpd-2.4.6 \\\n      git', errors: [{ line: 4, column: 7, endLine: 4, endColumn: 10, message: 'Pin the version of `git`: `yum install git-<version>`' }] },
  ],
});
