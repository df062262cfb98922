/**
 * BuildKit's build checks (`docker build --check`), as listed in moby/buildkit
 * `frontend/dockerfile/linter/ruleset.go` (Dockerfile frontend 1.26). The facts are in
 * ../shared/reference/peers.md §1.2; the summaries are ours.
 */
export interface BuildKitCheck {
  /** The check's name, which `# check=skip=` and dflint's aliases use (case-sensitive). */
  readonly name: string;
  /** What it reports, in a line. */
  readonly summary: string;
  /** The first Dockerfile frontend release with the check. */
  readonly since: string;
  readonly experimental?: boolean;
  /** Why dflint cannot answer for it, for a check that needs more than the Dockerfile. */
  readonly outOfReach?: string;
}

export const BUILDKIT_CHECKS: readonly BuildKitCheck[] = [
  { name: 'StageNameCasing', summary: 'A stage name that is not all lowercase.', since: '1.8' },
  { name: 'FromAsCasing', summary: 'The `AS` of `FROM … AS` cased differently from `FROM`.', since: '1.8' },
  { name: 'NoEmptyContinuation', summary: 'An empty line inside a continued instruction.', since: '1.8' },
  { name: 'ConsistentInstructionCasing', summary: 'An instruction keyword cased unlike most of the file.', since: '1.8' },
  { name: 'DuplicateStageName', summary: 'Two stages with the same name.', since: '1.8' },
  { name: 'ReservedStageName', summary: 'A stage named `scratch` or `context`.', since: '1.8' },
  { name: 'JSONArgsRecommended', summary: '`CMD` or `ENTRYPOINT` in shell form, which keeps signals from the program.', since: '1.8' },
  { name: 'MaintainerDeprecated', summary: 'The deprecated `MAINTAINER` instruction.', since: '1.8' },
  { name: 'UndefinedArgInFrom', summary: 'A variable in `FROM` that no global `ARG` declares.', since: '1.8' },
  { name: 'WorkdirRelativePath', summary: 'A relative `WORKDIR` before any absolute one in the stage.', since: '1.8' },
  { name: 'UndefinedVar', summary: 'A variable used in an instruction that neither `ARG` nor `ENV` defines.', since: '1.8' },
  { name: 'MultipleInstructionsDisallowed', summary: 'A second `CMD`, `ENTRYPOINT` or `HEALTHCHECK` in a stage, which overrides the first.', since: '1.8' },
  { name: 'LegacyKeyValueFormat', summary: '`ENV` or `LABEL` in the legacy `key value` form.', since: '1.8' },
  {
    name: 'InvalidBaseImagePlatform',
    summary: 'A base image pulled for another platform than the build’s.',
    since: '1.8',
    outOfReach: 'It compares the platform of the image the registry sends with the build’s, which only a build can know.',
  },
  { name: 'RedundantTargetPlatform', summary: '`FROM --platform=$TARGETPLATFORM`, which is the default anyway.', since: '1.9' },
  { name: 'SecretsUsedInArgOrEnv', summary: 'An `ARG` or `ENV` whose name says it holds a secret.', since: '1.9' },
  { name: 'InvalidDefaultArgInFrom', summary: 'A `FROM` image that the global `ARG` defaults turn into an empty or invalid name.', since: '1.9' },
  { name: 'FromPlatformFlagConstDisallowed', summary: '`FROM --platform` with a constant platform.', since: '1.9' },
  { name: 'CopyIgnoredFile', summary: '`COPY` or `ADD` of a file that `.dockerignore` excludes.', since: '1.9' },
  { name: 'InvalidDefinitionDescription', summary: 'A comment above a stage or `ARG` that does not start with its name.', since: '1.11', experimental: true },
  { name: 'ExposeProtoCasing', summary: 'An `EXPOSE` protocol that is not lowercase.', since: '1.18' },
  { name: 'ExposeInvalidFormat', summary: 'An `EXPOSE` with an IP address or a host port.', since: '1.18' },
];

/** The page of BuildKit's documentation for a check. */
export function buildKitCheckUrl(name: string): string {
  const kebab = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2').toLowerCase();
  return `https://docs.docker.com/reference/build-checks/${kebab}/`;
}
