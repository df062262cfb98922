import type { ShellCommand, ShellWord } from '../model/shell/types.js';
import type { Instruction, Model } from '../model/types.js';
import { commandsOf, flagValue, hasFlag, positionals, subcommandOf } from './commands.js';
import { deletionOf } from './deletions.js';
import { scriptEnvironmentValue } from './environment.js';
import { invokedCommand } from './invocations.js';
import { cacheMountsOf, hasCacheMountOn } from './mounts.js';
import { pythonModuleOf } from './python.js';

const PIP = /^pip(?:\d+(?:\.\d+)*)?$/;

/** pip's general options that take the next word as their value. */
const PIP_VALUE_FLAGS = [
  '--proxy', '--retries', '--timeout', '--exists-action', '--trusted-host', '--cert', '--client-cert',
  '--cache-dir', '--log', '--python', '--use-feature', '--use-deprecated', '--keyring-provider',
];

/** One run of pip: `pip3 install x`, `/venv/bin/pip install x`, `python3 -m pip install x`. */
export interface PipCommand {
  /** The command as written in the script, wrappers such as `sudo` included. */
  readonly written: ShellCommand;
  /** The command that runs pip with only pip's own words as `args` (after `-m pip` for Python). */
  readonly command: ShellCommand;
  /** The first word that is not an option (`install`). */
  readonly subcommand: ShellWord | undefined;
}

/**
 * The first of pip's words that is neither a general option nor its value: `install` in
 * `pip --timeout 60 install x`. `command.args` are pip's words (as in `PipCommand.command`).
 */
export function pipSubcommandOf(command: ShellCommand): ShellWord | undefined {
  return subcommandOf(command, PIP_VALUE_FLAGS);
}

/**
 * The command as a pip run, or undefined: `pip`, `pip3`, `pip3.11` or pip by path, and
 * `python -m pip` (any Python, interpreter options allowed), also through wrappers such as
 * `sudo`. `pipx`, `pipenv` and `uv pip` are other tools, not pip.
 */
export function pipCommandOf(written: ShellCommand): PipCommand | undefined {
  const program = invokedCommand(written);
  const command = PIP.test(program.basename) ? program : pipModuleCommand(program);
  return command === undefined ? undefined : { written, command, subcommand: pipSubcommandOf(command) };
}

function pipModuleCommand(program: ShellCommand): ShellCommand | undefined {
  const run = pythonModuleOf(program);
  return run?.module === 'pip' ? run.command : undefined;
}

function installs(pip: PipCommand | undefined): pip is PipCommand {
  return pip?.subcommand?.value === 'install';
}

/** Whether the command runs `pip install` (see `pipCommandOf`). */
export function isPipInstall(written: ShellCommand): boolean {
  return installs(pipCommandOf(written));
}

/** The `-r`/`--requirement` files of pip's words, in order (`command` as in `PipCommand.command`). */
export function requirementFiles(command: ShellCommand): string[] {
  const files: string[] = [];
  command.args.forEach((word, i) => {
    const value = word.value ?? word.raw;
    const next = command.args[i + 1];
    if ((value === '-r' || value === '--requirement') && next) files.push(next.value ?? next.raw);
    else if (value.startsWith('--requirement=')) files.push(value.slice('--requirement='.length));
    else if (/^-r[^-]/.test(value)) files.push(value.slice(2));
  });
  return files;
}

/** Every `pip install` of an instruction's script. */
export function pipInstalls(instruction: Instruction): PipCommand[] {
  return commandsOf(instruction).map(pipCommandOf).filter(installs);
}

/** Values pip's `strtobool` accepts. pip disables its cache for any of them, even false ones. */
const PIP_BOOLEANS = new Set(['y', 'yes', 't', 'true', 'on', '1', 'n', 'no', 'f', 'false', 'off', '0']);

/** The value of an environment variable for a pip run: set in the script, else by ARG or ENV. */
function environmentValue(model: Model, run: Instruction, pip: PipCommand, name: string): string | undefined {
  const inScript = scriptEnvironmentValue(run, pip.written, name);
  if (inScript !== undefined) return inScript;
  const binding = model.variables.lookup(name, run);
  if (!binding || binding.value === null) return undefined;
  return binding.unresolved.length > 0 ? `$${binding.unresolved[0]}` : binding.value;
}

/**
 * Whether pip runs without a cache: `--no-cache-dir` (or its unambiguous abbreviation
 * `--no-cache`), or `PIP_NO_CACHE_DIR` set to any boolean pip accepts. pip reads
 * `PIP_NO_CACHE_DIR=0` and `=off` as "no cache" too, for backward compatibility; a value that
 * expands at run time is given the benefit of the doubt.
 */
export function pipCacheDisabled(model: Model, run: Instruction, pip: PipCommand): boolean {
  if (hasFlag(pip.command, '--no-cache-dir', '--no-cache')) return true;
  const value = environmentValue(model, run, pip, 'PIP_NO_CACHE_DIR');
  return value !== undefined && (value.includes('$') || PIP_BOOLEANS.has(value.trim().toLowerCase()));
}

/** Root's pip cache, where a build step's pip keeps downloads unless told otherwise. */
const ROOT_PIP_CACHE = '/root/.cache/pip';

/**
 * The folders a pip run may cache into: `--cache-dir`, else `PIP_CACHE_DIR`, else
 * `$XDG_CACHE_HOME/pip`, else `$HOME/.cache/pip` and root's.
 */
export function pipCacheDirs(model: Model, run: Instruction, pip: PipCommand): string[] {
  const explicit = flagValue(pip.command, '--cache-dir') ?? environmentValue(model, run, pip, 'PIP_CACHE_DIR');
  if (explicit !== undefined) return [explicit];
  const xdg = environmentValue(model, run, pip, 'XDG_CACHE_HOME');
  if (xdg !== undefined) return [`${xdg}/pip`];
  const home = environmentValue(model, run, pip, 'HOME');
  return home === undefined || home === '/root' ? [ROOT_PIP_CACHE] : [`${home}/.cache/pip`, ROOT_PIP_CACHE];
}

/** `<home>/.cache` or `<home>/.cache/pip`: the pip cache of whichever user runs pip. */
const ANY_HOME_PIP_CACHE = /\/\.cache(?:\/pip)?\/*$/;

/**
 * Whether a cache or tmpfs mount holds the pip cache, so that it never reaches the layer. When
 * pip uses a home's cache, any home's `.cache` counts: the user running pip is not always known.
 */
export function pipCacheMounted(run: Instruction, cacheDirs: readonly string[]): boolean {
  if (hasCacheMountOn(run, ...cacheDirs)) return true;
  if (!cacheDirs.every((dir) => dir.endsWith('/.cache/pip'))) return false;
  return cacheMountsOf(run).some((m) => ANY_HOME_PIP_CACHE.test(m.target));
}

/** Whether the pip cache is deleted after the pip run: `rm -rf /root/.cache/pip`, `pip cache purge`. */
export function pipCacheDeletedAfter(model: Model, run: Instruction, pip: PipCommand, cacheDirs: readonly string[]): boolean {
  if (cacheDirs.some((dir) => deletionOf(model, run, dir, pip.written.order))) return true;
  return commandsOf(run).some((c) => {
    if (c.order <= pip.written.order) return false;
    const later = pipCommandOf(c);
    return later?.subcommand?.value === 'cache' && positionals(later.command)[1]?.value === 'purge';
  });
}
