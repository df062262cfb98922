import type { Instruction, Stage } from '../model/types.js';
import { commandsOf, flagValue, hasFlag } from './commands.js';
import type { DependencyInstall } from './dependency-installs.js';
import { stageLineage } from './stages.js';

/**
 * How to give a dependency install a layer of its own, ahead of the project's sources, for
 * each toolchain: which files to copy first and, where the install cannot run on them alone,
 * the command that installs the dependencies without the project.
 */
export interface InstallAdvice {
  /** What to copy first: the manifests, and the build tool's wrapper when the install runs it. */
  readonly files: readonly string[];
  /** A file to create next to the manifests, without which the tool refuses to read them. */
  readonly placeholder: string | undefined;
  /**
   * The command that installs the dependencies alone, when the install also builds or installs
   * the project and so needs its sources (`poetry install --no-root`); the install itself then
   * runs after the copy of the sources.
   */
  readonly dependenciesOnly: string | undefined;
  /** Another way to cache the dependencies, worth naming. */
  readonly alternative: string | undefined;
}

/**
 * The advice for an install: the manifests to copy, plus what the toolchain needs besides.
 * Cargo reads no manifest without a target (`src/main.rs` or `src/lib.rs`), so `cargo fetch`
 * needs a placeholder one, and `cargo build` builds the project too: its dependencies are built
 * on the placeholder first (or with cargo-chef), the project after the copy.
 * Poetry and uv install the project after its dependencies, which fails without its sources
 * unless told not to (`--no-root`, `--no-install-project`). Composer runs the project's scripts
 * and writes its autoloader, both of which read the sources. The Gradle and Maven wrappers
 * (`gradlew`, `mvnw`) need their own files copied with the manifests.
 */
export function installAdvice(install: DependencyInstall): InstallAdvice {
  const { command } = install;
  const advice = { files: install.manifests, placeholder: undefined, dependenciesOnly: undefined, alternative: undefined };
  switch (install.ecosystem) {
    case 'cargo':
      if (install.label === 'cargo chef cook') return advice;
      if (install.label === 'cargo fetch') return { ...advice, placeholder: 'src/main.rs' };
      return { ...advice, placeholder: 'src/main.rs', dependenciesOnly: install.label, alternative: 'cook the dependencies with cargo-chef' };
    case 'poetry':
      return hasFlag(command, '--no-root', '--only-root') ? advice : { ...advice, dependenciesOnly: 'poetry install --no-root' };
    case 'uv':
      return hasFlag(command, '--no-install-project', '--no-install-workspace') ? advice : { ...advice, dependenciesOnly: 'uv sync --no-install-project' };
    case 'composer':
      return hasFlag(command, '--no-scripts') && hasFlag(command, '--no-autoloader')
        ? advice
        : { ...advice, dependenciesOnly: 'composer install --no-scripts --no-autoloader' };
    case 'gradle':
      return command.basename === 'gradlew' ? { ...advice, files: [...install.manifests, 'gradlew', 'gradle/'] } : advice;
    case 'maven':
      return command.basename === 'mvnw' ? { ...advice, files: [...install.manifests, 'mvnw', '.mvn/'] } : advice;
    default:
      return advice;
  }
}

/** Whether a RUN or a variable sets `-mod=vendor` (`go build -mod=vendor`, `ENV GOFLAGS=-mod=vendor`). */
function setsVendorMode(instruction: Instruction): boolean {
  if (instruction.properties.some((p) => p.value !== null && /(?:^|\s)-mod=vendor\b/.test(p.value))) return true;
  return commandsOf(instruction).some((c) =>
    flagValue(c, '-mod') === 'vendor' || c.assignments.some((w) => /^GOFLAGS=.*-mod=vendor\b/.test(w.value ?? w.raw)));
}

/**
 * Whether a stage (or one it is built on) builds Go with vendored modules: the dependencies come
 * with the sources (in `vendor/`), so `go mod download` ahead of them caches nothing the build uses.
 */
export function vendorsGoModules(stage: Stage): boolean {
  return stageLineage(stage).some((s) => s.instructions.some(setsVendorMode));
}
