import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-apt-lists-cleanup.js';

const message = 'Delete the apt lists after installing: end this RUN with `rm -rf /var/lib/apt/lists/*`';
/** A one-line RUN (the last line of `code`) with the cleanup appended, as the fix writes it. */
const appended = (code: string) => `${code} && rm -rf /var/lib/apt/lists/*`;

testRule(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists',
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -r /var/lib/apt/lists/',
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt',
    'FROM debian:12\nRUN apt update && apt install -y curl && rm -rf /var/lib/apt/lists/* /var/cache/apt/*',
    'FROM debian:12\nRUN aptitude update && aptitude install -y curl && rm -rf /var/lib/apt/lists/*',
    'FROM debian:12\nRUN apt-get install -y curl',
    'FROM debian:12\nRUN echo apt-get update',
    { name: 'brace expansion', code: 'FROM debian:12\nRUN apt-get update && apt-get install -y x && rm -rf /var/lib/{apt,dpkg}/' },
    { name: 'find -delete', code: 'FROM debian:12\nRUN apt-get update && apt-get install -y x && find /var/lib/apt/lists -type f -delete' },
    { name: 'apt-get dist-clean (apt >= 2.7)', code: 'FROM debian:13\nRUN set -eux; apt-get update; apt-get install -y x; apt-get dist-clean' },
    { name: 'path from an ENV', code: 'FROM debian:12\nENV LISTS=/var/lib/apt/lists\nRUN apt-get update && apt-get install -y x && rm -rf "${LISTS}"/*' },
    { name: 'path partly known', code: 'FROM debian:12\nRUN apt-get update && apt-get install -y x && rm -rf /var/lib/apt/$WHAT' },
    { name: 'cache mount on the lists', code: 'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y x' },
    {
      name: 'cache mounts on /var/lib/apt and /var/cache/apt',
      code: 'FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\\n    --mount=type=cache,target=/var/lib/apt,sharing=locked \\\n    apt-get update && apt-get install -y x',
    },
    { name: 'tmpfs mount on the lists', code: 'FROM debian:12\nRUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install -y x' },
    {
      name: 'a builder stage that is only copied from',
      code: 'FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12\nCOPY --from=build /out /out',
    },
    {
      name: 'a stage built on by a stage that is only copied from',
      code: 'FROM debian:12 AS base\nRUN apt-get update && apt-get install -y gcc\nFROM base AS build\nRUN make\nFROM scratch\nCOPY --from=build /out /out',
    },
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN apt-get update' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl',
      errors: [{ line: 2, column: 13, endLine: 2, endColumn: 19, message }],
      output: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
    },
    {
      name: 'update alone',
      code: 'FROM debian:12\nRUN apt-get update',
      errors: [{ line: 2, column: 13 }],
      output: appended('FROM debian:12\nRUN apt-get update'),
    },
    {
      name: 'apt',
      code: 'FROM debian:12\nRUN apt update && apt install -y curl',
      errors: [{ line: 2, column: 9 }],
      output: appended('FROM debian:12\nRUN apt update && apt install -y curl'),
    },
    {
      name: 'aptitude',
      code: 'FROM debian:12\nRUN aptitude update && aptitude install -y curl',
      errors: [{ line: 2, column: 14 }],
      output: appended('FROM debian:12\nRUN aptitude update && aptitude install -y curl'),
    },
    {
      name: 'rm -rf of something else',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y x && rm -rf /tmp/x',
      errors: [{ line: 2, column: 13 }],
      output: appended('FROM debian:12\nRUN apt-get update && apt-get install -y x && rm -rf /tmp/x'),
    },
    {
      name: 'only the partial folder',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y x && rm -rf /var/lib/apt/lists/partial',
      errors: [{ line: 2, column: 13 }],
      output: appended('FROM debian:12\nRUN apt-get update && apt-get install -y x && rm -rf /var/lib/apt/lists/partial'),
    },
    {
      name: 'a misspelt path',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y x && rm -rf /var/lib/apt/list/*',
      errors: [{ line: 2, column: 13 }],
      output: appended('FROM debian:12\nRUN apt-get update && apt-get install -y x && rm -rf /var/lib/apt/list/*'),
    },
    {
      name: 'the apt cache, not the lists',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y x && rm -rf /var/cache/apt/*',
      errors: [{ line: 2, column: 13 }],
      output: appended('FROM debian:12\nRUN apt-get update && apt-get install -y x && rm -rf /var/cache/apt/*'),
    },
    {
      name: 'apt-get clean keeps the lists',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y x && apt-get clean',
      errors: [{ line: 2, column: 13 }],
      output: appended('FROM debian:12\nRUN apt-get update && apt-get install -y x && apt-get clean'),
    },
    {
      name: 'a path unknown from its start',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y x && rm -rf "$TMPDIR"',
      errors: [{ line: 2, column: 13 }],
      output: appended('FROM debian:12\nRUN apt-get update && apt-get install -y x && rm -rf "$TMPDIR"'),
    },
    {
      name: 'cleanup before the update',
      code: 'FROM debian:12\nRUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y x',
      errors: [{ line: 2, column: 44 }],
      output: appended('FROM debian:12\nRUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y x'),
    },
    {
      name: 'the last update is not cleaned up',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y gnupg && rm -rf /var/lib/apt/lists/* \\\n    && apt-get update && apt-get install -y x',
      errors: [{ line: 3, column: 16 }],
      output: 'FROM debian:12\nRUN apt-get update && apt-get install -y gnupg && rm -rf /var/lib/apt/lists/* \\\n    && apt-get update && apt-get install -y x \\\n    && rm -rf /var/lib/apt/lists/*',
    },
    {
      name: 'a cache mount on something else',
      code: 'FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y x',
      errors: [{ line: 2, column: 54 }],
      output: appended('FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y x'),
    },
    {
      name: 'packages in a variable',
      code: 'FROM debian:12\nARG PKGS\nRUN apt-get update && apt-get install -y $PKGS',
      errors: [{ line: 3, column: 13 }],
      output: appended('FROM debian:12\nARG PKGS\nRUN apt-get update && apt-get install -y $PKGS'),
    },
    { name: 'no fix: through sudo', code: 'FROM debian:12\nRUN sudo apt-get update && sudo apt-get install -y x', errors: [{ line: 2, column: 18 }] },
    {
      name: 'a stage the last stage is built on',
      code: 'FROM debian:12 AS base\nRUN apt-get update && apt-get install -y x\nFROM base\nCMD ["x"]',
      errors: [{ line: 2, column: 13 }],
      output: 'FROM debian:12 AS base\nRUN apt-get update && apt-get install -y x && rm -rf /var/lib/apt/lists/*\nFROM base\nCMD ["x"]',
    },
    {
      name: 'a stage the last one is built on, named through an ARG',
      code: 'ARG VARIANT=base\nFROM debian:12 AS base\nRUN apt-get update && apt-get install -y x\nFROM ${VARIANT}\nCMD ["x"]',
      errors: [{ line: 3, column: 13 }],
      output: 'ARG VARIANT=base\nFROM debian:12 AS base\nRUN apt-get update && apt-get install -y x && rm -rf /var/lib/apt/lists/*\nFROM ${VARIANT}\nCMD ["x"]',
    },
    { name: 'no fix: exec form', code: 'FROM debian:12\nRUN ["apt-get", "update"]', errors: [{ line: 2, column: 17, endColumn: 25 }] },
    {
      name: 'heredoc without set -e: the cleanup joins the last command',
      code: 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y x\n# done\nEOF',
      errors: [{ line: 3, column: 9 }],
      output: 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y x && rm -rf /var/lib/apt/lists/*\n# done\nEOF',
    },
    {
      name: 'heredoc with set -e: the cleanup on a line of its own',
      code: 'FROM debian:12\nRUN <<EOF\nset -eux\napt-get update\napt-get install -y x\nEOF',
      errors: [{ line: 4, column: 9 }],
      output: 'FROM debian:12\nRUN <<EOF\nset -eux\napt-get update\napt-get install -y x\nrm -rf /var/lib/apt/lists/*\nEOF',
    },
    {
      name: 'tab-stripped heredoc keeps its indentation',
      code: 'FROM debian:12\nRUN <<-EOF\n\tset -e\n\tapt-get update\n\tapt-get install -y x\n\tEOF',
      errors: [{ line: 4, column: 10 }],
      output: 'FROM debian:12\nRUN <<-EOF\n\tset -e\n\tapt-get update\n\tapt-get install -y x\n\trm -rf /var/lib/apt/lists/*\n\tEOF',
    },
    {
      name: 'leading && on continued lines',
      code: 'FROM debian:12\nRUN apt-get update \\\n    # comment line\n    && apt-get install -y \\\n        curl \\\n        wget',
      errors: [{ line: 2, column: 13 }],
      output: 'FROM debian:12\nRUN apt-get update \\\n    # comment line\n    && apt-get install -y \\\n        curl \\\n        wget \\\n    && rm -rf /var/lib/apt/lists/*',
    },
    {
      name: 'trailing && on continued lines',
      code: 'FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y \\\n        curl',
      errors: [{ line: 2, column: 13 }],
      output: 'FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y \\\n        curl && \\\n    rm -rf /var/lib/apt/lists/*',
    },
    {
      name: 'trailing ; with set -e',
      code: 'FROM debian:12\nRUN set -eux; \\\n    apt-get update; \\\n    apt-get install -y curl',
      errors: [{ line: 3, column: 13 }],
      output: 'FROM debian:12\nRUN set -eux; \\\n    apt-get update; \\\n    apt-get install -y curl; \\\n    rm -rf /var/lib/apt/lists/*',
    },
    {
      name: 'trailing ; without set -e: && keeps a failed install failing',
      code: 'FROM debian:12\nRUN apt-get update; \\\n    apt-get install -y curl',
      errors: [{ line: 2, column: 13 }],
      output: 'FROM debian:12\nRUN apt-get update; \\\n    apt-get install -y curl && \\\n    rm -rf /var/lib/apt/lists/*',
    },
    {
      name: 'packages on continued lines',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y \\\n      curl \\\n      wget',
      errors: [{ line: 2, column: 13 }],
      output: 'FROM debian:12\nRUN apt-get update && apt-get install -y \\\n      curl \\\n      wget \\\n      && rm -rf /var/lib/apt/lists/*',
    },
    {
      name: 'before a trailing ; and a comment',
      code: 'FROM debian:12\nRUN apt-get update; apt-get install -y curl; # tools',
      errors: [{ line: 2, column: 13 }],
      output: 'FROM debian:12\nRUN apt-get update; apt-get install -y curl && rm -rf /var/lib/apt/lists/*; # tools',
    },
    {
      name: 'after an if block and a || fallback',
      code: 'FROM debian:12\nRUN if [ -n "$X" ]; then apt-get update && apt-get install -y curl; fi || exit 1',
      errors: [{ line: 2, column: 34 }],
      output: 'FROM debian:12\nRUN if [ -n "$X" ]; then apt-get update && apt-get install -y curl; fi || exit 1 && rm -rf /var/lib/apt/lists/*',
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM debian:12\nRUN apt-get update `\n    && apt-get install -y curl',
      errors: [{ line: 3, column: 13 }],
      output: '# escape=`\nFROM debian:12\nRUN apt-get update `\n    && apt-get install -y curl `\n    && rm -rf /var/lib/apt/lists/*',
    },
    {
      name: 'a later RUN updates before installing: fixed',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN apt-get update && apt-get install -y wget && rm -rf /var/lib/apt/lists/*',
      errors: [{ line: 2, column: 13 }],
      output: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nRUN apt-get update && apt-get install -y wget && rm -rf /var/lib/apt/lists/*',
    },
    { name: 'no fix: a later RUN installs from these lists', code: 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl', errors: [{ line: 2, column: 13 }] },
    {
      name: 'no fix: a stage built on this one installs from these lists',
      code: 'FROM debian:12 AS base\nRUN apt-get update && apt-get install -y x\nFROM base\nRUN apt-get install -y y && rm -rf /var/lib/apt/lists/*',
      errors: [{ line: 2, column: 13 }],
    },
    { name: 'no fix: the last command runs in the background', code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl &', errors: [{ line: 2, column: 13 }] },
    { name: 'no fix: a heredoc after the commands', code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && cat <<EOF > /x\nhi\nEOF', errors: [{ line: 2, column: 13 }] },
    {
      name: 'ONBUILD in a builder stage',
      code: 'FROM debian:12 AS build\nONBUILD RUN apt-get update && apt-get install -y x\nFROM scratch\nCOPY --from=build / /',
      errors: [{ line: 2, column: 21 }],
      output: 'FROM debian:12 AS build\nONBUILD RUN apt-get update && apt-get install -y x && rm -rf /var/lib/apt/lists/*\nFROM scratch\nCOPY --from=build / /',
    },
  ],
});
