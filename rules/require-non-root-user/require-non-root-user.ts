import { defineRule } from '../../src/engine/define-rule.js';
import { isWindowsImage, knownToSetUser } from '../../src/rule-kit/base-images.js';
import { baseImageOf, stageLineage } from '../../src/rule-kit/stages.js';
import { effectiveCommand, isDevelopmentCommand, isUsageCommand, isWindowsCommand, needsRoot, startCommand, startsWithEntrypointScript } from '../../src/rule-kit/start-command.js';
import { createsUser, effectiveUser, stepsDownAtStart } from '../../src/rule-kit/users.js';

export default defineRule({
  code: 'DF5001',
  name: 'require-non-root-user',
  aliases: [],
  severity: 'warning',
  category: 'security',
  fixable: false,
  docs: {
    summary: 'The final image should switch to a non-root user',
    why:
      'Without a `USER` instruction a container runs as the base image\'s user, which for almost ' +
      'every distribution and language image is root. A compromised process then owns the whole ' +
      'container file system and is one kernel or runtime flaw away from the host. Create an ' +
      'unprivileged user (or pick a numeric UID) and end the final stage with `USER`.',
    bad: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]',
    good: 'FROM node:22-slim\nWORKDIR /app\nCOPY --chown=node:node . .\nUSER node\nCMD ["node", "server.js"]',
    differences:
      'hadolint has no such rule: its DL3002 only looks at USER instructions that exist, so a file ' +
      'with no USER passes (hadolint #328, #359, #648). dflint follows `FROM <stage>` chains, so a ' +
      'USER set in a parent stage counts, and a USER whose value is a variable counts as set. When ' +
      'the last USER is root, DL3002 reports it instead. What the image starts is read the way the ' +
      'builder sets it (an ENTRYPOINT clears an inherited CMD; `ENTRYPOINT []` removes the ' +
      'entrypoint), looking through init wrappers (`tini --`, `dumb-init`) and entrypoint scripts ' +
      'given a command (`docker-entrypoint.sh node`). Deliberately not reported: images whose ' +
      'Dockerfile sets no CMD or ENTRYPOINT (base images: a non-root USER there would break the ' +
      '`RUN` steps of the images built on them); REPL, SDK, development and CI images, whose ' +
      'command is a shell or interpreter prompt (`bash`, `bash -i -c ...`, `python3`, `php -a`, ' +
      '`node`, `perl -de0`, `jshell`, `ghci`, `iex`), a REPL through its launcher (`clojure -M ' +
      '--repl`, `lein repl`, `sbt console`), a notebook or editor server (`jupyter lab`, ' +
      '`jupyter notebook`, JupyterHub, code-server), a build tool, compiler, test runner or debugger (`mvn`, ' +
      '`gradle`, `sbt`, `go`, `cargo`, `make`, `gcc`, `javac`, `dotnet`, `rpmbuild`, `pytest`, ' +
      '`dlv`, a `build*` script; not when it runs the app: `go run`, `mvn spring-boot:run`, ' +
      '`dotnet app.dll`), a keep-alive for `docker exec` (`tail -f /dev/null`, `sleep infinity`), ' +
      'or a CI runner (`dockerd-entrypoint.sh`, `jenkins-agent`, `gitlab-runner`...); command-line ' +
      'tool images whose command only prints help or version (`kubectl --help`); programs that must ' +
      'start as root (an init system such as systemd or s6\'s `/init`, cron, sshd, dockerd, the ' +
      'kubelet and kube-proxy, VPN daemons such as openvpn, pptpd, wg-quick and ipsec, and kernel ' +
      'tracing tools such as bpftrace and perf); `scratch` images ' +
      '(a lone binary with no shell or tools for root to use, though `USER 65532` is still a good ' +
      'idea); Windows images (a different user model: a Windows base image, or an `.exe`, `cmd` or ' +
      '`powershell` command); base images given by an unresolved variable; base images known to ' +
      'run as non-root, from the table in src/rule-kit/base-image-users.ts (distroless and other ' +
      '`nonroot` tags, .NET `-chiseled` and `-distroless` tags, Chainguard, Bitnami application ' +
      'images, `*-unprivileged`, Jupyter, Jenkins, Red Hat UBI language runtimes, Dev Container ' +
      'images whose user comes from `devcontainer.json`, and official images such as postgres or ' +
      'redis whose entrypoint steps down with gosu), found through `FROM <stage>` chains and ARG ' +
      'values; and images that install or run a step-down tool (`gosu`, `su-exec`, `setpriv`...) ' +
      'to switch user when they start, or that create a user (`useradd`, `adduser`) and start ' +
      'through an entrypoint script, which is then the only thing that can use it (the official ' +
      'images step down to it with gosu, su-exec or setpriv). Otherwise, servers that start as ' +
      'root and hand their workers to another user themselves (nginx, Apache httpd, php-fpm) are ' +
      'still reported: their master process runs as root.',
    references: [
      'https://docs.docker.com/build/building/best-practices/#user',
      'https://github.com/hadolint/hadolint/issues/328',
    ],
  },
  create(context) {
    return {
      'file:exit'() {
        const final = context.model.target;
        if (!final || effectiveUser(context.model, final)) return;
        const base = baseImageOf(final);
        if (!base.isResolved || base.isScratch || isWindowsImage(base) || knownToSetUser(base)) return;
        const lineage = stageLineage(final);
        const start = startCommand(lineage);
        if (!start || stepsDownAtStart(lineage)) return;
        // A user created for an entrypoint script to step down to, as the official images do.
        if (startsWithEntrypointScript(start) && createsUser(lineage)) return;
        const command = effectiveCommand(start);
        if (isDevelopmentCommand(command) || isUsageCommand(command) || isWindowsCommand(command) || needsRoot(command)) return;
        context.report({
          range: final.image.range,
          message: 'No `USER` is set for the final image, so it runs as the base image\'s user (usually root): add `USER <non-root user>` after the steps that need root',
        });
      },
    };
  },
});
