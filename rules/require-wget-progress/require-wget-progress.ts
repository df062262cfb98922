import { defineRule } from '../../src/engine/define-rule.js';
import type { ShellCommand } from '../../src/model/shell/types.js';
import type { Fix } from '../../src/engine/types.js';
import type { ImageRef, Instruction, Model } from '../../src/model/types.js';
import { hasFlag } from '../../src/rule-kit/commands.js';
import { insertArgumentAfter } from '../../src/rule-kit/fixes.js';
import { hasBusyboxShell } from '../../src/rule-kit/pipefail.js';
import { programsNamed } from '../../src/rule-kit/programs.js';
import { baseImageOf } from '../../src/rule-kit/stages.js';

/** Options that choose the progress display, or silence or divert wget's log. */
const QUIET_FLAGS = ['--progress', '-q', '--quiet', '--no-verbose', '-o', '--output-file', '-a', '--append-output'];

/** wget logs to standard error; sending it elsewhere (`2>/dev/null`, `&>log`) silences it too. */
function divertsStandardError(command: ShellCommand): boolean {
  return command.redirects.some((r) => (r.fd === 2 && r.operator.includes('>')) || r.operator.startsWith('&>'));
}

function isQuiet(command: ShellCommand): boolean {
  // `-nv` is one option, not `-n -v`.
  return hasFlag(command, ...QUIET_FLAGS) || command.args.some((w) => w.value === '-nv') || divertsStandardError(command);
}

const PROGRESS = '--progress=dot:giga';

/** Images whose `wget` may be BusyBox's: Alpine or BusyBox in the name or tag (`easypi/alpine-arm`, `node:22-alpine`). */
function mayHaveBusyboxWget(image: ImageRef): boolean {
  return hasBusyboxShell(image) || /alpine|busybox/i.test(`${image.repository}:${image.tag ?? ''}`);
}

/**
 * Images whose `wget`, when there is one, is GNU wget: the glibc distributions, and the official
 * language images, built on Debian unless tagged otherwise (matched on the name's last part,
 * alone or before a `-`: `multiarch/debian-debootstrap`).
 */
const GNU_USERLAND = /^(?:debian|ubuntu|centos|fedora|rhel|ubi\d*|rockylinux|almalinux|amazonlinux|oraclelinux|opensuse|leap|archlinux|buildpack-deps|python|node|golang|ruby|openjdk|eclipse-temurin|amazoncorretto|php|perl|rust|gcc|maven|gradle)(?:$|-)/;

/** Tags that name a glibc distribution or release: `cuda:12.4-devel-ubuntu22.04`, `base:20-buster`, `jdk-ubi9`. */
const GNU_TAG = /(?:^|[-_.])(?:ubuntu|debian|buster|bullseye|bookworm|trixie|stretch|bionic|focal|jammy|noble|ubi\d*|centos|rockylinux|fedora)/;

function hasGnuWget(image: ImageRef): boolean {
  if (!image.isResolved) return false;
  return GNU_USERLAND.test(image.repository.split('/').pop() ?? '') || GNU_TAG.test(image.tag ?? '');
}

/**
 * The fix that inserts `--progress=dot:giga`: none where wget may be BusyBox's, which rejects the
 * option, or inside the `sh -c` string of an exec-form RUN; safe on a base image known to ship GNU
 * tools, unsafe on any other. An ONBUILD trigger runs in an image built on this one, so on the
 * same base image.
 */
function progressFix(model: Model, run: Instruction, command: ShellCommand): Fix | undefined {
  if (run.form === 'exec' && command.order > 0) return undefined;
  const stage = model.stageOf(run.onbuild ?? run);
  const image = stage && baseImageOf(stage);
  if (image && mayHaveBusyboxWget(image)) return undefined;
  const safety = image && hasGnuWget(image) ? 'safe' : 'unsafe';
  return { description: `Insert \`${PROGRESS}\` after \`wget\``, safety, edits: [insertArgumentAfter(run, command.nameWord, PROGRESS)] };
}

export default defineRule({
  code: 'DL3047',
  name: 'require-wget-progress',
  aliases: [],
  severity: 'info',
  category: 'maintainability',
  fixable: 'unsafe',
  onbuild: true,
  docs: {
    summary: 'Give `wget` a progress option (`--progress=dot:giga`, `-nv` or `-q`)',
    why:
      'Without a terminal, wget prints a progress line for every few kilobytes it downloads: a large ' +
      'file floods the build log with thousands of lines. `--progress=dot:giga` keeps a short ' +
      'progress report, `-nv` prints one line per file and `-q` nothing.',
    bad: 'FROM debian:12\nRUN wget https://example.com/app.tar.gz',
    good: 'FROM debian:12\nRUN wget --progress=dot:giga https://example.com/app.tar.gz',
    fixed: 'FROM debian:12\nRUN wget --progress=dot:giga https://example.com/app.tar.gz',
    fixSafety:
      'The fix inserts `--progress=dot:giga` after `wget`. It is safe where wget is GNU wget: ' +
      'only the build log changes, the downloaded files are the same. BusyBox wget, the `wget` of ' +
      'Alpine and BusyBox images, rejects the option and the build would fail, so no fix is ' +
      'offered in a stage built on an image with `alpine` or `busybox` in its name or tag. The ' +
      'fix is safe on the glibc distributions (Debian, Ubuntu, Fedora, CentOS, UBI...) and the ' +
      'official language images built on Debian (`python`, `node`, `golang`...), or an image whose ' +
      'tag names such a distribution (`-ubuntu22.04`, `-bookworm`, `-ubi9`), and unsafe on ' +
      'any other base image, which may be built on Alpine. No fix inside the `sh -c` string of ' +
      'an exec-form RUN.',
    references: ['https://github.com/hadolint/hadolint/wiki/DL3047'],
    differences:
      'hadolint also accepts `-q`, `-nv`, `-o` and `-a`, as dflint does; dflint in addition accepts ' +
      'a wget whose standard error is redirected (`wget URL 2>/dev/null`, `&> log`), since the ' +
      'progress lines go there, and looks through `sudo`/`xargs` wrappers.',
  },
  create(context) {
    return {
      RUN(run) {
        for (const command of programsNamed(run, 'wget')) {
          if (isQuiet(command)) continue;
          const fix = progressFix(context.model, run, command);
          context.report({
            range: command.nameWord.range,
            message: 'Add `--progress=dot:giga` (or `-nv`, `-q`) to `wget`: its default progress output floods the build log',
            ...(fix && { fix }),
          });
        }
      },
    };
  },
});
