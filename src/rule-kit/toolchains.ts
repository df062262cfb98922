import type { ShellCommand, ShellWord } from '../model/shell/types.js';
import type { Instruction, Range } from '../model/types.js';
import { commandsOf, positionals } from './commands.js';
import { isRemovedLater, packageInstalls, packageName, packageRemovals, type PackageRemoval } from './package-changes.js';
import type { PackageFamily } from './package-managers.js';
import { isPipInstall } from './pip.js';
import { isPython } from './python.js';

/**
 * Build tooling found in a RUN: a compiler or build tool package (`tool`), a headers package
 * (`headers`: `libpq-dev`, `openssl-devel`), or a compile command (`compile`: `go build`).
 */
export interface ToolchainUse {
  readonly kind: 'tool' | 'headers' | 'compile';
  readonly instruction: Instruction;
  readonly range: Range;
  /** How it is named in messages: `gcc`, `go build`. */
  readonly label: string;
}

const TOOL_PACKAGES = new Set([
  'build-essential', 'build-base', 'alpine-sdk', 'gcc', 'g++', 'gcc-c++', 'clang', 'gfortran', 'make', 'cmake',
  'autoconf', 'automake', 'libtool', 'golang', 'golang-go', 'go', 'rust', 'rustc', 'cargo', 'maven', 'gradle',
  'default-jdk', 'default-jdk-headless', '@development-tools', 'development tools',
]);

const TOOL_PATTERNS: readonly RegExp[] = [
  /^(gcc|g\+\+|clang|gfortran)-\d+$/, // versioned compilers: gcc-12
  /^openjdk-?\d+-jdk(-headless)?$/, // Debian openjdk-17-jdk, Alpine openjdk17-jdk
  /^java-[\d.]+-openjdk-devel$/, // RPM JDK
  /^dotnet-sdk-[\d.]+$/,
];

/** Headers for compiling against a library; `dpkg-dev` is a packaging tool despite its name. */
const HEADERS_PATTERN = /^(?!dpkg-dev$).+-(dev|devel)$|^linux-headers$/;

/** RPM pins the version with a dash (`gcc-11.3.1`); the other managers use `=` or `~`. */
function baseName(word: string, family: PackageFamily): string {
  const name = packageName(word).toLowerCase();
  return family === 'rpm' ? withoutRpmVersion(name) : name;
}

const VERSION_CHARACTER = /[\w.+~^-]/;

/**
 * `name.replace(/-\d[\w.+~^-]*$/, '')` without its quadratic search (each `-1` read the rest
 * again): the version is the first `-<digit>` of the name's tail of version characters.
 */
export function withoutRpmVersion(name: string): string {
  let tail = name.length;
  while (tail > 0 && VERSION_CHARACTER.test(name[tail - 1]!)) tail--;
  const at = name.slice(tail).search(/-\d/);
  return at < 0 ? name : name.slice(0, tail + at);
}

/**
 * Packages for building against the kernel the container runs on: its headers and build tree
 * (`linux-headers-amd64`, `kernel-devel`), DKMS, and the ELF/BPF libraries kernel modules and
 * eBPF programs are built with. Alpine's bare `linux-headers` is the userspace API, not these.
 */
const KERNEL_BUILD_PACKAGES = /^(?:linux-headers-.+|kernel-devel|dkms|libelf-dev|elfutils-libelf-devel|libbpf-dev)$/;

/**
 * Whether a RUN installs what building against the host's kernel needs: such an image compiles
 * kernel modules or eBPF programs when it starts, for whatever kernel it lands on, so its
 * compiler belongs in the final image.
 */
export function installsKernelBuildPackages(run: Instruction): boolean {
  return packageInstalls(run).some((install) => install.packages.some((word) => KERNEL_BUILD_PACKAGES.test(baseName(word.value!, install.family))));
}

/** Whether a package (name without version) is a compiler or build tool, or headers, or neither. */
export function toolchainKind(name: string): 'tool' | 'headers' | undefined {
  if (TOOL_PACKAGES.has(name) || TOOL_PATTERNS.some((p) => p.test(name))) return 'tool';
  return HEADERS_PATTERN.test(name) ? 'headers' : undefined;
}

/** Toolchain packages a RUN installs and does not remove again before it ends. */
export function keptToolchainPackages(run: Instruction): ToolchainUse[] {
  const uses: ToolchainUse[] = [];
  for (const install of packageInstalls(run)) {
    for (const word of install.packages) {
      const name = baseName(word.value!, install.family);
      const kind = toolchainKind(name);
      if (!kind || isRemovedLater(run, install, packageName(word.value!))) continue;
      uses.push({ kind, instruction: run, range: word.range, label: name });
    }
  }
  return uses;
}

/** `null` when the command's name is the match, a word when a subcommand is, undefined for no match. */
type Matcher = (command: ShellCommand, args: ShellWord[]) => ShellWord | null | undefined;

