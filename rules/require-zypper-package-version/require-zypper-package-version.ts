import { defineRule } from '../../src/engine/define-rule.js';
import { reportUnpinned } from '../../src/rule-kit/pin-report.js';
import { callsOf, unpinnedZypperPackages } from '../../src/rule-kit/rpm.js';

export default defineRule({
  code: 'DL3037',
  name: 'require-zypper-package-version',
  aliases: [],
  severity: 'warning',
  category: 'maintainability',
  fixable: false,
  onbuild: true,
  docs: {
    summary: 'Pin versions in `zypper install`',
    why:
      'An unpinned `zypper install` gets whatever version the repositories hold on the day of ' +
      'the build, so two builds of the same Dockerfile can differ and an update can break the ' +
      'image without any change to it. Name the version (`curl=8.6.0`) or a range (`curl>=8.6`).',
    bad: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl && zypper clean',
    good: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6.0 && zypper clean',
    references: ['https://en.opensuse.org/SDB:Zypper_manual'],
    differences:
      'dflint substitutes ARG and ENV values in package names and judges the result, and does ' +
      'not judge a package whose value is only known at run time (hadolint reports every ' +
      'variable). Patterns, patches and products (`zypper in -t pattern devel_basis`) have no ' +
      'version and are not judged. zypper run through `sudo`, `env` or `xargs` is checked too. ' +
      'dflint reports once per install command (hadolint once per RUN instruction), at the first unpinned package, naming the unpinned packages and giving each as a related location.',
  },
  create(context) {
    return {
      RUN(run) {
        for (const call of callsOf(run, ['zypper'])) {
          reportUnpinned(context.report, unpinnedZypperPackages(context.model, run, call), (first) => `\`zypper install ${first.text}=<version>\``);
        }
      },
    };
  },
});
