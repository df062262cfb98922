import { posix } from 'node:path';
import { defineRule } from '../../src/engine/define-rule.js';
import type { Instruction, Model, Stage } from '../../src/model/types.js';
import { contextPath, copiesFromElsewhere, copyLabel, copyOperands, isWholeContext, localPathOf, type CopySource } from '../../src/rule-kit/copy.js';
import { hasGlob } from '../../src/rule-kit/globs.js';
import { installAdvice, vendorsGoModules, type InstallAdvice } from '../../src/rule-kit/install-advice.js';
import { dependencyInstalls, manifestMadeInScript, providesManifest, type DependencyInstall } from '../../src/rule-kit/dependency-installs.js';
import { mountsOf } from '../../src/rule-kit/mounts.js';
import { isWithin } from '../../src/rule-kit/paths.js';
import { reorderFix } from './reorder-fix.js';
import { commandDirectory, resolvePath, type ImagePath } from '../../src/rule-kit/workdir.js';

/** Extensionless names that are files, not folders. */
const EXTENSIONLESS_FILES = new Set([
  'Dockerfile', 'Containerfile', 'Makefile', 'GNUmakefile', 'Gemfile', 'Pipfile', 'Procfile', 'Rakefile', 'Brewfile',
  'Justfile', 'justfile', 'Vagrantfile', 'Jenkinsfile', 'Caddyfile', 'LICENSE', 'LICENCE', 'COPYING', 'NOTICE',
  'README', 'VERSION', 'CHANGELOG', 'AUTHORS', 'CODEOWNERS',
]);

/** Whether a source names a folder: `src/`, `src/*`, or a name with no extension such as `app`. */
function looksLikeFolder(path: string): boolean {
  if (/\/\*?$/.test(path) || /\/\.$/.test(path)) return true;
  const name = posix.basename(path);
  return !hasGlob(name) && !name.includes('.') && !EXTENSIONLESS_FILES.has(name);
}

/** A COPY/ADD that brings in much of the context: the whole of it, or a folder. */
export interface BroadCopy {
  readonly index: number;
  readonly instruction: Instruction;
  readonly source: CopySource;
  readonly path: string;
  readonly wholeContext: boolean;
  /** Where the copied content lands. */
  readonly destination: ImagePath;
  reported: boolean;
}

interface CopiedPaths {
  readonly index: number;
  readonly paths: readonly string[];
}