const subcommand = (...names: string[]): Matcher => (_, [first]) => (first?.value !== undefined && names.includes(first.value) ? first : undefined);
const anyOf = (pattern: RegExp): Matcher => (_, args) => args.find((w) => w.value !== undefined && pattern.test(w.value));
const always: Matcher = () => null;
const runsBuildScript: Matcher = (command, [first, second]) => {
  const isBuild = (w: ShellWord | undefined) => w?.value !== undefined && /^build(:|$)/.test(w.value);
  if ((first?.value === 'run' || first?.value === 'run-script') && isBuild(second)) return second;
  return command.basename !== 'npm' && isBuild(first) ? first : undefined;
};
/** A package manager installing a project's dependencies (`npm ci`, `yarn`), not a global tool. */
const projectInstall = (bare: boolean, ...verbs: string[]): Matcher => (command, args) => {
  if (command.args.some((w) => w.value === '-g' || w.value === '--global')) return undefined;
  const first = args[0];
  if (first === undefined) return bare ? null : undefined;
  return first.value !== undefined && verbs.includes(first.value) ? null : undefined;
};
const either = (a: Matcher, b: Matcher): Matcher => (command, args) => {
  const match = a(command, args);
  return match === undefined ? b(command, args) : match;
};
const pipInstall: Matcher = (command) => (isPipInstall(command) ? null : undefined);
const setupPyBuild: Matcher = (command) => {
  if (!isPython(command.basename)) return undefined;
  const values = command.args.map((w) => w.value);
  return values.includes('setup.py') && values.some((v) => v !== undefined && /^(build|install|bdist_wheel)$/.test(v)) ? null : undefined;
};

const MAVEN_PHASES = /^(package|install|verify|deploy)$/;
const GRADLE_TASKS = /^(:?[\w-]+:)*(build|assemble|jar|bootJar|shadowJar|installDist|war|bootWar)$/;

/** Commands that compile a project, whatever the base image. */
const COMPILE_COMMANDS: Readonly<Record<string, Matcher>> = {
  go: subcommand('build', 'install'),
  cargo: subcommand('build', 'install'),
  mvn: anyOf(MAVEN_PHASES),
  mvnw: anyOf(MAVEN_PHASES),
  gradle: anyOf(GRADLE_TASKS),
  gradlew: anyOf(GRADLE_TASKS),
  npm: runsBuildScript,
  yarn: runsBuildScript,
  pnpm: runsBuildScript,
  dotnet: subcommand('publish', 'build'),
  javac: always,
  gcc: always,
  'g++': always,
  cc: always,
  'c++': always,
  clang: always,
  'clang++': always,
  rustc: always,
  cmake: always,
};

/**
 * Commands that put an installed toolchain to use: the compile commands, `make` and friends,
 * and installs of language packages that may compile native code (`npm ci`; `pip install` is
 * `PYTHON_BUILD`).
 */
const BUILD_STEPS: Readonly<Record<string, Matcher>> = {
  ...COMPILE_COMMANDS,
  make: always,
  gmake: always,
  ninja: always,
  meson: always,
  configure: always,
  cpanm: always,
  bundle: subcommand('install'),
  npm: either(runsBuildScript, projectInstall(false, 'install', 'i', 'ci')),
  yarn: either(runsBuildScript, projectInstall(true, 'install')),
  pnpm: either(runsBuildScript, projectInstall(false, 'install', 'i')),
};

/** `pip install` (in any of its spellings: see `pipCommandOf`) and `python setup.py build`. */
const PYTHON_BUILD = either(pipInstall, setupPyBuild);

/** Flags that only print information (`-v` is left out: it means verbose for `go build` or `cargo build`). */
const INFORMATION_FLAGS = new Set(['--version', '-version', '-V', '--help', '-dumpversion', '-dumpmachine', '-print-multiarch']);

/**
 * Whether a package removal looks like the cleanup of build dependencies: it names a toolchain
 * package or a virtual package of the RUN, auto-removes, or takes its list from a variable
 * (`apt-get purge -y $buildDeps`).
 */
function removesBuildDependencies(run: Instruction, removal: PackageRemoval): boolean {
  const virtuals = new Set(packageInstalls(run).flatMap((i) => (i.virtual === undefined ? [] : [i.virtual])));
  return removal.autoRemove || removal.dynamic ||
    removal.packages.some((p) => virtuals.has(p) || toolchainKind(baseName(p, removal.family)) !== undefined);
}

/**
 * Commands of a RUN that the matchers accept, except those followed by a cleanup of build
 * dependencies in the same RUN: building from source and then purging the toolchain (as the
 * official images do, often with the package list in a variable) ships no toolchain.
 */
function matching(run: Instruction, matchers: (command: ShellCommand) => Matcher | undefined): Array<{ command: ShellCommand; match: ShellWord | null }> {
  const cleanups = packageRemovals(run).filter((r) => removesBuildDependencies(run, r));
  const lastRemoval = Math.max(-1, ...cleanups.map((r) => r.command.order));
  const found: Array<{ command: ShellCommand; match: ShellWord | null }> = [];
  for (const command of commandsOf(run)) {
    if (command.order < lastRemoval) continue;
    if (command.args.some((w) => w.value !== undefined && INFORMATION_FLAGS.has(w.value))) continue;
    const match = matchers(command)?.(command, positionals(command));
    if (match !== undefined) found.push({ command, match });
  }
  return found;
}

/** Compile commands of a RUN (`go build`, `npm run build`, `mvn package`, `gcc`...). */
export function compileCommands(run: Instruction): ToolchainUse[] {
  return matching(run, (c) => COMPILE_COMMANDS[c.basename]).map(({ command, match }) => ({
    kind: 'compile',
    instruction: run,
    range: { start: command.nameWord.range.start, end: (match ?? command.nameWord).range.end },
    label: match === null ? command.basename : `${command.basename} ${match.raw}`,
  }));
}

/** Whether a RUN builds something (see `BUILD_STEPS`) and keeps the toolchain afterwards. */
export function hasBuildStep(run: Instruction): boolean {
  return matching(run, (c) => BUILD_STEPS[c.basename] ?? PYTHON_BUILD).length > 0;
}
