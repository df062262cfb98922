import { defineRule } from '../../src/engine/define-rule.js';
import { reportUnpinned } from '../../src/rule-kit/pin-report.js';
import { callsOf, unpinnedRpmPackages } from '../../src/rule-kit/rpm.js';

export default defineRule({
  code: 'DL3041',
  name: 'require-dnf-package-version',
  aliases: [],
  severity: 'warning',
  category: 'maintainability',
  fixable: false,
  onbuild: true,
  docs: {
    summary: 'Pin versions in `dnf install`',
    why:
      'An unpinned `dnf install` gets whatever version the repositories hold on the day of the ' +
      'build, so two builds of the same Dockerfile can differ and an update can break the image ' +
      'without any change to it. Name the version: `httpd-2.4.62`, `openssl-1:3.2.2` (with an ' +
      'epoch), or `dnf module install nodejs:20` for a module stream.',
    bad: 'FROM fedora:40\nRUN dnf install -y httpd && dnf clean all',
    good: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all',
    references: ['https://dnf.readthedocs.io/en/latest/command_ref.html#specifying-packages-label'],
    differences:
      'hadolint accepts a package that contains `$` when it names an ENV of the stage or any ' +
      'earlier ARG, whatever its value, and reports any other variable. dflint substitutes ARG ' +
      'and ENV values and judges the result, and does not judge a package whose value is only ' +
      'known at run time (an ARG without default, a loop variable, a `${V//./-}` substitution, ' +
      '`dnf install -y $(<extra-packages)`, ' +
      'which hadolint reports). Variables the RUN sets itself are followed (`INSTALL_PKGS="tar ' +
      'unzip" && dnf install -y $INSTALL_PKGS` reports `tar` and `unzip`). hadolint ' +
      'skips a whole command when any of its words is `module` or `group`; dflint skips ' +
      '`dnf group install` and `@group` specs (groups have no version) but still judges the ' +
      'other packages of such a command, and checks the streams of `dnf module install`. dnf run ' +
      'through `sudo`, `env` or `xargs` is checked too. dflint reports once per install command (hadolint once per RUN instruction), at the first unpinned package, naming the unpinned packages and giving each as a related location.',
  },
  create(context) {
    return {
      RUN(run) {
        for (const call of callsOf(run, ['dnf', 'microdnf'])) {
          const unpinned = unpinnedRpmPackages(context.model, run, call);
          if (call.action === 'module') {
            reportUnpinned(context.report, unpinned, (first) => `\`${call.tool} module install ${first.text}:<stream>\``, 'stream');
          } else {
            reportUnpinned(context.report, unpinned, (first) => `\`${call.tool} install ${first.text}-<version>\``);
          }
        }
      },
    };
  },
});
