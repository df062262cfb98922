import type { ShellCommand, ShellWord } from '../model/shell/types.js';
import type { Instruction } from '../model/types.js';
import { commandsOf, positionals } from './commands.js';
import { invokedCommand } from './invocations.js';
import { perObject } from './per-model.js';

/** Tools that share one package index: `yum makecache` serves a later `dnf install`. */
export type PackageFamily = 'apt' | 'apk' | 'rpm' | 'zypper';

/** What a call does to the installed packages. */
export type PackageChange = 'install' | 'remove' | 'autoremove';

/** How one system package manager is called: its options and what its subcommands do. */
interface PackageTool {
  readonly family: PackageFamily;
  /** Options written before the subcommand that take the next word as their value. */
  readonly valueFlags: readonly string[];
  /**
   * Options written after the subcommand that take the next word as their value. Most tools read
   * their options anywhere, so these default to `valueFlags`; zypper reads its global options
   * before the command and the command's own after it (`zypper -t in` is terse output,
   * `zypper in -t pattern` names a package type).
   */
  readonly subcommandValueFlags?: readonly string[];
  /** Subcommands that download a fresh package index. */
  readonly refresh: readonly string[];
  /** Subcommands that neither read the index nor install anything; any other one may. */
  readonly indexFree: readonly string[];
  /** Subcommands that install the packages named after them. */
  readonly install: readonly string[];
  /** Subcommands that remove the packages named after them. */
  readonly remove: readonly string[];
  /** Subcommands that remove the packages nothing needs any more. */
  readonly autoRemove: readonly string[];
  /** Subcommands that take the action as a second word: `dnf group install` is `groupinstall`. */
  readonly groupSubcommands?: readonly string[];
}

const APT_REMOVE = ['remove', 'purge'];
const APT_AUTOREMOVE = ['autoremove', 'auto-remove', 'autopurge'];
const APT: PackageTool = {
  family: 'apt',
  valueFlags: ['-o', '--option', '-c', '--config-file', '-t', '--target-release', '--default-release', '-a', '--host-architecture'],
  refresh: ['update'],
  indexFree: ['update', 'clean', 'autoclean', 'auto-clean', 'distclean', 'dist-clean', ...APT_REMOVE, ...APT_AUTOREMOVE, 'edit-sources'],
  install: ['install'],
  remove: APT_REMOVE,
  autoRemove: APT_AUTOREMOVE,
};

const RPM: PackageTool = {
  family: 'rpm',
  valueFlags: [
    '-c', '--config', '--setopt', '--enablerepo', '--disablerepo', '--repo', '--repoid', '--installroot',
    '--releasever', '-d', '--debuglevel', '-e', '--errorlevel', '-x', '--exclude', '--disableplugin',
    '--enableplugin', '--forcearch', '--downloaddir', '--destdir',
  ],
  refresh: ['makecache'],
  // `groupremove` is missing on purpose: group definitions come from the repositories' metadata.
  indexFree: ['makecache', 'clean', 'remove', 'erase', 'autoremove', 'history'],
  install: ['install', 'groupinstall', 'localinstall'],
  remove: ['remove', 'erase', 'groupremove'],
  autoRemove: ['autoremove'],
  groupSubcommands: ['group', 'groups'],
};

const TOOLS: ReadonlyMap<string, PackageTool> = new Map<string, PackageTool>([
  ['apt-get', APT],
  ['apt', APT],
  ['aptitude', {
    family: 'apt',
    valueFlags: ['-o', '-t', '--target-release', '-F', '--display-format', '-w', '--width'],
    refresh: ['update'],
    indexFree: ['update', 'clean', 'autoclean', ...APT_REMOVE, 'markauto', 'unmarkauto', 'hold', 'unhold', 'forget-new', 'keep'],
    install: ['install'],
    remove: APT_REMOVE,
    // aptitude removes unneeded packages by itself, with every action.
    autoRemove: [],
  }],
  ['apk', {
    family: 'apk',
    valueFlags: [
      '-X', '--repository', '-p', '--root', '--arch', '--cache-dir', '--keys-dir', '--repositories-file',
      '-t', '--virtual',
    ],
    refresh: ['update'],
    indexFree: ['update', 'del'],
    install: ['add'],
    remove: ['del'],
    autoRemove: [],
  }],
  ['yum', RPM],
  ['dnf', RPM],
  ['microdnf', RPM],
  ['tdnf', RPM],
  ['zypper', {
    family: 'zypper',
    valueFlags: [
      '-R', '--root', '-D', '--reposd-dir', '-C', '--cache-dir', '--raw-cache-dir', '--solv-cache-dir',
      '--pkg-cache-dir', '-c', '--config', '--userdata',
    ],
    subcommandValueFlags: ['-r', '--repo', '--from', '-t', '--type'],
    refresh: ['refresh', 'ref'],
    indexFree: [
      'refresh', 'ref', 'clean', 'cc', 'remove', 'rm', 'addrepo', 'ar', 'removerepo', 'rr', 'modifyrepo', 'mr',
      'renamerepo', 'nr', 'repos', 'lr', 'addlock', 'al', 'removelock', 'rl', 'locks', 'll',
      'addservice', 'as', 'removeservice', 'rs', 'services', 'ls',
    ],
    install: ['install', 'in'],
    remove: ['remove', 'rm'],
    autoRemove: [],
  }],
]);

