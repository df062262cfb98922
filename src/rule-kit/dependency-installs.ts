import { posix } from 'node:path';
import type { ShellCommand, ShellWord } from '../model/shell/types.js';
import type { Instruction } from '../model/types.js';
import { commandsOf, flagValue, hasFlag, outputFiles, positionals } from './commands.js';
import { globToRegExp } from './globs.js';
import { invokedCommand } from './invocations.js';
import { pipCommandOf, pipSubcommandOf, requirementFiles } from './pip.js';
import { pythonModuleOf } from './python.js';

/**
 * A command that installs a project's dependencies from its manifest and lock files
 * (`npm ci`, `pip install -r requirements.txt`, `go mod download`...), as opposed to one that
 * installs named packages (`npm install -g typescript`, `pip install poetry`).
 */
export interface DependencyInstall {
  /** Package manager family: installs of one ecosystem share their manifests. */
  readonly ecosystem: string;
  readonly command: ShellCommand;
  /** Short quotable form, such as `npm ci` or `pip install -r requirements.txt`. */
  readonly label: string;
  /** Files the install reads, relative to `directory` (may be globs such as `*.csproj`). */
  readonly manifests: readonly string[];
  /** Where the manifests are, relative to the command's directory (`.` unless a flag moves it). */
  readonly directory: string;
}

type Match = Omit<DependencyInstall, 'command' | 'ecosystem'>;

interface Invocation {
  /** The tool run: `pip` for every spelling of pip and for `uv pip`, the module for `python -m`. */
  readonly tool: string;
  /** A view of the command whose arguments start after the tool. */
  readonly command: ShellCommand;
}

/** The tool a command runs, wrappers such as `sudo` looked through. */
function invocationOf(written: ShellCommand): Invocation {
  const pip = pipCommandOf(written);
  if (pip) return { tool: 'pip', command: pip.command };
  const program = invokedCommand(written);
  const run = pythonModuleOf(program);
  if (run) return { tool: run.module, command: run.command };
  // uv's pip interface is not pip, but it installs from the same requirements files.
  if (program.basename === 'uv' && program.args[0]?.value === 'pip') {
    return { tool: 'pip', command: { ...program, args: program.args.slice(1) } };
  }
  return { tool: program.basename, command: program };
}

/** npm options that take the next word as their value. */
export const NPM_VALUE_FLAGS = ['--prefix', '-w', '--workspace', '--omit', '--include', '--registry', '--cache', '--loglevel', '--userconfig', '--install-strategy'];
const YARN_VALUE_FLAGS = ['--cwd', '--modules-folder', '--cache-folder', '--network-timeout', '--mutex', '--registry'];
const PNPM_VALUE_FLAGS = ['-C', '--dir', '--filter', '-F', '--store-dir', '--reporter', '--config.node-linker'];
const BUNDLE_VALUE_FLAGS = ['--jobs', '-j', '--retry', '--path', '--without', '--with', '--gemfile', '--binstubs'];

function words(args: readonly ShellWord[]): string[] {
  return args.map((w) => w.value ?? w.raw);
}

/** `yarn --version`, `bundle -h`: a bare tool name with these flags installs nothing. */
function asksForInformation(command: ShellCommand): boolean {
  return hasFlag(command, '--version', '-v', '-V', '--help', '-h');
}

function directoryFlag(command: ShellCommand, ...names: string[]): string {
  return flagValue(command, ...names) ?? '.';
}

type Matcher = (command: ShellCommand) => Match | undefined;

const PACKAGE_JSON = 'package.json';

