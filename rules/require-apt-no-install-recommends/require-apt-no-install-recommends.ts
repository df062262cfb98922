import { defineRule } from '../../src/engine/define-rule.js';
import { configuredWithoutRecommends, disablesRecommends } from '../../src/rule-kit/apt.js';
import { insertArgumentAfter } from '../../src/rule-kit/fixes.js';
import { packageCommandsDoing } from '../../src/rule-kit/package-managers.js';

export default defineRule({
  code: 'DL3015',
  name: 'require-apt-no-install-recommends',
  aliases: [],
  severity: 'info',
  category: 'performance',
  fixable: 'unsafe',
  onbuild: true,
  docs: {
    summary: 'Use `--no-install-recommends` with `apt-get install`',
    why:
      'By default apt also installs every package the requested ones recommend: documentation, ' +
      'optional tools and libraries the image never uses. They make the image larger and add ' +
      'software that needs security updates. Ask for exactly what you need with ' +
      '`--no-install-recommends` and list any recommended package you do want.',
    bad: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
    good: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
    fixed: 'FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends -y curl && rm -rf /var/lib/apt/lists/*',
    fixSafety:
      'The fix inserts `--no-install-recommends` after `install`. It is unsafe: packages that were ' +
      'installed only as recommendations disappear, and a build or a program that relied on one ' +
      '(`ca-certificates` recommended by `curl`, for example) breaks until it is listed explicitly.',
    references: [
      'https://docs.docker.com/build/building/best-practices/#apt-get',
      'https://manpages.debian.org/bookworm/apt/apt-get.8.en.html',
    ],
    differences:
      'hadolint checks only `apt-get`; dflint also checks `apt install` (same options, same ' +
      'behaviour) and commands run through `sudo`, `xargs` or `env`. Besides `--no-install-recommends` ' +
      'and `-o APT::Install-Recommends=false` (any spelling apt reads as false: `0`, `no`, `off`), ' +
      'dflint accepts apt configured earlier in the stage or a stage it is built on with ' +
      '`echo \'APT::Install-Recommends "false";\' > /etc/apt/apt.conf.d/...`, which hadolint reports.',
  },
  create(context) {
    return {
      RUN(run) {
        for (const install of packageCommandsDoing(run, ['apt-get', 'apt'], ['install'])) {
          if (disablesRecommends(install.command)) continue;
          if (configuredWithoutRecommends(context.model, run, install.command)) continue;
          const word = install.subcommand!;
          context.report({
            range: word.range,
            message: `Add \`--no-install-recommends\` to \`${install.tool} install\` to avoid installing packages nobody asked for`,
            fix: {
              description: 'Insert `--no-install-recommends` after `install`',
              safety: 'unsafe',
              edits: [insertArgumentAfter(run, word, '--no-install-recommends')],
            },
          });
        }
      },
    };
  },
});
