import { defineRule } from '../../src/engine/define-rule.js';
import { packageCommandsDoing } from '../../src/rule-kit/package-managers.js';
import { reportUnpinned } from '../../src/rule-kit/pin-report.js';
import { packageOperands, withoutOptions } from '../../src/rule-kit/pinning.js';

/** `curl=8.5.0-2` pins a version, `curl/bookworm-backports` a release, `./x.deb` is a file. */
function isPinned(pkg: string): boolean {
  return pkg.includes('=') || pkg.includes('/') || pkg.endsWith('.deb');
}

export default defineRule({
  code: 'DL3008',
  name: 'require-apt-version-pin',
  aliases: [],
  severity: 'warning',
  category: 'maintainability',
  fixable: false,
  onbuild: true,
  docs: {
    summary: 'Pin versions in `apt-get install`',
    why:
      'Without a version, `apt-get install curl` installs whatever the mirror offers on the day of ' +
      'the build, so two builds of the same Dockerfile can differ and a new package version can ' +
      'break the image without any change to it. Pin each package (`curl=8.5.0-2`) or a release ' +
      '(`curl/bookworm-backports`). Debian and Ubuntu drop old versions from their mirrors, so ' +
      'pinned versions need updating; many teams pin only the packages that matter and turn this ' +
      'rule off otherwise.',
    bad: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*',
    good: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\\n    && rm -rf /var/lib/apt/lists/*',
    references: [
      'https://docs.docker.com/build/building/best-practices/#apt-get',
      'https://manpages.debian.org/bookworm/apt/apt-get.8.en.html',
    ],
    differences:
      'hadolint never expands variables, so `apt-get install $PKGS` is reported even when ' +
      '`ARG PKGS="curl=8.5.0-2"` pins every package (hadolint #329); dflint judges the ARG or ENV ' +
      'value, or the value the RUN itself assigns (`buildDeps=\'gcc make\' && apt-get install $buildDeps`), ' +
      'and leaves a word whose value is unknown unjudged (an ARG without default, as in ' +
      '`postgresql-${PG_MAJOR}`, or `$(cat list)`), where hadolint reports the word as written. hadolint reports a RUN once, at its start; dflint ' +
      'reports once per install command, at the first unpinned package, naming the unpinned packages and ' +
      'giving each as a related location (so a RUN with two `apt-get install` commands has two findings). dflint also ' +
      'checks `apt install` (same packages, same mirrors) and commands run through `sudo`, `xargs` ' +
      'or `env`, and does not take the value of `-o`, `-c` or `-a` for a package.',
  },
  create(context) {
    return {
      RUN(run) {
        for (const install of packageCommandsDoing(run, ['apt-get', 'apt'], ['install'])) {
          const unpinned = withoutOptions(packageOperands(context.model, run, install.operands)).filter((o) => !isPinned(o.text));
          reportUnpinned(context.report, unpinned, (first) => `\`${install.tool} install ${first.text}=<version>\``);
        }
      },
    };
  },
});