/** Each ecosystem's install commands, keyed by the tool names that run them. */
const ECOSYSTEMS: ReadonlyArray<{ ecosystem: string; tools: RegExp; match: Matcher }> = [
  {
    ecosystem: 'npm',
    tools: /^npm$/,
    match(command) {
      const [sub, ...packages] = words(positionals(command, NPM_VALUE_FLAGS));
      if (hasFlag(command, '-g', '--global')) return undefined;
      const directory = directoryFlag(command, '--prefix');
      if (sub === 'ci' || sub === 'clean-install' || sub === 'ic' || sub === 'install-clean') {
        return { label: `npm ${sub}`, manifests: [PACKAGE_JSON, 'package-lock.json'], directory };
      }
      if ((sub === 'install' || sub === 'i') && packages.length === 0) {
        return { label: `npm ${sub}`, manifests: [PACKAGE_JSON, 'package-lock.json'], directory };
      }
      return undefined;
    },
  },
  {
    ecosystem: 'yarn',
    tools: /^yarn$/,
    match(command) {
      const [sub] = words(positionals(command, YARN_VALUE_FLAGS));
      if (sub === undefined ? asksForInformation(command) : sub !== 'install') return undefined;
      return { label: sub ? 'yarn install' : 'yarn', manifests: [PACKAGE_JSON, 'yarn.lock'], directory: directoryFlag(command, '--cwd') };
    },
  },
  {
    ecosystem: 'pnpm',
    tools: /^pnpm$/,
    match(command) {
      const [sub, ...packages] = words(positionals(command, PNPM_VALUE_FLAGS));
      const directory = directoryFlag(command, '-C', '--dir');
      if (sub === 'fetch') return { label: 'pnpm fetch', manifests: ['pnpm-lock.yaml'], directory };
      if ((sub === 'install' || sub === 'i') && packages.length === 0 && !hasFlag(command, '-g', '--global')) {
        return { label: `pnpm ${sub}`, manifests: [PACKAGE_JSON, 'pnpm-lock.yaml'], directory };
      }
      return undefined;
    },
  },
  {
    ecosystem: 'pip',
    tools: /^pip$/,
    match(command) {
      const files = requirementFiles(command);
      if (pipSubcommandOf(command)?.value !== 'install' || files.length === 0) return undefined;
      return { label: `pip install -r ${files[0]}`, manifests: files, directory: '.' };
    },
  },
  {
    ecosystem: 'poetry',
    tools: /^poetry$/,
    match(command) {
      const [sub] = words(positionals(command, ['-C', '--directory', '--with', '--without', '--only', '-E', '--extras']));
      if (sub !== 'install') return undefined;
      return { label: 'poetry install', manifests: ['pyproject.toml', 'poetry.lock'], directory: directoryFlag(command, '-C', '--directory') };
    },
  },
  {
    ecosystem: 'pipenv',
    tools: /^pipenv$/,
    match(command) {
      const [sub, ...packages] = words(positionals(command));
      if (sub === 'sync' || (sub === 'install' && packages.length === 0)) {
        return { label: `pipenv ${sub}`, manifests: ['Pipfile', 'Pipfile.lock'], directory: '.' };
      }
      return undefined;
    },
  },
  {
    ecosystem: 'uv',
    tools: /^uv$/,
    match(command) {
      const [sub] = words(positionals(command, ['--directory', '--project', '--extra', '--group', '--package', '-p', '--python']));
      if (sub !== 'sync') return undefined;
      return { label: 'uv sync', manifests: ['pyproject.toml', 'uv.lock'], directory: directoryFlag(command, '--directory', '--project') };
    },
  },
  {
    ecosystem: 'bundler',
    tools: /^bundle$/,
    match(command) {
      const [sub] = words(positionals(command, BUNDLE_VALUE_FLAGS));
      if (sub === undefined ? asksForInformation(command) : sub !== 'install') return undefined;
      const gemfile = flagValue(command, '--gemfile');
      const manifests = gemfile ? [gemfile, `${gemfile}.lock`] : ['Gemfile', 'Gemfile.lock'];
      return { label: sub ? 'bundle install' : 'bundle', manifests, directory: '.' };
    },
  },
  {
    ecosystem: 'go',
    tools: /^go$/,
    match(command) {
      const [mod, sub] = words(positionals(command, ['-C', '-modfile', '-x']));
      if (mod !== 'mod' || sub !== 'download') return undefined;
      return { label: 'go mod download', manifests: ['go.mod', 'go.sum'], directory: directoryFlag(command, '-C') };
    },
  },
  {
    ecosystem: 'cargo',
    tools: /^cargo$/,
    match(command) {
      const [sub, step] = words(positionals(command, ['--manifest-path', '--target', '--features', '-F', '-p', '--package', '--profile', '-j', '--jobs', '--bin', '--target-dir', '--recipe-path']));
      // cargo-chef builds the dependencies from a recipe made in another stage.
      if (sub === 'chef' && step === 'cook') {
        return { label: 'cargo chef cook', manifests: [flagValue(command, '--recipe-path') ?? 'recipe.json'], directory: '.' };
      }
      if (sub !== 'fetch' && sub !== 'build' && sub !== 'b') return undefined;
      const manifestPath = flagValue(command, '--manifest-path');
      return { label: `cargo ${sub}`, manifests: ['Cargo.toml', 'Cargo.lock'], directory: manifestPath ? posix.dirname(manifestPath) : '.' };
    },
  },
  {
    ecosystem: 'composer',
    tools: /^composer(?:\.phar)?$/,
    match(command) {
      const [sub] = words(positionals(command, ['-d', '--working-dir']));
      if (sub !== 'install' && sub !== 'i') return undefined;
      return { label: `composer ${sub}`, manifests: ['composer.json', 'composer.lock'], directory: directoryFlag(command, '-d', '--working-dir') };
    },
  },
  {
    ecosystem: 'maven',
    tools: /^mvnw?$/,
    match(command) {
      const goal = words(command.args).find((w) => /(?:^|:)(?:dependency:(?:go-offline|resolve|resolve-plugins)|resolve-dependencies)$/.test(w));
      if (!goal) return undefined;
      const pom = flagValue(command, '-f', '--file');
      return { label: `${command.basename} ${goal}`, manifests: ['pom.xml'], directory: pom ? posix.dirname(pom) : '.' };
    },
  },
  {
    ecosystem: 'gradle',
    tools: /^gradlew?$/,
    match(command) {
      const task = words(positionals(command, ['-p', '--project-dir', '-b', '--build-file'])).find((w) => /^:?dependencies$/.test(w));
      if (!task) return undefined;
      return { label: `${command.basename} ${task}`, manifests: ['build.gradle*', 'settings.gradle*'], directory: directoryFlag(command, '-p', '--project-dir') };
    },
  },
  {
    ecosystem: 'dotnet',
    tools: /^dotnet$/,
    match(command) {
      const [sub, project] = words(positionals(command, ['-s', '--source', '-r', '--runtime', '--packages', '--configfile', '-v', '--verbosity']));
      if (sub !== 'restore') return undefined;
      const manifests = project && /\.(?:[a-z]+proj|sln|slnx)$/i.test(project) ? [project] : ['*.csproj'];
      return { label: project ? `dotnet restore ${project}` : 'dotnet restore', manifests, directory: project && !manifests.includes(project) ? project : '.' };
    },
  },
];

