/**
 * Codes other tools define, so that a pragma naming one that dflint does not implement (yet) is
 * neither an unknown code nor an unused one: the same comments serve hadolint, ShellCheck and
 * BuildKit too.
 */

/** hadolint 2.15's rule codes (shared/reference/hadolint.md §1), DL1000 being its parse error. */
const HADOLINT_CODES = new Set([
  'DL1000', 'DL1001',
  ...range(3000, 3067).map((n) => `DL${n}`),
  ...range(4000, 4006).map((n) => `DL${n}`),
]);

/** BuildKit's build checks (frontend/dockerfile/linter/ruleset.go), case-sensitive as BuildKit matches them. */
export const BUILDKIT_CHECKS: readonly string[] = [
  'StageNameCasing', 'FromAsCasing', 'NoEmptyContinuation', 'ConsistentInstructionCasing',
  'DuplicateStageName', 'ReservedStageName', 'JSONArgsRecommended', 'MaintainerDeprecated',
  'UndefinedArgInFrom', 'WorkdirRelativePath', 'UndefinedVar', 'MultipleInstructionsDisallowed',
  'LegacyKeyValueFormat', 'InvalidBaseImagePlatform', 'RedundantTargetPlatform', 'SecretsUsedInArgOrEnv',
  'InvalidDefaultArgInFrom', 'FromPlatformFlagConstDisallowed', 'CopyIgnoredFile',
  'InvalidDefinitionDescription', 'ExposeProtoCasing', 'ExposeInvalidFormat',
];

const BUILDKIT_LOWER = new Set(BUILDKIT_CHECKS.map((name) => name.toLowerCase()));

/** A hadolint DL code, a ShellCheck SC code, or a BuildKit check name (any case). */
export function isForeignCode(text: string): boolean {
  const upper = text.toUpperCase();
  return HADOLINT_CODES.has(upper) || /^SC\d{4}$/.test(upper) || BUILDKIT_LOWER.has(text.toLowerCase());
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
