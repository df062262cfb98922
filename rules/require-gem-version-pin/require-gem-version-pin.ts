import { defineRule } from '../../src/engine/define-rule.js';
import { commandsOf, hasFlag, positionals } from '../../src/rule-kit/commands.js';
import { invokedCommand } from '../../src/rule-kit/invocations.js';
import { reportUnpinned } from '../../src/rule-kit/pin-report.js';
import { packageOperands, withoutOptions } from '../../src/rule-kit/pinning.js';

/** `gem install` options that take the next word as their value. */
const VALUE_FLAGS = [
  '-v', '--version', '--platform', '-i', '--install-dir', '-n', '--bindir', '--build-root', '-P', '--trust-policy',
  '-s', '--source', '-p', '--http-proxy', '--config-file', '--target-rbconfig',
];

/** `bundler:2.5.22` pins a version; a `.gem` file is one. */
function isPinned(gem: string): boolean {
  return gem.includes(':') || gem.endsWith('.gem');
}

export default defineRule({
  code: 'DL3028',
  name: 'require-gem-version-pin',
  aliases: [],
  severity: 'warning',
  category: 'maintainability',
  fixable: false,
  onbuild: true,
  docs: {
    summary: 'Pin versions in `gem install`',
    why:
      'Without a version, `gem install bundler` installs whatever rubygems.org offers on the day of ' +
      'the build, so two builds of the same Dockerfile can differ and a new major version can break ' +
      'the image. Pin each gem (`gem install bundler:2.5.22`) or give the version with `-v`.',
    bad: 'FROM ruby:3.3-slim\nRUN gem install --no-document bundler',
    good: 'FROM ruby:3.3-slim\nRUN gem install --no-document bundler:2.5.22',
    references: ['https://guides.rubygems.org/command-reference/#gem-install'],
    differences:
      'hadolint drops the word after every option, so `gem install --no-document bundler` passes ' +
      'unpinned; dflint drops only the values of the options that take one (`-i`, `-n`, `-s`, ' +
      '`--platform`...). A local `.gem` file needs no pin. dflint also checks `gem` run through ' +
      '`sudo` or by its path, expands ARG, ENV and script variables (a word whose value is ' +
      'unknown is not judged) and ' +
      'reports once per install command (hadolint once per RUN instruction), at the first unpinned gem, naming the unpinned gems and giving each as a related location.',
  },
  create(context) {
    return {
      RUN(run) {
        for (const written of commandsOf(run)) {
          const gem = invokedCommand(written);
          if (gem.basename !== 'gem') continue;
          const [subcommand, ...gems] = positionals(gem, VALUE_FLAGS);
          if (subcommand?.value !== 'install' && subcommand?.value !== 'i') continue;
          if (hasFlag(gem, '-v', '--version')) continue;
          const unpinned = withoutOptions(packageOperands(context.model, run, gems)).filter((o) => !isPinned(o.text));
          reportUnpinned(context.report, unpinned, (first) => `\`gem install ${first.text}:<version>\``);
        }
      },
    };
  },
});