/** The dependency installs of a RUN, in script order. */
export function dependencyInstalls(run: Instruction): DependencyInstall[] {
  const installs: DependencyInstall[] = [];
  for (const raw of commandsOf(run)) {
    const { tool, command } = invocationOf(raw);
    const ecosystem = ECOSYSTEMS.find((e) => e.tools.test(tool));
    const match = ecosystem?.match(command);
    if (ecosystem && match) installs.push({ ecosystem: ecosystem.ecosystem, command: raw, ...match });
  }
  return installs;
}

/**
 * Whether a command before the install in the same script writes one of its manifests
 * (`poetry export -o requirements.txt && pip install -r requirements.txt`): such a manifest is
 * made in the image, not copied.
 */
export function manifestMadeInScript(run: Instruction, install: DependencyInstall): boolean {
  const names = new Set(install.manifests.map((m) => posix.basename(m)));
  const writes = (path: string | undefined) => path !== undefined && names.has(posix.basename(path));
  return commandsOf(run).some((command) =>
    command.order < install.command.order &&
    (outputFiles(command).some(writes) ||
      writes(flagValue(command, '-o', '--output', '--output-file'))),
  );
}

/**
 * Whether a copied source (a context path, possibly a glob) provides one of the install's
 * manifests: a file of the same name (either may be a glob: `package*.json`, `*.csproj`), or, for
 * pip, a folder the requirements file lies in (`requirements/` for `-r requirements/prod.txt`).
 * Other manifests sit at a project's root, so a folder holding them holds the project too.
 */
export function providesManifest(sourcePath: string, install: DependencyInstall): boolean {
  const source = posix.basename(sourcePath);
  return install.manifests.some((manifest) => {
    const wanted = posix.basename(manifest);
    if (globToRegExp(source).test(wanted) || globToRegExp(wanted).test(source)) return true;
    const relative = posix.normalize(posix.join(install.directory, manifest)).replace(/^\/+/, '');
    return install.ecosystem === 'pip' && sourcePath !== '' && relative.startsWith(`${sourcePath}/`);
  });
}
