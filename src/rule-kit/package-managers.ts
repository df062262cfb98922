import type { ShellCommand, ShellWord } from '../model/shell/types.js';
import type { Instruction } from '../model/types.js';
import { commandsOf, positionals } from './commands.js';
import { invokedCommand } from './invocations.js';

/** Tools that share one package index: `yum makecache` serves a later `dnf install`. */
export type PackageFamily = 'apt' | 'apk' | 'rpm' | 'zypper';

interface ToolSpec {
  readonly family: PackageFamily;
  /** Options written before the subcommand that take the next word as their value. */
  readonly valueFlags: readonly string[];
  /** Subcommands that download a fresh package index. */
  readonly refresh: readonly string[];
  /** Subcommands that neither read the index nor install anything; any other one may. */
  readonly indexFree: readonly string[];
}

const APT_VALUE_FLAGS = ['-o', '--option', '-c', '--config-file', '-t', '--target-release', '--default-release', '-a', '--host-architecture'];
const APT_INDEX_FREE = [
  'update', 'clean', 'autoclean', 'auto-clean', 'distclean', 'dist-clean', 'remove', 'purge',
  'autoremove', 'auto-remove', 'autopurge', 'edit-sources',
];
const RPM_VALUE_FLAGS = [
  '-c', '--config', '--setopt', '--enablerepo', '--disablerepo', '--repo', '--repoid', '--installroot',
  '--releasever', '-d', '--debuglevel', '-e', '--errorlevel', '-x', '--exclude', '--disableplugin',
  '--enableplugin', '--forcearch', '--downloaddir', '--destdir',
];
const RPM_TOOL: ToolSpec = {
  family: 'rpm',
  valueFlags: RPM_VALUE_FLAGS,
  refresh: ['makecache'],
  indexFree: ['makecache', 'clean', 'remove', 'erase', 'autoremove', 'history'],
};

const TOOLS: ReadonlyMap<string, ToolSpec> = new Map<string, ToolSpec>([
  ['apt-get', { family: 'apt', valueFlags: APT_VALUE_FLAGS, refresh: ['update'], indexFree: APT_INDEX_FREE }],
  ['apt', { family: 'apt', valueFlags: APT_VALUE_FLAGS, refresh: ['update'], indexFree: APT_INDEX_FREE }],
  ['aptitude', {
    family: 'apt',
    valueFlags: ['-o', '-t', '--target-release', '-F', '--display-format', '-w', '--width'],
    refresh: ['update'],
    indexFree: ['update', 'clean', 'autoclean', 'remove', 'purge', 'markauto', 'unmarkauto', 'hold', 'unhold', 'forget-new', 'keep'],
  }],
  ['apk', {
    family: 'apk',
    valueFlags: ['-X', '--repository', '-p', '--root', '--arch', '--cache-dir', '--keys-dir', '--repositories-file'],
    refresh: ['update'],
    indexFree: ['update', 'del'],
  }],
  ['yum', RPM_TOOL],
  ['dnf', RPM_TOOL],
  ['microdnf', RPM_TOOL],
  ['zypper', {
    family: 'zypper',
    valueFlags: [
      '-R', '--root', '-D', '--reposd-dir', '-C', '--cache-dir', '--raw-cache-dir', '--solv-cache-dir',
      '--pkg-cache-dir', '-c', '--config', '--userdata',
    ],
    refresh: ['refresh', 'ref'],
    indexFree: [
      'refresh', 'ref', 'clean', 'cc', 'remove', 'rm', 'addrepo', 'ar', 'removerepo', 'rr', 'modifyrepo', 'mr',
      'renamerepo', 'nr', 'repos', 'lr', 'addlock', 'al', 'removelock', 'rl', 'locks', 'll',
      'addservice', 'as', 'removeservice', 'rs', 'services', 'ls',
    ],
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
  /** Tool basename: `apt-get`, `apt`, `aptitude`, `apk`, `yum`, `dnf`, `microdnf` or `zypper`. */
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
}

/** The command as a package manager call, or undefined when it runs no package manager. */
export function packageCommandOf(shellCommand: ShellCommand): PackageCommand | undefined {
  const command = invokedCommand(shellCommand);
  const spec = TOOLS.get(command.basename);
  if (!spec) return undefined;
  const subcommand = positionals(command, spec.valueFlags)[0];
  const action = subcommand?.value;
  return {
    command,
    tool: command.basename,
    family: spec.family,
    subcommand,
    action,
    refreshesIndex: action !== undefined && spec.refresh.includes(action),
    mayUseIndex: subcommand !== undefined && (action === undefined || !spec.indexFree.includes(action)),
  };
}

/** The system package manager calls of an instruction's script, in source order. */
export function packageCommands(instruction: Instruction): PackageCommand[] {
  return commandsOf(instruction).map(packageCommandOf).filter((c) => c !== undefined);
}

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
