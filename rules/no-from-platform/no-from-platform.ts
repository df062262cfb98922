import { defineRule } from '../../src/engine/define-rule.js';
import { PLATFORM_ARGS } from '../../src/model/variables.js';
import type { Stage, Variables } from '../../src/model/types.js';
import { variableReferences } from '../../src/rule-kit/variables.js';

const PLATFORM_NAMES: ReadonlySet<string> = new Set(PLATFORM_ARGS);

/**
 * Whether the stage is named after the platform it pins (`FROM --platform=linux/arm64 … AS
 * base-arm64`): a per-platform stage another FROM selects with `$TARGETARCH`, which BuildKit's
 * FromPlatformFlagConstDisallowed accepts for the same reason.
 */
function namedForPlatform(stage: Stage, platform: string): boolean {
  const name = stage.name?.toLowerCase();
  if (!name) return false;
  return platform.toLowerCase().split('/').slice(0, 2).some((part) => part !== '' && name.includes(part));
}

/** Whether the global ARG `name` that FROM sees is declared without a default (its value, if any, is a build arg). */
function withoutDefault(variables: Variables, name: string, stage: Stage): boolean {
  const binding = variables.lookup(name, stage.from);
  if (binding?.source !== 'global-arg' || !binding.instruction) return false;
  return binding.instruction.properties.findLast((p) => p.name === name)?.rawValue === null;
}

export default defineRule({
  code: 'DL3029',
  name: 'no-from-platform',
  aliases: ['FromPlatformFlagConstDisallowed'],
  severity: 'warning',
  category: 'portability',
  fixable: false,
  docs: {
    summary: 'Do not pin `FROM --platform` to a fixed platform',
    why:
      'A fixed `--platform` builds that stage for one platform whatever the build asks for, so a ' +
      'multi-platform build produces the same (possibly foreign, emulated) layers for every target. ' +
      'Use `$BUILDPLATFORM` for stages that run build tools and `$TARGETPLATFORM` (the default) for ' +
      'the image itself, and choose platforms with `docker build --platform`.',
    bad: 'FROM --platform=linux/amd64 debian:12\nRUN apt-get update',
    good: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nARG TARGETOS TARGETARCH\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .\nFROM debian:12\nCOPY --from=build /out/app /usr/local/bin/app',
    references: [
      'https://docs.docker.com/build/building/multi-platform/',
      'https://docs.docker.com/reference/build-checks/from-platform-flag-const-disallowed/',
    ],
    differences:
      'hadolint accepts only values containing `BUILDPLATFORM` or `TARGETPLATFORM`. dflint accepts any of ' +
      'the automatic platform ARGs (`--platform=$BUILDOS/$BUILDARCH`, `linux/${TARGETARCH}`), which also follow ' +
      'the build, and leaves alone an ARG without default (unset, it selects the target platform). A user ' +
      'ARG with a default is substituted and still reported (`ARG ARCH=amd64` then `--platform=linux/$ARCH`: ' +
      'one value for every target). Like BuildKit\'s FromPlatformFlagConstDisallowed, dflint does not report a ' +
      'stage named after the platform it pins (`FROM --platform=linux/arm64 alpine AS base-arm64`): such ' +
      'per-platform stages are selected by another FROM (`FROM base-${TARGETARCH}`), and hadolint\'s warning ' +
      'on them cannot be acted on. BuildKit\'s check looks only at values written without any variable, and ' +
      'only when they parse as a platform (a value that does not fails the build instead); dflint also ' +
      'reports a value built from user ARG defaults, and names the platform as written where BuildKit ' +
      'normalises it (`linux/x86_64` is `amd64` when BuildKit compares it with the stage name). BuildKit ' +
      'reports on the whole FROM line, dflint on the `--platform` value.',
  },
  create(context) {
    return {
      'stage:exit'(stage) {
        const platform = stage.platform;
        if (!platform) return;
        const { value, unresolved } = context.model.variables.resolve(platform.value, stage.from);
        // An automatic platform ARG follows the build; an ARG without default may be left unset, or
        // given a value per build with `--build-arg`.
        const references = variableReferences(platform.value);
        if (unresolved.length > 0 || references.some((r) => PLATFORM_NAMES.has(r.name) || withoutDefault(context.model.variables, r.name, stage))) return;
        if (value === '' || namedForPlatform(stage, value)) return;
        context.report({
          range: platform.range,
          message: `\`FROM --platform=${platform.value}\` builds this stage for \`${value}\` whatever platform the build targets: use \`$BUILDPLATFORM\` for build tools, or leave the platform to \`docker build --platform\``,
        });
      },
    };
  },
});
