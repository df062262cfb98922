import type { ShellCommand, ShellWord } from '../model/shell/types.js';
import type { Instruction } from '../model/types.js';
import { commandsOf, flagValue } from './commands.js';
import { invokedCommand } from './invocations.js';
import { packageCommands, type PackageFamily } from './package-managers.js';

/** One package installation: `apt-get install -y gcc make`, `apk add --virtual .deps gcc`. */
export interface PackageInstall {
  readonly family: PackageFamily;
  /** The package manager's command, wrappers such as `sudo` looked through. */
  readonly command: ShellCommand;
  /** The package words as written (static ones only), versions included. */
  readonly packages: readonly ShellWord[];
  /** The virtual package the packages are grouped under (`apk add --virtual .build-deps`). */
  readonly virtual: string | undefined;
}

/** One package removal: `apt-get purge -y gcc`, `apk del .build-deps`, `apt-get autoremove`. */
export interface PackageRemoval {
  readonly family: PackageFamily;
  /** The package manager's command, wrappers such as `sudo` looked through. */
  readonly command: ShellCommand;
  /** Package names as written (static ones only). */
  readonly packages: readonly string[];
  /** Some operands expand at run time (`apt-get purge -y $buildDeps`). */
  readonly dynamic: boolean;
  /** Also removes the packages no longer needed (`apt-get autoremove`, `apt-get purge --auto-remove`). */
  readonly autoRemove: boolean;
}

/** The package installations of a RUN, in order. */
export function packageInstalls(run: Instruction): PackageInstall[] {
  return packageCommands(run)
    .filter((call) => call.change === 'install')
    .map((call) => ({
      family: call.family,
      command: call.command,
      packages: call.operands.filter((w) => w.value !== undefined),
      virtual: call.family === 'apk' ? flagValue(call.command, '-t', '--virtual') : undefined,
    }));
}

/** The package removals of a RUN, in order. */
export function packageRemovals(run: Instruction): PackageRemoval[] {
  return packageCommands(run)
    .filter((call) => call.change === 'remove' || call.change === 'autoremove')
    .map((call) => ({
      family: call.family,
      command: call.command,
      packages: call.operands.flatMap((w) => (w.value === undefined ? [] : [w.value])),
      dynamic: call.operands.some((w) => w.value === undefined),
      autoRemove: call.change === 'autoremove' || call.command.args.some((w) => w.value === '--auto-remove' || w.value === '--autoremove'),
    }));
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
  const removals = packageRemovals(run).filter((r) => r.command.order > install.command.order && r.family === install.family);
  if (removals.some((r) => r.packages.some((p) => packageName(p) === pkg || (install.virtual !== undefined && p === install.virtual)))) return true;
  // Auto-removal only takes packages marked automatic; `apt-mark auto` marks the explicit ones too.
  return install.family === 'apt' && removals.some((r) => r.autoRemove) &&
    commandsOf(run).map(invokedCommand).some((c) => c.basename === 'apt-mark' && c.args[0]?.value === 'auto');
}