function joinNames(names: readonly string[]): string {
  const quoted = names.map((n) => `\`${n}\``);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

function lineOf(install: DependencyInstall): number {
  return install.command.nameWord.range.start.line + 1;
}

/** Walks one stage in order, pairing each dependency install with a broad copy before it. */
/** A broad copy paired with the install after it that it feeds. */
export interface Misplaced {
  readonly copy: BroadCopy;
  readonly install: DependencyInstall;
  readonly run: Instruction;
  readonly runIndex: number;
  /** No earlier copy or mount provides the manifests: they must be copied first. */
  readonly manifestsFirst: boolean;
}

function checkStage(model: Model, stage: Stage, report: (found: Misplaced) => void): void {
  const broad: BroadCopy[] = [];
  const copied: CopiedPaths[] = [];
  const installed: Array<{ ecosystem: string; index: number }> = [];

  const provides = (paths: readonly string[], install: DependencyInstall) => paths.some((p) => providesManifest(p, install));
  const vendored = vendorsGoModules(stage);

  stage.instructions.forEach((instruction, index) => {
    if (instruction.kind === 'COPY' || instruction.kind === 'ADD') {
      const { sources, destination } = copyOperands(model, instruction);
      const paths: string[] = [];
      let broadSource: { source: CopySource; path: string } | undefined;
      for (const source of sources) {
        const path = localPathOf(source);
        if (path === undefined) continue;
        if (!copiesFromElsewhere(instruction) && !broadSource && (isWholeContext(source) || looksLikeFolder(source.value))) broadSource = { source, path };
        if (!isWholeContext(source)) paths.push(path);
      }
      copied.push({ index, paths });
      if (broadSource) {
        const target = destination && destination.unresolved.length === 0 ? resolvePath(model.workdirAt(instruction).path, destination.value) : undefined;
        broad.push({
          index, instruction, ...broadSource, wholeContext: isWholeContext(broadSource.source), destination: target, reported: false,
        });
      }
      return;
    }
    if (instruction.kind !== 'RUN') return;
    const workdir = model.workdirAt(instruction).path;
    const mounted = mountsOf(instruction)
      .filter((m) => m.type === 'bind' && m.from === undefined)
      .map((m) => contextPath(m.source ?? ''))
      .filter((path) => path !== '');
    for (const install of dependencyInstalls(instruction)) {
      if (!manifestMadeInScript(instruction, install) && !(install.ecosystem === 'go' && vendored)) {
        const directory = resolvePath(commandDirectory(instruction, install.command, workdir), install.directory);
        const locations = install.manifests.map((m) => resolvePath(directory, m));
        const bound = provides(mounted, install);
        const copiedBefore = (limit: number) => bound || copied.some((c) => c.index < limit && provides(c.paths, install));
        const feeds = (copy: BroadCopy) => {
          if (installed.some((i) => i.ecosystem === install.ecosystem && i.index < copy.index)) return false;
          // Manifests copied on their own: a later folder copy may be a workspace or a path dependency.
          if (!copy.wholeContext && (copiedBefore(index) || provides([copy.path], install))) return false;
          // Without its own manifest copy, the install reads them from the broad copy: it must land there.
          return copiedBefore(index) || copy.destination === undefined ||
            locations.some((l) => l === undefined || isWithin(l, copy.destination!));
        };
        const copy = broad.find(feeds);
        if (copy && !copy.reported) {
          copy.reported = true;
          report({ copy, install, run: instruction, runIndex: index, manifestsFirst: !copiedBefore(copy.index) });
        }
      }
      installed.push({ ecosystem: install.ecosystem, index });
    }
  });
}

/**
 * What to do before the broad copy: copy the manifests (and what the toolchain needs besides)
 * unless an earlier copy or mount provides them, and run the install, or, when the install
 * needs the sources, the command that installs the dependencies alone, with the install kept
 * after the copy.
 */
function adviceMessage(install: DependencyInstall, advice: InstallAdvice, copyText: string, manifestsFirst: boolean): string {
  const step = `\`${install.label}\` (line ${lineOf(install)})`;
  const placeholder = advice.placeholder === undefined ? '' : ` with a placeholder \`${advice.placeholder}\``;
  const first = advice.dependenciesOnly === undefined ? step : `\`${advice.dependenciesOnly}\``;
  const action = manifestsFirst ? `Copy ${joinNames(advice.files)}${placeholder} and run ${first}` : `Run ${first}${placeholder}`;
  const then = advice.dependenciesOnly === undefined ? '' : `, then ${step} after it`;
  const alternative = advice.alternative === undefined ? '' : ` (or ${advice.alternative})`;
  return `${action} before ${copyText}${then}${alternative}, so the dependency layer stays cached when other files change`;
}

/** The documented example written in cache order: what the fix makes of the bad one. */
const ORDERED =
  'FROM node:22-alpine\n' +
  'WORKDIR /app\n' +
  'COPY package.json package-lock.json ./\n' +
  'RUN npm ci\n' +
  'COPY . .\n' +
  'RUN npm run build';

export default defineRule({
  code: 'DF3002',
  name: 'copy-manifests-before-install',
  aliases: [],
  severity: 'warning',
  category: 'performance',
  fixable: 'unsafe',
  docs: {
    summary: 'Copy dependency manifests and install dependencies before copying the rest of the source',
    why:
      'Each instruction\'s cache depends on everything before it. After `COPY . .`, any edit to any file ' +
      'invalidates the layers that follow, so a dependency install placed there (`npm ci`, ' +
      '`pip install -r requirements.txt`, `go mod download`...) downloads and builds every dependency ' +
      'again on each code change. Copy only the manifest and lock files, install, and then copy the ' +
      'rest: the install layer is reused until the dependencies change.\n\n' +
      'A folder copy (`COPY src/ ./src/`) counts when it is where the manifests come from; when the ' +
      'manifests were copied on their own, a later folder copy is left alone, since workspaces and local ' +
      'path dependencies need it. Installs of named packages (`npm install -g typescript`, ' +
      '`pip install poetry`) and of the project itself (`pip install .`) do not depend on the manifests ' +
      'and are not reported, nor is a second install of an ecosystem already installed before the copy ' +
      '(`poetry install --only-root` after `poetry install --no-root`). WORKDIR, `cd` and flags such as ' +
      '`npm --prefix` decide where the manifests are: a folder copied elsewhere is not their source.\n\n' +
      'The message says what each toolchain needs first. Most need only their manifests and lock ' +
      'files; the Gradle and Maven wrappers also need `gradlew` and `gradle/`, `mvnw` and `.mvn/`. ' +
      'Where the install cannot run on the manifests alone, the message gives the usual pattern: ' +
      'Cargo reads no manifest without a target, so `cargo fetch` and `cargo build` run on a ' +
      'placeholder `src/main.rs` (or the dependencies are cooked with cargo-chef), and the real ' +
      '`cargo build` runs after the copy; `poetry install` and `uv sync` install the project too, so ' +
      '`poetry install --no-root` and `uv sync --no-install-project` come first; `composer install` ' +
      'runs the project\'s scripts and writes its autoloader, so `composer install --no-scripts ' +
      '--no-autoloader` comes first. Go with vendored modules (`-mod=vendor` in the stage, or in ' +
      '`GOFLAGS`) is not reported: its dependencies come with the sources, so `go mod download` ' +
      'ahead of them caches nothing the build uses.',
    bad:
      'FROM node:22-alpine\n' +
      'WORKDIR /app\n' +
      'COPY . .\n' +
      'RUN npm ci\n' +
      'RUN npm run build',
    good: ORDERED,
    fixed: ORDERED,
    exampleContext: { 'package.json': '{"scripts":{"build":"tsc"}}', 'package-lock.json': '{}' },
    fixSafety:
      'Unsafe: the install now runs without the rest of the project, and it may need more than ' +
      'the manifests: npm lifecycle scripts, local path dependencies, a `setup.py` or gemspec ' +
      'reading the sources, configuration files such as `.npmrc` left out of the copy. The fix ' +
      'replaces the broad copy with a COPY of the manifest and lock files that exist in the build ' +
      'context (and are not excluded by `.dockerignore`), in the copied folder, to the folder the ' +
      'install reads them from, with the broad copy\'s `--chown`, `--chmod` and `--link`; the broad ' +
      'copy moves, unchanged, to just after the install\'s RUN, which stays in place, so its ' +
      'working directory, user, shell and variables stay the same. When the manifests were copied ' +
      'or bind-mounted before, only the broad copy moves. It needs the build context, so there is ' +
      'no fix without one, and it is offered only when the result can be told from the files: ' +
      'the RUN runs the install and cache clean-ups only; only ENV, ARG, LABEL, EXPOSE, USER, ' +
      'WORKDIR, STOPSIGNAL and SHELL lie between the copy and the RUN (no variable or relative ' +
      'destination of the copy they could change); the broad copy has one source and no other ' +
      'flags; and the ecosystem needs no more than its manifests: npm, Yarn 1 and pnpm without ' +
      'workspaces, local `file:`/`link:` dependencies or install scripts of the project; pip ' +
      'requirements files without nested `-r`, `-c`, `-e` or local paths; Pipenv, Poetry with ' +
      '`--no-root` and uv with `--no-install-project`, without path dependencies; Bundler ' +
      'without `gemspec` or `path:` gems; Go modules without a `go.work` or local `replace`. ' +
      'Cargo, Maven, Gradle, .NET and Composer get no fix: they need sources, wrappers or more ' +
      'files than the manifests. Nor is moving the broad copy alone offered (manifests copied ' +
      'before) when the install needs the sources or a placeholder (`cargo build`, `poetry install` ' +
      'without `--no-root`, ...).',
    references: [
      'https://docs.docker.com/build/cache/optimize/#order-your-layers',
      'https://docs.docker.com/build/building/best-practices/#leverage-build-cache',
    ],
  },
  create(context) {
    return {
      'stage:exit'(stage) {
        checkStage(context.model, stage, (found) => {
          const { copy, install, manifestsFirst } = found;
          const advice = installAdvice(install);
          // Moving the copy cannot help an install that needs the sources or a placeholder.
          const needsMore = advice.dependenciesOnly !== undefined || advice.placeholder !== undefined;
          const fix = needsMore ? undefined : reorderFix(context.model, stage, found, context.buildContext);
          context.report({
            range: copy.source.range,
            message: adviceMessage(install, advice, `\`${copyLabel(copy.instruction)}\``, manifestsFirst),
            ...(fix ? { fix } : {}),
          });
        });
      },
    };
  },
});
