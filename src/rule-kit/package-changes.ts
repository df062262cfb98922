import type { ShellCommand, ShellWord } from '../model/shell/types.js';
import type { Instruction } from '../model/types.js';
import { commandsOf, flagValue, positionals } from './commands.js';

export type PackageManager = 'apt' | 'apk' | 'rpm' | 'zypper';

/** One package installation: `apt-get install -y gcc make`, `apk add --virtual .deps gcc`. */
export interface PackageInstall {
  readonly manager: PackageManager;
  readonly command: ShellCommand;
  /** The package words as written (static ones only), versions included. */
  readonly packages: readonly ShellWord[];
  /** The virtual package the packages are grouped under (`apk add --virtual .build-deps`). */
  readonly virtual: string | undefined;
}

/** One package removal: `apt-get purge -y gcc`, `apk del .build-deps`, `apt-get autoremove`. */
export interface PackageRemoval {
  readonly manager: PackageManager;
  readonly command: ShellCommand;
  /** Package names as written (static ones only). */
  readonly packages: readonly string[];
  /** Some operands expand at run time (`apt-get purge -y $buildDeps`). */
  readonly dynamic: boolean;
  /** Also removes the packages no longer needed (`apt-get autoremove`, `apt-get purge --auto-remove`). */
  readonly autoRemove: boolean;
}

interface ManagerSyntax {
  readonly manager: PackageManager;
  readonly install: readonly string[];
  readonly remove: readonly string[];
  readonly autoRemove: readonly string[];
  /** Options that take a value as the next word. */
  readonly valueFlags: readonly string[];
}

const APT: ManagerSyntax = {
  manager: 'apt',
  install: ['install'],
  remove: ['remove', 'purge'],
  autoRemove: ['autoremove', 'autopurge'],
  valueFlags: ['-o', '-t', '--target-release', '-c', '--config-file'],
};
const RPM: ManagerSyntax = {
  manager: 'rpm',
  install: ['install', 'groupinstall', 'localinstall'],
  remove: ['remove', 'erase', 'groupremove'],
  autoRemove: ['autoremove'],
  valueFlags: ['--setopt', '--enablerepo', '--disablerepo', '--installroot', '--releasever', '-c', '--config', '-x', '--exclude'],
};

const SYNTAX: Readonly<Record<string, ManagerSyntax>> = {
  'apt-get': APT,
  apt: APT,
  aptitude: APT,
  apk: {
    manager: 'apk',
    install: ['add'],
    remove: ['del'],
    autoRemove: [],
    valueFlags: ['-t', '--virtual', '-X', '--repository', '--repositories-file', '-p', '--root', '--arch', '--cache-dir'],
  },
  yum: RPM,
  dnf: RPM,
  microdnf: RPM,
  tdnf: RPM,
  zypper: {
    manager: 'zypper',
    install: ['install', 'in'],
    remove: ['remove', 'rm'],
    autoRemove: [],
    valueFlags: ['-r', '--repo', '--from', '-t', '--type'],
  },
};

function operation(command: ShellCommand): { syntax: ManagerSyntax; verb: string; operands: ShellWord[] } | undefined {
  const syntax = SYNTAX[command.basename];
  if (!syntax) return undefined;
  const [verb, ...operands] = positionals(command, syntax.valueFlags);
  if (verb?.value === undefined) return undefined;
  // `yum group install "Development Tools"` and `dnf group install` spell the verb in two words.
  if ((verb.value === 'group' || verb.value === 'groups') && syntax.manager === 'rpm' && operands[0]?.value !== undefined) {
    return { syntax, verb: `group${operands[0].value}`, operands: operands.slice(1) };
  }
  return { syntax, verb: verb.value, operands };
}

/** The package installations of a RUN, in order. */
export function packageInstalls(run: Instruction): PackageInstall[] {
  const installs: PackageInstall[] = [];
  for (const command of commandsOf(run)) {
    const op = operation(command);
    if (!op || !op.syntax.install.includes(op.verb)) continue;
    installs.push({
      manager: op.syntax.manager,
      command,
      packages: op.operands.filter((w) => w.value !== undefined),
      virtual: op.syntax.manager === 'apk' ? flagValue(command, '-t', '--virtual') : undefined,
    });
  }
  return installs;
}

/** The package removals of a RUN, in order. */
export function packageRemovals(run: Instruction): PackageRemoval[] {
  const removals: PackageRemoval[] = [];
  for (const command of commandsOf(run)) {
    const op = operation(command);
    if (!op) continue;
    const auto = op.syntax.autoRemove.includes(op.verb);
    if (!auto && !op.syntax.remove.includes(op.verb)) continue;
    removals.push({
      manager: op.syntax.manager,
      command,
      packages: op.operands.flatMap((w) => (w.value === undefined ? [] : [w.value])),
      dynamic: op.operands.some((w) => w.value === undefined),
      autoRemove: auto || command.args.some((w) => w.value === '--auto-remove' || w.value === '--autoremove'),
    });
  }
  return removals;
}

/** The package name without the version or architecture: `gcc=4:12.2` and `gcc~12` are `gcc`. */
export function packageName(word: string): string {
  return word.replace(/^["']|["']$/g, '').split(/[=<>~:]/)[0]!;
}

/**
 * Whether a later command of the same RUN removes the install again: by package name, by its
 * `--virtual` name, or with the `apt-mark auto` + `--auto-remove` idiom that purges everything
 * installed since the mark (as the docker-library images do).
 */
export function isRemovedLater(run: Instruction, install: PackageInstall, pkg: string): boolean {
  const removals = packageRemovals(run).filter((r) => r.command.order > install.command.order && r.manager === install.manager);
  if (removals.some((r) => r.packages.some((p) => packageName(p) === pkg || (install.virtual !== undefined && p === install.virtual)))) return true;
  // Auto-removal only takes packages marked automatic; `apt-mark auto` marks the explicit ones too.
  return install.manager === 'apt' && removals.some((r) => r.autoRemove) &&
    commandsOf(run).some((c) => c.basename === 'apt-mark' && c.args[0]?.value === 'auto');
}
