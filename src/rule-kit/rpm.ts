import type { Fix, Report, Visitors } from '../engine/types.js';
import type { ShellWord } from '../model/shell/types.js';
import type { Instruction, Model } from '../model/types.js';
import { appendCommandFix } from './append-command.js';
import { flagValue, hasFlag } from './commands.js';
import { deletionOf } from './deletions.js';
import { insertArgumentAfter } from './fixes.js';
import { hasCacheMountOn, hasMountTouching } from './mounts.js';
import { type PackageCommand, type PackageFamily, packageCommands } from './package-managers.js';
import type { PackageOperand } from './pinning.js';
import { wordValues } from './shell-values.js';

/*
 * Shared logic of the rpm package manager rules (yum, dnf, microdnf, zypper): confirmation
 * prompts, cache cleanup at the end of a RUN, and version pins.
 */

/** The calls of a RUN made with one of `tools`. */
export function callsOf(run: Instruction, tools: readonly string[]): PackageCommand[] {
  return packageCommands(run).filter((c) => tools.includes(c.tool));
}

// ---------------------------------------------------------------------------------------------
// Confirmation prompts

/** How a tool is told not to ask: the flags it accepts and the fix that adds one. */
export interface AssumeYes {
  /** Flags that answer the prompt (anywhere on the command line). */
  readonly flags: readonly string[];
  /** The flag the fix inserts. */
  readonly insert: string;
  /** Where the fix inserts it: after the subcommand, or after the program (a global option). */
  readonly position: 'subcommand' | 'program';
}

export const YUM_ASSUME_YES: AssumeYes = { flags: ['-y', '--assumeyes'], insert: '-y', position: 'subcommand' };
/** zypper's `-n` is a global option, valid before every command, so the fix puts it there. */
export const ZYPPER_ASSUME_YES: AssumeYes = { flags: ['-n', '--non-interactive', '--no-confirm', '-y'], insert: '-n', position: 'program' };

/** yum and dnf subcommands (and dnf's short aliases) that change packages and ask before doing so. */
const RPM_PROMPTING_ACTIONS = [
  'install', 'in', 'groupinstall', 'localinstall', 'reinstall', 'rei', 'remove', 'rm', 'erase', 'groupremove',
  'autoremove', 'update', 'up', 'upgrade', 'update-minimal', 'upgrade-minimal', 'up-min', 'downgrade', 'dg',
  'distro-sync', 'distrosync', 'dsync', 'swap', 'localupdate', 'groupupdate',
];

/** zypper commands (and their short names) that change packages and ask before doing so. */
const ZYPPER_PROMPTING_ACTIONS = [
  'install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch', 'update', 'up', 'dist-upgrade', 'dup',
];

/** `dnf module <action>` subcommands that change the system and ask first. */
const MODULE_PROMPTING_ACTIONS = ['install', 'remove', 'enable', 'disable', 'reset', 'switch-to', 'update'];

/** Whether the call changes packages and so stops to ask for confirmation unless told not to. */
export function asksForConfirmation(call: PackageCommand): boolean {
  if (call.change !== undefined) return true;
  if (call.action === 'module') return MODULE_PROMPTING_ACTIONS.includes(call.operands[0]?.value ?? '');
  const actions = call.family === 'zypper' ? ZYPPER_PROMPTING_ACTIONS : RPM_PROMPTING_ACTIONS;
  return call.action !== undefined && actions.includes(call.action);
}

/** How a message names the call's action: `dnf install`, `dnf group install`, `yum module enable`. */
export function actionLabel(call: PackageCommand): string {
  const action = call.action ?? call.subcommand?.raw ?? '';
  if (!['group', 'groups', 'module'].includes(action)) return `${call.tool} ${action}`;
  // `operands` leave out the second word of `group install`, so it is read from the arguments.
  const rest = call.command.args.slice(call.command.args.indexOf(call.subcommand!) + 1);
  const second = rest.find((w) => !w.raw.startsWith('-'));
  return `${call.tool} ${action}${second ? ` ${second.raw}` : ''}`;
}

/** Whether the call answers confirmation prompts itself. */
export function assumesYes(call: PackageCommand, style: AssumeYes): boolean {
  return hasFlag(call.command, ...style.flags);
}

/**
 * The fix that adds the tool's non-interactive flag to a call; none for a command inside the
 * `sh -c` string of an exec-form RUN, where an exec-form edit would land in the wrong place.
 */