/** Programs other than the package managers themselves that read a family's index. */
const INDEX_READERS: ReadonlyMap<string, PackageFamily> = new Map<string, PackageFamily>([
  ['apt-cache', 'apt'],
  ['apt-file', 'apt'],
  ['repoquery', 'rpm'],
  ['yumdownloader', 'rpm'],
  ['yum-builddep', 'rpm'],
]);

/** One call of a system package manager (`apt-get`, `apk`, `dnf`...), wrappers looked through. */
export interface PackageCommand {
  /** The package manager's command: its `nameWord` is the tool, its `args` the tool's words. */
  readonly command: ShellCommand;
  /** Tool basename: `apt-get`, `apt`, `aptitude`, `apk`, `yum`, `dnf`, `microdnf`, `tdnf` or `zypper`. */
  readonly tool: string;
  readonly family: PackageFamily;
  /** The first word that is not an option (`install` in `apt-get -y install x`). */
  readonly subcommand: ShellWord | undefined;
  /** The subcommand's static value; undefined when absent or expanded at run time. */
  readonly action: string | undefined;
  /** Downloads a fresh package index (`apt-get update`, `apk update`, `dnf makecache`, `zypper ref`). */
  readonly refreshesIndex: boolean;
  /** Reads the index or installs: anything but refreshing, cleaning, removing and repo setup. */
  readonly mayUseIndex: boolean;
  /** Installs, removes or auto-removes packages (`dnf group install` included); undefined for anything else. */
  readonly change: PackageChange | undefined;
  /** The words after the action that are neither options nor their values: the packages of a change. */
  readonly operands: readonly ShellWord[];
}

function changeOf(tool: PackageTool, verb: string | undefined): PackageChange | undefined {
  if (verb === undefined) return undefined;
  if (tool.install.includes(verb)) return 'install';
  if (tool.remove.includes(verb)) return 'remove';
  return tool.autoRemove.includes(verb) ? 'autoremove' : undefined;
}

/** The command as a package manager call, or undefined when it runs no package manager. */
export function packageCommandOf(shellCommand: ShellCommand): PackageCommand | undefined {
  const command = invokedCommand(shellCommand);
  const tool = TOOLS.get(command.basename);
  if (!tool) return undefined;
  const subcommand = positionals(command, tool.valueFlags)[0];
  const action = subcommand?.value;
  const afterSubcommand = subcommand ? command.args.slice(command.args.indexOf(subcommand) + 1) : [];
  let operands = positionals({ ...command, args: afterSubcommand }, tool.subcommandValueFlags ?? tool.valueFlags);
  let verb = action;
  const groupAction = operands[0]?.value;
  if (action !== undefined && tool.groupSubcommands?.includes(action) && groupAction !== undefined) {
    verb = `group${groupAction}`;
    operands = operands.slice(1);
  }
  return {
    command,
    tool: command.basename,
    family: tool.family,
    subcommand,
    action,
    refreshesIndex: action !== undefined && tool.refresh.includes(action),
    mayUseIndex: subcommand !== undefined && (action === undefined || !tool.indexFree.includes(action)),
    change: changeOf(tool, verb),
    operands,
  };
}

/**
 * The system package manager calls of an instruction's script, in source order. Computed once per
 * instruction: several rules ask for them, some for later RUNs of the stage too.
 */
export const packageCommands: (instruction: Instruction) => readonly PackageCommand[] = perObject((instruction) =>
  commandsOf(instruction).map(packageCommandOf).filter((c) => c !== undefined));

/** The calls whose tool is one of `tools` and whose subcommand is one of `actions`. */
export function packageCommandsDoing(instruction: Instruction, tools: readonly string[], actions: readonly string[]): PackageCommand[] {
  return packageCommands(instruction).filter((c) => tools.includes(c.tool) && c.action !== undefined && actions.includes(c.action));
}

/** Whether a command reads or installs from a family's package index (wrappers looked through). */
export function mayUseIndexOf(command: ShellCommand, family: PackageFamily): boolean {
  const call = packageCommandOf(command);
  if (call) return call.family === family && call.mayUseIndex;
  return INDEX_READERS.get(invokedCommand(command).basename) === family;
}
