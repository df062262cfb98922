import { defineRule } from '../../src/engine/define-rule.js';
import type { ShellCommand } from '../../src/model/shell/types.js';
import type { Instruction, Model, Stage } from '../../src/model/types.js';
import { commandsOf } from '../../src/rule-kit/commands.js';
import { invokedCommand } from '../../src/rule-kit/invocations.js';
import { indexNotLeftStale } from '../../src/rule-kit/package-index.js';
import { mayUseIndexOf, packageCommandOf, packageCommands, type PackageCommand, type PackageFamily } from '../../src/rule-kit/package-managers.js';
import { perObject } from '../../src/rule-kit/per-model.js';
import { pipCommandOf } from '../../src/rule-kit/pip.js';
import { stageLineage } from '../../src/rule-kit/stages.js';
import { startsDevelopmentEnvironment } from '../../src/rule-kit/start-command.js';

/**
 * Programs that neither read a system package index nor run code that could: shell builtins,
 * file and text tools, downloaders, user and locale setup, and other ecosystems' installers
 * (pip, recognised on its own, is one too).
 * A command outside this list (a script, `make`, `sh -c`) might install packages itself.
 */
const INDEX_FREE_PROGRAMS = new Set([
  ':', 'true', 'false', 'echo', 'printf', 'set', 'export', 'unset', 'cd', 'pwd', 'exit', 'test', '[',
  'sleep', 'date', 'id', 'whoami', 'uname', 'which', 'type', 'hash', 'printenv', 'lsb_release',
  'mkdir', 'rm', 'rmdir', 'ln', 'cp', 'mv', 'chmod', 'chown', 'chgrp', 'touch', 'install', 'mktemp',
  'cat', 'tee', 'sed', 'awk', 'gawk', 'grep', 'egrep', 'fgrep', 'head', 'tail', 'sort', 'uniq', 'cut',
  'tr', 'wc', 'ls', 'find', 'stat', 'readlink', 'realpath', 'dirname', 'basename', 'diff',
  'tar', 'gzip', 'gunzip', 'zcat', 'unzip', 'xz', 'bzip2', 'curl', 'wget',
  'sha1sum', 'sha256sum', 'sha512sum', 'md5sum', 'base64', 'gpg', 'gpg2', 'gpgconf', 'apt-key', 'apt-mark',
  'add-apt-repository', 'update-ca-certificates', 'update-alternatives', 'dpkg', 'dpkg-divert',
  'dpkg-reconfigure', 'debconf-set-selections', 'ldconfig', 'locale-gen', 'localedef', 'update-locale',
  'useradd', 'groupadd', 'adduser', 'addgroup', 'usermod', 'userdel', 'chpasswd', 'passwd',
  'npm', 'yarn', 'pnpm', 'gem', 'bundle', 'composer', 'cargo', 'go',
]);

/** Whether a command after the refresh reads the family's index, or could (an unknown program). */
function mayUseIndex(command: ShellCommand, family: PackageFamily): boolean {
  if (mayUseIndexOf(command, family)) return true;
  if (packageCommandOf(command) || pipCommandOf(command)) return false;
  const program = invokedCommand(command).basename;
  return !INDEX_FREE_PROGRAMS.has(program);
}

/**
 * For each RUN of a stage, the command of the first later RUN that uses the family's index, to
 * point the user at it: one backward pass per stage and family, looked up by every refresh.
 */
function laterUsers(stage: Stage, family: PackageFamily): Map<Instruction, PackageCommand | undefined> {
  const users = new Map<Instruction, PackageCommand | undefined>();
  let next: PackageCommand | undefined;
  for (let i = stage.instructions.length - 1; i >= 0; i--) {
    const run = stage.instructions[i]!;
    if (run.kind !== 'RUN') continue;
    users.set(run, next);
    const commands = packageCommands(run).filter((c) => c.family === family);
    const user = commands.find((c) => c.mayUseIndex);
    if (!user) continue;
    // A RUN that refreshes before it installs reads its own index, and so does every RUN after it.
    const refreshedFirst = commands.some((c) => c.refreshesIndex && c.command.order < user.command.order);
    next = refreshedFirst ? undefined : user;
  }
  return users;
}

/**
 * The image a stage ends up in: the final image when its layers ship (it is the target or one
 * the target is built on), else the stage itself with its ancestors.
 */
function imageOf(model: Model, stage: Stage): Stage[] {
  const target = model.target;
  return target && model.shipped(stage).kind === 'layers' ? stageLineage(target) : stageLineage(stage);
}

