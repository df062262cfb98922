import { defineRule } from '../../src/engine/define-rule.js';
import type { Model, Stage } from '../../src/model/types.js';
import { stageSources } from '../../src/rule-kit/stages.js';
import { isToolboxImage } from '../../src/rule-kit/start-command.js';
import { compileCommands, hasBuildStep, installsKernelBuildPackages, keptToolchainPackages, type ToolchainUse } from '../../src/rule-kit/toolchains.js';

/** At most this many findings are named in the message. */
const NAMED = 3;

/** The final stage takes files from a builder when it builds on, or copies from, another stage. */
function hasBuilderStage(model: Model, stage: Stage): boolean {
  return stageSources(model, stage).size > 0;
}

/**
 * The build tooling a stage keeps, when it builds with it: compile commands, or compiler and
 * build tool packages next to a build step. An image that only provides a toolchain (a CI, SDK or
 * development image) is meant to ship it, and headers alone are often runtime needs.
 */
function toolchainUses(stage: Stage): ToolchainUse[] {
  const runs = stage.instructions.filter((i) => i.kind === 'RUN');
  const uses = runs.flatMap((run) => [...keptToolchainPackages(run), ...compileCommands(run)]);
  const builds = uses.some((u) => u.kind === 'compile') || (uses.some((u) => u.kind === 'tool') && runs.some(hasBuildStep));
  if (!builds) return [];
  return uses.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function listed(uses: readonly ToolchainUse[]): string {
  const labels = [...new Set(uses.map((u) => u.label))];
  const shown = labels.slice(0, NAMED).map((l) => `\`${l}\``).join(', ');
  return labels.length > NAMED ? `${shown} and ${labels.length - NAMED} more` : shown;
}

/**
 * A stage that runs nothing of its own (no CMD or ENTRYPOINT, or a CMD that only starts a shell or
 * interpreter prompt) is a development, CI or SDK image: shipping the toolchain is its purpose.
 * So is one that builds against the host's kernel when it starts (kernel modules, eBPF tools).
 */
function isToolchainImage(stage: Stage): boolean {
  if (isToolboxImage([stage])) return true;
  return stage.instructions.some((i) => i.kind === 'RUN' && installsKernelBuildPackages(i));
}

export default defineRule({
  code: 'DF2001',
  name: 'prefer-multi-stage',
  aliases: [],
  severity: 'info',
  category: 'performance',
  fixable: false,
  docs: {
    summary: 'Build in a separate stage instead of shipping compilers and build tools in the final image',
    why:
      'Compilers, headers, SDKs and build caches are needed to build, not to run. Left in the final ' +
      'image they make it larger, slower to pull and scan, and widen the attack surface. A multi-stage ' +
      'build compiles in a builder stage and copies only the result into a small runtime stage.',
    bad:
      'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /usr/local/bin/app .\nCMD ["app"]',
    good:
      'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\n' +
      'FROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app\nCMD ["/app"]',
    references: ['https://docs.docker.com/build/building/multi-stage/'],
    differences:
      'No hadolint or BuildKit equivalent. Only the final stage (the target: `--target`, else the last stage) is checked, and only when it neither ' +
      'builds on nor copies from another stage and runs something of its own. A stage with no CMD or ' +
      'ENTRYPOINT is taken for a CI, SDK or development image whose purpose is to ship the toolchain, ' +
      'and so is one whose command (ENTRYPOINT and CMD as the builder combines them, looking through ' +
      '`tini --` and entrypoint scripts given a command; `ENTRYPOINT []` removes the entrypoint) is a ' +
      'shell or interpreter prompt (`bash`, `bash -l`, `bash -i -c ...`, `ghci`, `python3`), a REPL, ' +
      'a notebook or editor server (`jupyter lab`, `jupyter notebook`, JupyterHub, code-server), ' +
      'a build tool, compiler, test runner or debugger (`mvn`, `make`, `dlv exec ...`), a keep-alive ' +
      '(`tail -f /dev/null`, `sleep infinity`) or a CI runner (`dockerd-entrypoint.sh`, ' +
      '`jenkins-agent`, `run-jnlp-client`, `gitlab-runner`...). An app, a server or a command-line ' +
      'tool (even one whose CMD is `--help`) is checked, unless it installs what building against ' +
      'the host\'s kernel needs (`linux-headers-*`, `kernel-devel`, `dkms`, `libelf-dev`, ' +
      '`libbpf-dev`): such images build kernel modules or eBPF programs when they start. ' +
      'It is reported once, at the first word found, when the stage compiles (`go build`, ' +
      '`cargo build`, `mvn package`, `gradle build`, `npm run build`, `dotnet publish`, `gcc`...) or ' +
      'keeps a compiler or build tool package (build-essential, gcc, make, cmake, Go, Rust, Maven, ' +
      'Gradle, a JDK...) and builds with it (`make`, `./configure`, `pip install`, `npm ci`...). ' +
      '`*-dev`/`*-devel` headers are named in the message but never reported on their own (libraries ' +
      'such as `libpq-dev` are often runtime needs). Packages removed again in the same RUN (by name, ' +
      'by their `apk add --virtual` name, or by `apt-mark auto` plus `apt-get purge --auto-remove`), ' +
      'and commands followed by a package removal in their RUN, do not count: that is how the ' +
      'official images build from source. Packages and commands given through variables are not seen.',
  },
  create(context) {
    return {
      'stage:exit'(stage) {
        if (stage !== context.model.target || hasBuilderStage(context.model, stage) || isToolchainImage(stage)) return;
        const uses = toolchainUses(stage);
        const first = uses[0];
        if (!first) return;
        context.report({
          range: first.range,
          message: `The final image ships build tools (${listed(uses)}); build in a separate stage and \`COPY --from\` only the result`,
        });
      },
    };
  },
});
