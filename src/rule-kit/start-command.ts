import type { Instruction, Stage } from '../model/types.js';
import { fileName } from './paths.js';

/** The instruction's words: exec-form strings, or shell-form words with quotes removed. */
function wordsOf(instruction: Instruction): string[] {
  return instruction.exec ? instruction.exec.map((s) => s.value) : instruction.args.map((w) => w.value);
}

/**
 * What a container of the image starts, as far as the Dockerfile says. `entrypoint` and `cmd`
 * are undefined when the image keeps the base image's; `cmd` is empty when an ENTRYPOINT
 * cleared it (as Docker does with a CMD set before the stage) or ignores it (shell form).
 */
export interface StartCommand {
  readonly entrypoint: readonly string[] | undefined;
  readonly cmd: readonly string[] | undefined;
}

/**
 * The ENTRYPOINT and CMD of the image the lineage's first stage builds (lineage nearest first,
 * as `stageLineage` gives it), the way the builder sets them: an ENTRYPOINT clears the CMD the
 * stage inherited, but not one set earlier in the same stage. Undefined when no stage sets
 * either, so the base image's start command applies.
 */
export function startCommand(lineage: readonly Stage[]): StartCommand | undefined {
  let entrypoint: readonly string[] | undefined;
  let cmd: readonly string[] | undefined;
  let set = false;
  for (const stage of [...lineage].reverse()) {
    let cmdSetHere = false;
    for (const instruction of stage.instructions) {
      if (instruction.kind === 'CMD') {
        cmd = wordsOf(instruction);
        cmdSetHere = true;
        set = true;
      } else if (instruction.kind === 'ENTRYPOINT') {
        entrypoint = wordsOf(instruction);
        // A shell-form ENTRYPOINT runs under `sh -c` and never sees the CMD.
        if (!cmdSetHere || instruction.form !== 'exec') cmd = [];
        set = true;
      }
    }
  }
  return set ? { entrypoint, cmd } : undefined;
}

const SHELLS = /^(?:sh|bash|zsh|ash|dash|ksh|fish)$/;

