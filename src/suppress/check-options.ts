import type { Finding, Rule } from '../engine/types.js';
import type { Model } from '../model/types.js';
import { parseCheckValue, type ParsedCheck } from './parse-check.js';
import { buildKitRules, resolveBuildKitCheck } from './resolve-code.js';

/**
 * BuildKit's check options for a whole file (`# check=skip=…;error=…;experimental=…`), from the
 * `BUILDKIT_DOCKERFILE_CHECK` build argument when it is given, else from the `check` directive:
 * as in BuildKit, the build argument replaces the directive, the two are not merged.
 */

/** The build argument (and environment variable) BuildKit reads its check options from. */
export const CHECK_BUILD_ARG = 'BUILDKIT_DOCKERFILE_CHECK';

export interface FileCheckOptions {
  /** Where the options come from: the build argument replaces the directive. */
  readonly source: 'build-arg' | 'directive' | 'none';
  /** `error=true`: the findings of BuildKit's checks are errors. */
  readonly error: boolean;
  /** The experimental rules `experimental=` enables (by BuildKit name, or `all`). */
  readonly experimental: readonly Rule[];
  /** With the build argument: the rules its `skip=` turns off (the directive's skip is a pragma, with a place). */
  readonly skipped: readonly Rule[];
}

const NO_OPTIONS: FileCheckOptions = { source: 'none', error: false, experimental: [], skipped: [] };

/**
 * Why BuildKit refuses a `BUILDKIT_DOCKERFILE_CHECK` value (the build fails); undefined when it
 * accepts it. Unknown check names are not refused: BuildKit ignores them.
 */
export function checkOptionsProblem(value: string): string | undefined {
  const parsed = parseArgValue(value);
  return 'malformed' in parsed ? parsed.malformed : undefined;
}

const EMPTY: ParsedCheck = { skip: [], skipAll: false, span: { start: 0, end: 0 }, reason: undefined, hasOtherOptions: false, error: undefined, experimental: [], experimentalAll: false };

/**
 * The build argument's value, read as BuildKit's ParseLintOptions reads it: unlike the directive,
 * it is not cut at a space (every key, value and name is trimmed instead), and an empty value
 * sets nothing (while still replacing the directive).
 */
function parseArgValue(value: string): ReturnType<typeof parseCheckValue> {
  const compact = value.replace(/\s+/g, '');
  return compact === '' ? EMPTY : parseCheckValue(compact, 0);
}

/** A `BUILDKIT_DOCKERFILE_CHECK` value BuildKit would refuse (the build fails). */
export class CheckOptionsError extends Error {
  constructor(value: string, problem: string) {
    super(`failed to parse build-arg ${CHECK_BUILD_ARG}=${value}: ${problem}`);
    this.name = 'CheckOptionsError';
  }
}

/** The options of one file; throws CheckOptionsError for a build argument BuildKit would refuse. */
export function fileCheckOptions(model: Model, buildArgs: Readonly<Record<string, string>> | undefined): FileCheckOptions {
  const fromArg = buildArgs && Object.hasOwn(buildArgs, CHECK_BUILD_ARG) ? buildArgs[CHECK_BUILD_ARG] : undefined;
  if (fromArg !== undefined) {
    const parsed = parseArgValue(fromArg);
    if ('malformed' in parsed) throw new CheckOptionsError(fromArg, parsed.malformed);
    return optionsOf(parsed, 'build-arg');
  }
  const directive = model.directives.find((d) => d.name === 'check');
  const parsed = directive && parseCheckValue(directive.value, 0);
  // A malformed directive is reported where it is written (DF0002 with --report-unused-ignores) and changes nothing.
  if (!parsed || 'malformed' in parsed) return NO_OPTIONS;
  return optionsOf(parsed, 'directive');
}

function optionsOf(parsed: ParsedCheck, source: 'build-arg' | 'directive'): FileCheckOptions {
  const named = (names: ParsedCheck['skip'], all: boolean): Rule[] =>
    all ? [...buildKitRules()] : names.flatMap((name) => {
      const target = resolveBuildKitCheck(name.text);
      return target.kind === 'rules' ? target.rules : [];
    });
  const experimental = named(parsed.experimental, parsed.experimentalAll).filter((rule) => rule.experimental === true);
  // Experimental rules ignore `skip`, `skip=all` included.
  const skipped = source === 'build-arg' ? named(parsed.skip, parsed.skipAll).filter((rule) => !experimental.includes(rule)) : [];
  return { source, error: parsed.error === true, experimental, skipped };
}

/** `error=true`: every finding of a BuildKit check becomes an error, so any failure threshold fails the run. */
export function asErrors(findings: readonly Finding[], options: FileCheckOptions): Finding[] {
  if (!options.error) return [...findings];
  const codes = new Set(buildKitRules().map((rule) => rule.code));
  return findings.map((finding) => (codes.has(finding.code) && finding.severity !== 'error' ? { ...finding, severity: 'error' } : finding));
}