export function assumeYesFix(run: Instruction, call: PackageCommand, style: AssumeYes): Fix | undefined {
  if (run.form === 'exec' && call.command.order > 0) return undefined;
  const word = style.position === 'subcommand' ? call.subcommand! : call.command.nameWord;
  return {
    description: `Insert \`${style.insert}\` after \`${word.value ?? word.raw}\``,
    safety: 'safe',
    edits: [insertArgumentAfter(run, word, style.insert)],
  };
}

/**
 * The visitors of the "answer the prompt" rules (DL3030, DL3034, DL3038): each call of `tools`
 * that would ask for a confirmation without the tool's non-interactive flag is reported at its
 * subcommand, with the fix that adds the flag.
 */
export function promptingCallVisitors(
  report: (report: Report) => void,
  tools: readonly string[],
  style: AssumeYes,
  message: (call: PackageCommand) => string,
): Visitors {
  return {
    RUN(run) {
      for (const call of callsOf(run, tools)) {
        if (!asksForConfirmation(call) || assumesYes(call, style)) continue;
        const fix = assumeYesFix(run, call, style);
        report({ range: call.subcommand!.range, message: message(call), ...(fix && { fix }) });
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Cache cleanup

/** Where yum, dnf (4 and 5) and microdnf keep metadata and packages: which one depends on the release. */
export const RPM_CACHE_PATHS = ['/var/cache/yum', '/var/cache/dnf', '/var/cache/libdnf5', '/root/.cache/libdnf5'];
export const ZYPPER_CACHE_PATHS = ['/var/cache/zypp'];

/** What removes a package manager's cache after an install. */
export interface Cleanup {
  /** A call that cleans the cache (`dnf clean all`, `zypper clean`). */
  readonly cleans: (call: PackageCommand) => boolean;
  /** Folders whose deletion (`rm -rf /var/cache/dnf`) or cache mount also leaves no cache in the layer. */
  readonly paths: readonly string[];
}

/** Whether the call is `<tool> clean all` (`all` may come with other targets; options anywhere). */
export function cleansAll(call: PackageCommand): boolean {
  return call.action === 'clean' && call.operands.some((w) => w.value === 'all');
}

/** The rpm tools' cleanup: `yum|dnf|microdnf clean all`, or deleting one of their cache folders. */
export const RPM_CLEANUP: Cleanup = {
  cleans: (call) => call.family === 'rpm' && cleansAll(call),
  paths: RPM_CACHE_PATHS,
};

/** zypper's cleanup: `zypper clean` / `zypper cc` (any options), or deleting /var/cache/zypp. */
export const ZYPPER_CLEANUP: Cleanup = {
  cleans: (call) => call.tool === 'zypper' && (call.action === 'clean' || call.action === 'cc'),
  paths: ZYPPER_CACHE_PATHS,
};

/** rpm subcommands besides installs that download metadata or packages into the cache. */
const RPM_CACHE_WRITING_ACTIONS = [
  'in', 'reinstall', 'rei', 'update', 'up', 'upgrade', 'update-minimal', 'upgrade-minimal', 'up-min', 'downgrade',
  'distro-sync', 'distrosync', 'dsync', 'makecache', 'module',
];

/** Whether a yum/dnf/microdnf call installs packages: `install`, `group install`, `module install`... */
export function installsRpmPackages(call: PackageCommand): boolean {
  return call.family === 'rpm' && (call.change === 'install' || (call.action === 'module' && call.operands[0]?.value === 'install'));
}

/** Whether a yum/dnf/microdnf call fills the cache (installs, upgrades, `makecache`...). */
export function writesRpmCache(call: PackageCommand): boolean {
  return call.family === 'rpm' && (call.change === 'install' || (call.action !== undefined && RPM_CACHE_WRITING_ACTIONS.includes(call.action)));
}

/** zypper commands besides installs that download metadata or packages into the cache. */
const ZYPPER_CACHE_WRITING_ACTIONS = ['update', 'up', 'dist-upgrade', 'dup', 'patch', 'source-install', 'si', 'refresh', 'ref'];

/** Whether a zypper call fills the cache (installs, updates, `refresh`...). */
export function writesZypperCache(call: PackageCommand): boolean {
  return call.tool === 'zypper' && (call.change === 'install' || (call.action !== undefined && ZYPPER_CACHE_WRITING_ACTIONS.includes(call.action)));
}

/**
 * Whether the cache the RUN's calls wrote is left in its layer: no clean call and no deletion of
 * a cache folder after the last call that writes it, and no cache or tmpfs mount on it.
 */
export function leavesCache(model: Model, run: Instruction, writes: (call: PackageCommand) => boolean, cleanup: Cleanup): boolean {
  const last = packageCommands(run).filter(writes).at(-1);
  if (!last) return false;
  if (hasCacheMountOn(run, ...cleanup.paths)) return false;
  const after = last.command.order;
  if (packageCommands(run).some((c) => c.command.order > after && cleanup.cleans(c))) return false;
  return !cleanup.paths.some((path) => deletionOf(model, run, path, after));
}

/** Options that make a tool install into another root, whose cache a plain cleanup would not reach. */
const OTHER_ROOT_FLAGS: Readonly<Partial<Record<PackageFamily, readonly string[]>>> = {
  rpm: ['--installroot'],
  zypper: ['--root', '-R'],
};

/**
 * The fix that ends a RUN with `cleanup` (`yum clean all`, `zypper clean -a`); none when one of
 * the family's calls works on another root (`dnf --installroot=/mnt/sysroot install ...`), or
 * when a mount (a read-only bind mount, say) covers the cache.
 */
export function cacheCleanupFix(model: Model, run: Instruction, family: PackageFamily, cleanup: string): Fix | undefined {
  const otherRoot = OTHER_ROOT_FLAGS[family] ?? [];
  if (packageCommands(run).some((c) => c.family === family && hasFlag(c.command, ...otherRoot))) return undefined;
  if (hasMountTouching(run, ...(family === 'zypper' ? ZYPPER_CACHE_PATHS : RPM_CACHE_PATHS))) return undefined;
  return appendCommandFix(model, run, cleanup, 'safe');
}

// ---------------------------------------------------------------------------------------------
// Version pins

/** Characters of the version and release parts of an rpm spec (`1:2.4.6-97.el7.x86_64`). */
const RPM_VERSION_PART = /^[0-9A-Za-z.~^_:+]+$/;

/**
 * Whether a yum/dnf package spec names a version: `name-version[-release]` (every part after
 * the first `-` made of version characters, one starting with a digit, as hadolint reads it),
 * or a local or remote `.rpm` file.
 */
export function isPinnedRpmSpec(spec: string): boolean {
  if (spec.endsWith('.rpm')) return true;
  const parts = spec.split('-').slice(1);
  return parts.length > 0 && parts.every((p) => RPM_VERSION_PART.test(p)) && parts.some((p) => /^[0-9]/.test(p));
}

/** Whether a zypper package spec names a version (`name=1.2`, `name>=1.2`, `name<2`) or is an `.rpm` file. */
export function isPinnedZypperSpec(spec: string): boolean {
  return /[=<>]/.test(spec) || spec.endsWith('.rpm');
}

/**
 * The packages among `words` of `call` that name no version, one for each package a word stands
 * for. A word is judged by its value with variables substituted (see `wordValues`); one only
 * known at run time is not judged.
 */
function unpinnedWords(model: Model, run: Instruction, call: PackageCommand, words: readonly ShellWord[], isPinned: (spec: string) => boolean): PackageOperand[] {
  return words.flatMap((word) => (wordValues(model, run, word, call.command.order) ?? [])
    .filter((spec) => !isPinned(spec))
    .map((text) => ({ word, text, expanded: word.value === undefined })));
}

/**
 * The unpinned packages of a yum/dnf/microdnf call: the operands of `install` (groups and `@`
 * specs are not packages and have no version), and the streams of `module install` (`nodejs:18`
 * pins, `nodejs` does not).
 */
export function unpinnedRpmPackages(model: Model, run: Instruction, call: PackageCommand): PackageOperand[] {
  if (call.action === 'install') {
    const packages = call.operands.filter((w) => !w.raw.startsWith('@'));
    return unpinnedWords(model, run, call, packages, isPinnedRpmSpec);
  }
  if (call.action === 'module' && call.operands[0]?.value === 'install') {
    return unpinnedWords(model, run, call, call.operands.slice(1), (spec) => spec.includes(':'));
  }
  return [];
}

/** zypper package types other than `package` (patterns, patches, products) carry no version. */
function installsPackages(call: PackageCommand): boolean {
  const type = flagValue(call.command, '-t', '--type');
  return type === undefined || type === 'package';
}

/** The unpinned packages of `zypper install` / `zypper in`. */
export function unpinnedZypperPackages(model: Model, run: Instruction, call: PackageCommand): PackageOperand[] {
  if (call.change !== 'install' || !installsPackages(call)) return [];
  return unpinnedWords(model, run, call, call.operands, isPinnedZypperSpec);
}
