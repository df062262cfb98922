import { defineRule } from '../../src/engine/define-rule.js';
import { packageCommandsDoing } from '../../src/rule-kit/package-managers.js';
import { reportUnpinned } from '../../src/rule-kit/pin-report.js';
import { packageOperands, withoutOptions } from '../../src/rule-kit/pinning.js';

/**
 * `curl=8.9.1-r0` pins a version, `git~2.45`, `curl>8` and `curl<9` constrain it, `./x.apk` is a
 * file. `!pkg` forbids a package rather than installing one.
 */
function needsNoPin(pkg: string): boolean {
  return /[=~<>]/.test(pkg) || pkg.endsWith('.apk') || pkg.startsWith('!');
}

export default defineRule({
  code: 'DL3018',
  name: 'require-apk-version-pin',
  aliases: [],
  severity: 'warning',
  category: 'maintainability',
  fixable: false,
  onbuild: true,
  docs: {
    summary: 'Pin versions in `apk add`',
    why:
      'Without a version, `apk add curl` installs whatever the repository offers on the day of ' +
      'the build, so two builds of the same Dockerfile can differ. Pin an exact version ' +
      '(`curl=8.9.1-r0`) or, since Alpine keeps only the latest build of each package per branch, a ' +
      'fuzzy one that survives rebuilds (`curl~8.9`).',
    bad: 'FROM alpine:3.20\nRUN apk add --no-cache curl',
    good: 'FROM alpine:3.20\nRUN apk add --no-cache curl~8.12',
    references: ['https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper#Advanced_APK_Usage'],
    differences:
      'hadolint never expands variables (`apk add $PKGS` is reported even when the ARG pins every ' +
      'package, hadolint #393); dflint judges the ARG or ENV value, or the value the RUN itself ' +
      'assigns, and leaves a word whose value is unknown unjudged. hadolint reports `!name` ' +
      '(a package apk must not install, hadolint #956); dflint does not. dflint ' +
      'reports once per install command (hadolint once per RUN instruction), at the first unpinned package, naming the unpinned packages and giving each as a related location, and also checks `apk add` run through `sudo` or `xargs`. The ' +
      'values of `-X`/`--repository`, `-t`/`--virtual`, `-p`/`--root`, `--arch`, `--cache-dir`, ' +
      '`--keys-dir` and `--repositories-file` are not packages.',
  },
  create(context) {
    return {
      RUN(run) {
        for (const add of packageCommandsDoing(run, ['apk'], ['add'])) {
          const unpinned = withoutOptions(packageOperands(context.model, run, add.operands)).filter((o) => !needsNoPin(o.text));
          reportUnpinned(context.report, unpinned, (first) => `\`apk add ${first.text}=<version>\` or \`${first.text}~<version>\``);
        }
      },
    };
  },
});
