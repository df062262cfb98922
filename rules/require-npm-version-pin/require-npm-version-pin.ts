import { defineRule } from '../../src/engine/define-rule.js';
import { commandsOf, positionals } from '../../src/rule-kit/commands.js';
import { NPM_VALUE_FLAGS } from '../../src/rule-kit/dependency-installs.js';
import { invokedCommand } from '../../src/rule-kit/invocations.js';
import { reportUnpinned } from '../../src/rule-kit/pin-report.js';
import { packageOperands, withoutOptions } from '../../src/rule-kit/pinning.js';

/** npm's spellings of `install` that take package specs. */
const INSTALL = ['install', 'i', 'add'];

/** Specs that name something on disk rather than in the registry. */
const LOCAL = /^(?:\.{1,2}$|\.{0,2}\/|~\/|file:|link:)/;
const TARBALL = /\.(?:tar|tar\.gz|tgz)$/;
/** Git specs: URLs, hosted shortcuts (`github:user/repo`) and the `user/repo` shorthand. */
const GIT = /^(?:git:|git\+|github:|gitlab:|bitbucket:|gist:|[\w.-]+\/[\w.-]+(?:#|$))/;

/** Whether an npm package spec fixes what gets installed. */
function isPinned(spec: string): boolean {
  if (LOCAL.test(spec) || TARBALL.test(spec)) return true;
  if (GIT.test(spec) && !spec.startsWith('@')) return spec.includes('#');
  const at = spec.indexOf('@', 1);
  return at > 0 && spec.slice(at + 1) !== 'latest';
}

export default defineRule({
  code: 'DL3016',
  name: 'require-npm-version-pin',
  aliases: [],
  severity: 'warning',
  category: 'maintainability',
  fixable: false,
  onbuild: true,
  docs: {
    summary: 'Pin versions in `npm install`',
    why:
      'Without a version, `npm install -g typescript` installs whatever the registry offers on the ' +
      'day of the build, so two builds of the same Dockerfile can differ and a new major version ' +
      'can break the image. Pin a version (`typescript@5.6.3`), a git commit or tag (`#v1.2.0`), ' +
      'or install the project\'s dependencies from its lock file with `npm ci`.',
    bad: 'FROM node:22-alpine\nRUN npm install -g typescript',
    good: 'FROM node:22-alpine\nRUN npm install -g typescript@5.6.3',
    references: ['https://docs.npmjs.com/cli/commands/npm-install'],
    differences:
      'hadolint checks only `npm install`; dflint also checks its aliases `npm i` and `npm add`, ' +
      'npm run by its path (`/usr/bin/npm`) and through `sudo` or `xargs`. Under a PowerShell or cmd ' +
      '`SHELL`, hadolint still reads the RUN as a POSIX script; dflint does not judge it. hadolint accepts `name@latest`, which asks for ' +
      'whatever is newest; dflint reports it. dflint also accepts `npm install .` (the project in ' +
      'the current folder, which hadolint reports), `file:`/`link:` specs and ' +
      '`user/repo#ref` GitHub shorthands, expands ARG, ENV and script variables (a word whose ' +
      'value is unknown is not judged) and ' +
      'reports once per install command (hadolint once per RUN instruction), at the first unpinned package, naming the unpinned packages and giving each as a related location.',
  },
  create(context) {
    return {
      RUN(run) {
        for (const written of commandsOf(run)) {
          const npm = invokedCommand(written);
          if (npm.basename !== 'npm') continue;
          const [subcommand, ...specs] = positionals(npm, NPM_VALUE_FLAGS);
          if (subcommand?.value === undefined || !INSTALL.includes(subcommand.value)) continue;
          const unpinned = withoutOptions(packageOperands(context.model, run, specs)).filter((o) => !isPinned(o.text));
          reportUnpinned(context.report, unpinned, (first) => `\`npm ${subcommand.value} ${first.text.replace(/(.)@latest$/, '$1')}@<version>\``);
        }
      },
    };
  },
});