/** A `sh -c` script that is one plain command: no operators, quotes, redirections or substitutions. */
const SIMPLE_COMMAND = /^[^;&|<>()`'"\\\n]+$/;

/** Init processes that run the command after their options (and an optional `--`). */
const INIT_WRAPPERS = new Set(['tini', 'tini-static', 'dumb-init', 'catatonit', 'docker-init']);

/**
 * Entrypoint scripts named for the job (`docker-entrypoint.sh`, `docker-php-entrypoint`,
 * `ros_entrypoint.sh`): by convention they prepare the container, then `exec "$@"`.
 */
const ENTRYPOINT_SCRIPT = /entrypoint/i;

/** Whether the ENTRYPOINT starts with an entrypoint script (after an init such as `tini --`). */
export function startsWithEntrypointScript(start: StartCommand): boolean {
  const words = start.entrypoint ?? [];
  const script = words.find((w) => !w.startsWith('-') && !INIT_WRAPPERS.has(fileName(w)));
  return script !== undefined && ENTRYPOINT_SCRIPT.test(fileName(script));
}

/**
 * The command line that ends up running, wrappers looked through: an init (`tini --`) and an
 * entrypoint script followed by arguments hand over to those arguments, and a shell given a
 * script file (`bash /usr/local/bin/runner`) runs that script. When the image keeps
 * its base image's ENTRYPOINT, that one is taken to hand over as well (the official images'
 * `docker-entrypoint.sh` do). An entrypoint script given no arguments is the command itself.
 */
export function effectiveCommand(start: StartCommand): readonly string[] {
  let words = [...(start.entrypoint ?? []), ...(start.cmd ?? [])];
  for (;;) {
    const [program, ...rest] = words;
    if (program === undefined) return words;
    const name = fileName(program);
    if (INIT_WRAPPERS.has(name)) {
      const options = rest.findIndex((w) => !w.startsWith('-'));
      const afterOptions = options < 0 ? [] : rest.slice(options);
      words = rest.includes('--') ? rest.slice(rest.indexOf('--') + 1) : afterOptions;
    } else if (name === 'exec' || name === 'env') {
      // `exec gradle jar` (shell form) runs gradle in the shell's place; `env` runs its command.
      const command = name === 'env' ? rest.findIndex((w) => !w.includes('=') && !w.startsWith('-')) : 0;
      words = command < 0 ? [] : rest.slice(command);
    } else if (ENTRYPOINT_SCRIPT.test(name) && rest.length > 0) {
      words = rest;
    } else if (SHELLS.test(name) && rest.length === 2 && rest[0] === '-c' && SIMPLE_COMMAND.test(rest[1]!)) {
      // `["/bin/sh", "-c", "gradle jar"]`, as the exec form of the shell-form `CMD gradle jar`.
      words = rest[1]!.trim().split(/\s+/);
    } else if (SHELLS.test(name) && rest[0] !== undefined && !rest[0].startsWith('-')) {
      // `bash /usr/local/bin/runner`: the script is the command.
      words = rest;
    } else {
      return words;
    }
  }
}

const INTERPRETERS =
  /^(?:sh|bash|zsh|ash|dash|ksh|fish|pwsh(?:-preview)?|powershell|cmd|python[\d.]*|node|irb|ruby[\d.]*|iex|erl|jshell|ghci|haxe|perl[\d.]*|php[\d.]*|R|julia|lua[\d.]*|scala|sbt|swift|bun|deno|clj|clojure)(?:\.exe)?$/i;

/**
 * A shell or language interpreter started with flags only (`bash`, `python3`, `perl -de0`,
 * `node -v`, `clojure -M --repl`), or a shell told to be interactive (`bash -i -c ...`): the
 * image is a toolbox or a base for other images, not a service.
 */
export function isInterpreterStart(words: readonly string[]): boolean {
  const [program, ...args] = words;
  if (program === undefined) return false;
  const name = fileName(program);
  if (SHELLS.test(name) && args.some((a) => /^-[a-hj-z]*i[a-z]*$/.test(a))) return true;
  return INTERPRETERS.test(name) && args.every((a) => a.startsWith('-'));
}

/** Commands that only keep a container alive, for `docker exec` to work in. */
function isKeepAlive([program, ...args]: readonly string[]): boolean {
  const name = program === undefined ? '' : fileName(program);
  if (name === 'tail') return args.includes('/dev/null');
  if (name === 'sleep') return args.length === 1 && /^(?:inf|infinity|\d{6,})$/.test(args[0]!);
  return false;
}

/** Arguments that make a command-line tool print its help or version and exit. */
const HELP_OR_VERSION = /^(?:--?help(?:-[a-z]+)?|-h|help|--?version|-v|-V|version)$/;

/**
 * A command-line tool run only to print its help or version (`kubectl --help`, `go version`):
 * the image is a tool, meant to be run with real arguments.
 */
export function isUsageCommand([program, ...args]: readonly string[]): boolean {
  return program !== undefined && args.length > 0 && args.every((a) => HELP_OR_VERSION.test(a));
}

/** Language REPLs started through a launcher: `lein repl`, `sbt console`, `clojure -M --repl`. */
function isLauncherRepl([program, ...args]: readonly string[]): boolean {
  const name = program === undefined ? '' : fileName(program);
  if (name === 'lein' || name === 'sbt') return args.includes('repl') || args.includes('console');
  if (name === 'clj' || name === 'clojure') return args.some((a) => a === '--repl' || a === '-r');
  return false;
}

/**
 * Build tools, compilers, SDK drivers, test runners and debuggers, and scripts named for a build
 * (`build.sh`, `build-deb`).
 */
const BUILD_TOOLS =
  /^(?:mvn|mvnw|gradle|gradlew|sbt|ant|lein|make|gmake|cmake|ninja|bazel|bazelisk|go|cargo|rustc|rustup|gcc|g\+\+|cc|c\+\+|clang|clang\+\+|javac|kotlinc|scalac|tsc|protoc|rpmbuild|dpkg-buildpackage|debuild|mix|rebar3|stack|cabal|dotnet|swift|zig|pytest|dlv|gdb|build(?:[-_.].*)?)$/;

/** Arguments that run an application through its build tool (`go run`, `mvn spring-boot:run`, `dotnet app.dll`). */
const RUNS_AN_APP = /^(?:run|bootRun|quarkusDev)$|:(?:run|dev)$|\.dll$/;

/** A build tool or compiler as the command (`mvn`, `gradle build`, `go version`), not running an app. */
function isBuildTool([program, ...args]: readonly string[]): boolean {
  return program !== undefined && BUILD_TOOLS.test(fileName(program)) && !args.some((a) => RUNS_AN_APP.test(a));
}

/**
 * CI runners and agents, and Docker-in-Docker daemons (the CI images of AWS CodeBuild, Jenkins
 * and Kubernetes' test-infra start one): the jobs they run build with what the image ships.
 */
const CI_RUNNERS = /^(?:dockerd|dockerd-entrypoint\.sh|dind|jenkins-agent|jenkins-slave|run-jnlp-client|gitlab-runner|buildkite-agent|runner(?:\.sh)?)$/;

function isCiRunner([program]: readonly string[]): boolean {
  return program !== undefined && CI_RUNNERS.test(fileName(program));
}

/**
 * Notebook and editor servers (`jupyter lab`, `jupyter notebook`, JupyterHub, code-server): a
 * REPL served over HTTP, where users compile and install what they work on.
 */
const NOTEBOOKS = /^(?:jupyter|jupyter-lab|jupyter-notebook|jupyterhub|start-notebook\.sh|code-server)$/;

function isNotebook([program]: readonly string[]): boolean {
  return program !== undefined && NOTEBOOKS.test(fileName(program));
}

/**
 * Whether the image starts a development or CI environment rather than a service or an
 * application: a shell or interpreter prompt, a REPL or notebook, a build tool, compiler, test
 * runner or debugger, a CI runner, or a keep-alive (`tail -f /dev/null`, `sleep infinity`) for
 * `docker exec`. Such images are toolboxes, SDKs, development and CI images.
 */
export function isDevelopmentCommand(words: readonly string[]): boolean {
  return isInterpreterStart(words) || isLauncherRepl(words) || isNotebook(words) || isBuildTool(words) || isKeepAlive(words) || isCiRunner(words);
}

/** Whether the command runs a Windows program (`app.exe`, `cmd /C`, `powershell`, a `.cmd` or `.bat` script). */
export function isWindowsCommand([program]: readonly string[]): boolean {
  if (program === undefined) return false;
  const name = fileName(program).toLowerCase();
  return /\.(?:exe|cmd|bat)$/.test(name) || name === 'cmd' || name === 'powershell';
}

/**
 * Programs that must start as root to do their job: an init system or cron (they start other
 * processes as their users), sshd (it switches to the user who logs in), the Docker daemon and
 * the kubelet, VPN daemons that set up network interfaces, and kernel tracing tools.
 */
const ROOT_BY_DESIGN =
  /^(?:init|systemd|crond?|sshd|dockerd|kubelet|kube-proxy|openvpn|ovpn_run|pptpd|wg-quick|ipsec|charon|bpftrace|perf)$/;

/** Whether the command is a program that has to run as root (see `ROOT_BY_DESIGN`). */
export function needsRoot([program]: readonly string[]): boolean {
  return program !== undefined && ROOT_BY_DESIGN.test(fileName(program));
}

/**
 * Whether an image (a stage and its `FROM <stage>` ancestors, nearest first) is a toolbox: it
 * starts nothing of its own (a base, SDK or development image) or starts a development or CI
 * environment (see `isDevelopmentCommand`). Its users build and install inside it.
 */
export function isToolboxImage(lineage: readonly Stage[]): boolean {
  const start = startCommand(lineage);
  return start === undefined || isDevelopmentCommand(effectiveCommand(start));
}

/** Whether an image (a stage and its ancestors, nearest first) starts a development or CI environment. */
export function startsDevelopmentEnvironment(lineage: readonly Stage[]): boolean {
  const start = startCommand(lineage);
  return start !== undefined && isDevelopmentCommand(effectiveCommand(start));
}
