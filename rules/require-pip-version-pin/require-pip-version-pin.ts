import { defineRule } from '../../src/engine/define-rule.js';
import { hasFlag, positionals } from '../../src/rule-kit/commands.js';
import { pipInstalls, requirementFiles } from '../../src/rule-kit/pip.js';
import { reportUnpinned } from '../../src/rule-kit/pin-report.js';
import { packageOperands, withoutOptions } from '../../src/rule-kit/pinning.js';

/** Options of `pip install` (and pip's general ones) that take the next word as their value. */
const VALUE_FLAGS = [
  '--abi', '-b', '--build', '-e', '--editable', '--extra-index-url', '-f', '--find-links', '-i', '--index-url',
  '--implementation', '--no-binary', '--only-binary', '--platform', '--prefix', '--progress-bar', '--proxy',
  '--python', '--python-version', '--root', '--root-user-action', '--src', '-t', '--target', '--trusted-host',
  '--upgrade-strategy', '--retries', '--timeout', '--exists-action', '--cert', '--client-cert', '--cache-dir',
  '--log', '--use-feature', '--use-deprecated', '--keyring-provider', '-C', '--config-settings',
  '--global-option', '--report', '--group',
];

/** A version specifier of PEP 440: `==`, `>=`, `<=`, `!=`, `~=`, `===`, `<`, `>`. */
const SPECIFIER = /[=!~<>]=|[<>]/;
const VCS = /^(?:git|hg|svn|bzr)\+/;
/** Built or source distributions, whose file name carries the version. */
const ARCHIVE_EXTENSIONS = ['.whl', '.tar.gz', '.tgz', '.zip', '.tar.bz2'];

/**
 * An archive file, with any `[extras]` after it: `\.(?:whl|…)(?:\[[^\]]*\])?$` without its
 * quadratic search (each `.whl[` read the rest again). The extras are the text after a `[` that
 * comes after the last `]` but the final one.
 */
export function isArchive(requirement: string): boolean {
  const endsAt = (end: number): boolean => ARCHIVE_EXTENSIONS.some((extension) => requirement.endsWith(extension, end));
  if (endsAt(requirement.length)) return true;
  if (!requirement.endsWith(']')) return false;
  const previousClose = requirement.lastIndexOf(']', requirement.length - 2);
  for (let open = requirement.indexOf('[', previousClose + 1); open >= 0; open = requirement.indexOf('[', open + 1)) {
    if (endsAt(open)) return true;
  }
  return false;
}

/** Whether a requirement fixes what pip installs. */
function isPinned(requirement: string): boolean {
  if (SPECIFIER.test(requirement) || isArchive(requirement)) return true;
  // `git+https://github.com/org/repo@v1.0`: the `@` of a ref, not of `git@host`.
  if (VCS.test(requirement)) return requirement.replace(/^[\w+]+:\/\/(?:[^@/]+@)?/, '').includes('@');
  return requirement.includes('/') || requirement === '.';
}

export default defineRule({
  code: 'DL3013',
  name: 'require-pip-version-pin',
  aliases: [],
  severity: 'warning',
  category: 'maintainability',
  fixable: false,
  onbuild: true,
  docs: {
    summary: 'Pin versions in `pip install`',
    why:
      'Without a version, `pip install requests` installs whatever PyPI offers on the day of the ' +
      'build, so two builds of the same Dockerfile can differ and a new major version can break ' +
      'the image. Pin each package (`requests==2.32.3`), or install from a requirements or ' +
      'constraints file that pins them (`pip install -r requirements.txt`).',
    bad: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir requests',
    good: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir requests==2.32.3',
    references: ['https://pip.pypa.io/en/stable/topics/repeatable-installs/'],
    differences:
      'hadolint reads any command whose name starts with `pip` (so `pipx install` too, but not pip ' +
      'by its path); dflint reads pip as pip.ts recognises it: `pip`, `pip3.12`, `/venv/bin/pip`, ' +
      '`python -m pip`, through `sudo` or `xargs`, and not `pipx`, which is another tool. A VCS ' +
      'requirement counts as pinned only with a ref (`git+https://host/repo@v1.0`), not with the ' +
      '`@` of `git+ssh://git@host/repo`, which hadolint accepts. `.zip`, `.tgz` and `.tar.bz2` ' +
      'archives count like `.whl` and `.tar.gz`, also with extras (`app-1.0-py3-none-any.whl[all]`, ' +
      'which hadolint reports). dflint expands ARG, ENV and script variables (a ' +
      'word whose value is unknown, such as `${WHEEL_FILE}` set from `$(ls ...)`, is not judged) and ' +
      'reports once per install command (hadolint once per RUN instruction), at the first unpinned package, naming the unpinned packages and giving each as a related location. Under a `SHELL` that is not a POSIX shell ' +
      '(PowerShell, cmd, `scl enable ...`) dflint does not read the RUN; hadolint reads it as sh.',
  },
  create(context) {
    return {
      RUN(run) {
        for (const pip of pipInstalls(run)) {
          const { command } = pip;
          if (requirementFiles(command).length > 0 || hasFlag(command, '-c', '--constraint')) continue;
          const requirements = positionals(command, VALUE_FLAGS).slice(1);
          const operands = withoutOptions(packageOperands(context.model, run, requirements));
          if (operands.some((o) => o.text === '.')) continue;
          const unpinned = operands.filter((o) => !isPinned(o.text));
          reportUnpinned(context.report, unpinned, (first) => `\`pip install ${first.text}==<version>\``);
        }
      },
    };
  },
});
