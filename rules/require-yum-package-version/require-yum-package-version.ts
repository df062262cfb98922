import { defineRule } from '../../src/engine/define-rule.js';
import { reportUnpinned } from '../../src/rule-kit/pin-report.js';
import { callsOf, unpinnedRpmPackages } from '../../src/rule-kit/rpm.js';

export default defineRule({
  code: 'DL3033',
  name: 'require-yum-package-version',
  aliases: [],
  severity: 'warning',
  category: 'maintainability',
  fixable: false,
  onbuild: true,
  docs: {
    summary: 'Pin versions in `yum install`',
    why:
      'An unpinned `yum install` gets whatever version the repositories hold on the day of the ' +
      'build, so two builds of the same Dockerfile can differ and an update can break the image ' +
      'without any change to it. Name the version: `httpd-2.4.6`, `openssl-1:1.0.2k` (with an ' +
      'epoch), or `yum module install nodejs:18` for a module stream.',
    bad: 'FROM centos:7\nRUN yum install -y httpd && yum clean all',
    good: 'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all',
    references: ['https://man7.org/linux/man-pages/man8/yum.8.html'],
    differences:
      'hadolint accepts a package that contains `$` when it names an ENV of the stage or any ' +
      'earlier ARG, whatever its value, and reports any other variable. dflint substitutes ARG ' +
      'and ENV values and judges the result (`ARG PKGS="httpd php"` then `yum install $PKGS` ' +
      'reports both; `ENV PKG=/tmp/app-1.0.rpm` then `yum install -y $PKG` passes, which ' +
      'hadolint can report), follows the variables the RUN sets itself (`INSTALL_PKGS="tar ' +
      'unzip" && yum install -y $INSTALL_PKGS` reports `tar` and `unzip`), and does not judge a ' +
      'package whose value is only known at run time (an ARG without default, a loop variable, ' +
      '`$(cat list)`). Groups (`@core`) are not ' +
      'packages and are not judged. yum run through `sudo`, `env` or `xargs` is checked too. dflint ' +
      'reports once per install command (hadolint once per RUN instruction), at the first unpinned package, naming the unpinned packages and giving each as a related location.',
  },
  create(context) {
    return {
      RUN(run) {
        for (const call of callsOf(run, ['yum'])) {
          reportUnpinned(context.report, unpinnedRpmPackages(context.model, run, call), (first) => `\`yum install ${first.text}-<version>\``);
        }
      },
    };
  },
});
