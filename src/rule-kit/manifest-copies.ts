import { hasFlag } from './commands.js';
import type { DependencyInstall } from './dependency-installs.js';

/** Reads a file of the folder the manifests are in; undefined when the build would not see it. */
export type ReadManifest = (name: string) => string | undefined;

/** npm lifecycle scripts an install runs for the project itself; they may need its sources. */
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepublish', 'preprepare', 'prepare', 'postprepare'];

/** Dependency specs that point into the project (`file:../lib`, `workspace:*`, `link:`, `portal:`). */
const LOCAL_SPEC = /^(?:file|link|workspace|portal):/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether an install from this package.json needs nothing but the manifests: no workspaces, no
 * dependency on a local path, and no install script of the project itself.
 */
function selfContainedPackage(text: string): boolean {
  let pkg: unknown;
  try {
    pkg = JSON.parse(text);
  } catch {
    return false;
  }
  if (!isRecord(pkg) || pkg['workspaces'] !== undefined) return false;
  const scripts = pkg['scripts'];
  if (isRecord(scripts) && INSTALL_SCRIPTS.some((s) => s in scripts)) return false;
  return ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].every((field) => {
    const deps = pkg[field];
    return !isRecord(deps) || Object.values(deps).every((spec) => typeof spec !== 'string' || !LOCAL_SPEC.test(spec));
  });
}

/** A requirements file that names only packages: no nested `-r`/`-c` file, editable or local path. */
function selfContainedRequirements(text: string): boolean {
  return text.split(/\r?\n/).every((line) => !/^\s*(?:-[rce]\b|--requirement|--constraint|--editable|\.|\/|file:)/.test(line));
}

/** The files a manifest set needs, `required` first; the optional ones only where they exist. */
function present(read: ReadManifest, required: readonly string[], optional: readonly string[]): string[] | undefined {
  if (required.some((name) => read(name) === undefined)) return undefined;
  return [...required, ...optional.filter((name) => read(name) !== undefined)];
}

function nodeFiles(read: ReadManifest, optional: readonly string[]): string[] | undefined {
  const pkg = read('package.json');
  return pkg !== undefined && selfContainedPackage(pkg) ? present(read, ['package.json'], optional) : undefined;
}

/**
 * The files, in the manifests' folder, to copy before `install` so that it runs as it did after
 * the whole project was copied, when that can be told from the files: undefined when the install
 * may need more (workspaces, local path dependencies, install scripts, the project's own
 * package, Yarn Berry's `.yarn` folder) or the ecosystem needs more than its manifests (Cargo,
 * Maven, Gradle and .NET need sources, wrappers or project globs).
 */
export function manifestsToCopy(install: DependencyInstall, read: ReadManifest): string[] | undefined {
  const { command } = install;
  switch (install.ecosystem) {
    case 'npm':
      return nodeFiles(read, ['package-lock.json', 'npm-shrinkwrap.json', '.npmrc']);
    case 'yarn':
      return read('.yarnrc.yml') === undefined ? nodeFiles(read, ['yarn.lock', '.yarnrc', '.npmrc']) : undefined;
    case 'pnpm':
      if (read('pnpm-workspace.yaml') !== undefined) return undefined;
      if (install.label === 'pnpm fetch') return present(read, ['pnpm-lock.yaml'], ['.npmrc']);
      return nodeFiles(read, ['pnpm-lock.yaml', '.npmrc']);
    case 'pip':
      if (install.manifests.some((name) => name.includes('/') || !selfContainedRequirements(read(name) ?? ''))) return undefined;
      return present(read, install.manifests, []);
    case 'pipenv':
      return /\bpath\s*=/.test(read('Pipfile') ?? 'path =') ? undefined : present(read, ['Pipfile'], ['Pipfile.lock']);
    case 'poetry':
      if (!hasFlag(command, '--no-root') || /\bpath\s*=/.test(read('pyproject.toml') ?? 'path =')) return undefined;
      return present(read, ['pyproject.toml'], ['poetry.lock', 'poetry.toml']);
    case 'uv': {
      if (!hasFlag(command, '--no-install-project', '--no-install-workspace')) return undefined;
      const project = read('pyproject.toml') ?? 'path =';
      if (/\bpath\s*=|\[tool\.uv\.workspace\]/.test(project)) return undefined;
      return present(read, ['pyproject.toml'], ['uv.lock', '.python-version']);
    }
    case 'bundler': {
      const [gemfile, lock] = install.manifests as [string, string];
      if (gemfile.includes('/') || usesLocalGems(read(gemfile) ?? 'gemspec')) return undefined;
      return present(read, [gemfile], [lock]);
    }
    case 'go':
      if (read('go.work') !== undefined || /=>\s*\.{0,2}\//.test(read('go.mod') ?? '=> ./')) return undefined;
      return present(read, ['go.mod'], ['go.sum']);
    default:
      return undefined;
  }
}

/**
 * A Gemfile's `gemspec` line or `path:` gem needs files beyond the Gemfile. Two patterns, not one
 * alternation: `^\s*gemspec` read blank lines again from each line start (quadratic), and a line
 * starts after its last line break anyway.
 */
const GEMSPEC_LINE = /^[^\S\n\r\u2028\u2029]*gemspec\b/m;
const PATH_GEM = /\bpath(?::|\s*=>)/;

export function usesLocalGems(gemfile: string): boolean {
  return GEMSPEC_LINE.test(gemfile) || PATH_GEM.test(gemfile);
}