export default defineRule({
  code: 'DF4001',
  name: 'no-update-without-install',
  aliases: [],
  severity: 'warning',
  category: 'correctness',
  fixable: false,
  onbuild: true,
  docs: {
    summary: 'Refresh the package index in the same RUN that installs',
    why:
      'A RUN that only refreshes the package index (`apt-get update`, `apk update`, ' +
      '`dnf makecache`, `zypper refresh`) stores the index in its own layer. The build cache keeps ' +
      'that layer for as long as the instruction text is unchanged, so a later `apt-get install` ' +
      'works from an index that can be weeks old: it installs outdated packages or fails when the ' +
      'mirror has dropped them. The index also adds megabytes to the image. Refresh and install ' +
      'in one RUN: `apt-get update && apt-get install -y ...`.',
    bad: 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*',
    good: 'FROM debian:12\nRUN apt-get update \\\n    && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*',
    references: ['https://docs.docker.com/build/building/best-practices/#apt-get'],
    differences:
      'hadolint has no such rule. Upgrading (`apt-get upgrade`, `dist-upgrade`, `apk upgrade`) and ' +
      'querying the index (`apt-cache`, `apk search`) count as using it. When a later command of ' +
      'the same RUN is a program dflint does not know (`./install.sh`, `make`, `sh -c ...`), it ' +
      'might install packages itself, so nothing is reported. Nor is a RUN that refreshes, checks ' +
      'and cleans up, leaving no index behind: one that deletes the index after the refresh ' +
      '(`rm -rf /var/lib/apt/lists/*`, `apt-get distclean`, `dnf clean all` or `clean metadata`, ' +
      '`zypper clean -a`, `rm -rf /var/cache/apk/*`). A cache mount on the index counts for apk, ' +
      'the rpm tools and zypper, which download an expired index again by themselves, but not for ' +
      'apt, which reads the lists a later RUN finds in the mount however old they are. A refresh ' +
      'that no later instruction installs with is not reported in a development or CI image (its ' +
      'CMD or ENTRYPOINT starts a shell, REPL, build tool or CI runner such as ' +
      '`dockerd-entrypoint.sh`): such images keep a fresh index for the packages their users ' +
      'install in the container.',
  },
  create(context) {
    const laterUsersByStage = perObject((_stage: Stage) => new Map<PackageFamily, ReadonlyMap<Instruction, PackageCommand | undefined>>());
    const laterUser = (stage: Stage, run: Instruction, family: PackageFamily) => {
      const byFamily = laterUsersByStage(stage);
      const users = byFamily.get(family) ?? laterUsers(stage, family);
      byFamily.set(family, users);
      return users.get(run);
    };
    const startsDevelopment = perObject((stage: Stage) => startsDevelopmentEnvironment(imageOf(context.model, stage)));
    return {
      RUN(run) {
        if (run.shell?.hasErrors) return;
        const commands = commandsOf(run);
        const refreshes = packageCommands(run).filter((c) => c.refreshesIndex);
        for (const refresh of refreshes) {
          // Of several refreshes of one index (`apt-get update || apt-get update`), the last one decides.
          const later = refreshes.some((r) => r.family === refresh.family && r.command.order > refresh.command.order);
          if (later) continue;
          const used = commands.some((c) => c.order > refresh.command.order && mayUseIndex(c, refresh.family));
          if (used) continue;
          // Refresh, check, clean: nothing stale stays behind for a later install to read.
          if (indexNotLeftStale(context.model, run, refresh.family, refresh.command.order)) continue;
          const stage = context.model.stageOf(run.onbuild ?? run);
          const user = run.onbuild || !stage ? undefined : laterUser(stage, run, refresh.family);
          // With no install after it, a development or CI image keeps a fresh index on purpose:
          // its users install packages in the container (AWS CodeBuild's images).
          if (!user && !run.onbuild && stage && startsDevelopment(stage)) continue;
          const written = `${refresh.tool} ${refresh.action}`;
          const advice = user
            ? `run it in the same RUN as \`${[user.tool, user.action].filter(Boolean).join(' ')}\` on line ${user.command.range.start.line + 1}`
            : 'run it in the RUN that installs, or drop it';
          const message = `\`${written}\` installs nothing in this RUN: the build cache keeps this step, so later installs read a stale index; ${advice}`;
          context.report({ range: { start: refresh.command.nameWord.range.start, end: refresh.subcommand!.range.end }, message });
        }
      },
    };
  },
});
