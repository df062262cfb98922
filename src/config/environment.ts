import { CHECK_BUILD_ARG, checkOptionsProblem } from '../suppress/check-options.js';
import type { LabelType, Rule } from '../engine/types.js';
import { checkHadolintCode, hadolintLayer, HADOLINT_FORMATS, HADOLINT_THRESHOLDS, type HadolintConfig } from './hadolint-format.js';
import type { ConfigProblem } from './problems.js';
import { REGISTRY_EXPECTATION, REGISTRY_PATTERN } from './schema.js';
import { quoteList } from './schema-errors.js';
import { didYouMean } from './suggest.js';
import { LABEL_TYPES, type ConfigLayer } from './types.js';

/**
 * hadolint's `HADOLINT_*` variables (hadolint.md §3.3), the lowest-precedence source. As in
 * hadolint, lists are comma-separated and booleans are `1`, `y`, `yes`, `on`, `true` (any case);
 * unlike hadolint, a value that means nothing is an error rather than silently dropped.
 */

const TRUE = new Set(['1', 'y', 'yes', 'on', 'true']);
const FALSE = new Set(['', '0', 'n', 'no', 'off', 'false']);

type Parse = (value: string) => { config?: HadolintConfig; problem?: string };

const items = (value: string) => value.split(',').map((item) => item.trim()).filter((item) => item !== '');

const flag = (key: 'no-fail' | 'verbose' | 'strict-labels' | 'disable-ignore-pragma'): Parse => (value) => {
  const word = value.trim().toLowerCase();
  if (TRUE.has(word)) return { config: { [key]: true } };
  if (FALSE.has(word)) return { config: { [key]: false } };
  return { problem: `expected a boolean (1, y, yes, on, true; or 0, n, no, off, false); got \`${value}\`` };
};

/** In the order they apply: `HADOLINT_IGNORE` after the overrides, `HADOLINT_NOFAIL` after the threshold. */
const VARIABLES: ReadonlyArray<readonly [string, (ids: ReadonlyMap<string, readonly Rule[]>) => Parse]> = [
  ['HADOLINT_FAILURE_THRESHOLD', () => (value) => {
    const threshold = value.trim();
    if (threshold === '') return {};
    if ((HADOLINT_THRESHOLDS as readonly string[]).includes(threshold)) return { config: { 'failure-threshold': threshold as HadolintConfig['failure-threshold'] } };
    return { problem: `expected one of ${quoteList(HADOLINT_THRESHOLDS)}; got \`${value}\`${didYouMean(threshold, HADOLINT_THRESHOLDS)}` };
  }],
  ['HADOLINT_NOFAIL', () => flag('no-fail')],
  ['HADOLINT_VERBOSE', () => flag('verbose')],
  ['HADOLINT_FORMAT', () => (value) => {
    const names = items(value);
    const unknown = names.find((name) => !(HADOLINT_FORMATS as readonly string[]).includes(name));
    if (unknown !== undefined) return { problem: `unknown format \`${unknown}\`; hadolint's formats are ${quoteList(HADOLINT_FORMATS)}${didYouMean(unknown, HADOLINT_FORMATS)}` };
    return names.length === 0 ? {} : { config: { formats: names as HadolintConfig['formats'] } };
  }],
  ...(['error', 'warning', 'info', 'style'] as const).map(
    (severity) => [`HADOLINT_OVERRIDE_${severity.toUpperCase()}`, (ids: ReadonlyMap<string, readonly Rule[]>) => codes(ids, (list) => ({ override: { [severity]: list } }))] as const,
  ),
  ['HADOLINT_IGNORE', (ids) => codes(ids, (list) => ({ ignored: list }))],
  ['HADOLINT_STRICT_LABELS', () => flag('strict-labels')],
  ['HADOLINT_DISABLE_IGNORE_PRAGMA', () => flag('disable-ignore-pragma')],
  ['HADOLINT_TRUSTED_REGISTRIES', () => (value) => {
    const registries = items(value);
    const bad = registries.find((registry) => !new RegExp(REGISTRY_PATTERN).test(registry));
    if (bad !== undefined) return { problem: `expected ${REGISTRY_EXPECTATION}; got \`${bad}\`` };
    return registries.length === 0 ? {} : { config: { trustedRegistries: registries } };
  }],
  ['HADOLINT_REQUIRE_LABELS', () => (value) => {
    const schema: Record<string, LabelType> = {};
    for (const item of items(value)) {
      const [label = '', type = 'text', ...rest] = item.split(':').map((part) => part.trim());
      if (label === '' || rest.length > 0) return { problem: `expected \`label:type\` items; got \`${item}\`` };
      if (!(LABEL_TYPES as readonly string[]).includes(type)) {
        return { problem: `label \`${label}\`: expected one of ${quoteList(LABEL_TYPES)}; got \`${type}\`${didYouMean(type, LABEL_TYPES)}` };
      }
      schema[label] = type as LabelType;
    }
    return Object.keys(schema).length === 0 ? {} : { config: { 'label-schema': schema } };
  }],
];

function codes(ids: ReadonlyMap<string, readonly Rule[]>, wrap: (list: string[]) => HadolintConfig): Parse {
  return (value) => {
    const list = items(value);
    for (const code of list) {
      const problem = checkHadolintCode(code, ids);
      if (problem) return { problem };
    }
    return list.length === 0 ? {} : { config: wrap(list) };
  };
}

export interface EnvironmentRead {
  readonly layers: readonly ConfigLayer[];
  readonly problems: readonly ConfigProblem[];
  readonly warnings: readonly string[];
}

/**
 * One layer per `HADOLINT_*` variable that is set, named after it, and one for
 * `BUILDKIT_DOCKERFILE_CHECK` (BuildKit's check options, as a build argument), lowest of all.
 */
export function readEnvironment(env: NodeJS.ProcessEnv, ids: ReadonlyMap<string, readonly Rule[]>): EnvironmentRead {
  const layers: ConfigLayer[] = [];
  const problems: ConfigProblem[] = [];
  const warnings: string[] = [];
  for (const [name, parser] of VARIABLES) {
    const value = env[name];
    if (value === undefined) continue;
    const source = `environment variable ${name}`;
    const { config, problem } = parser(ids)(value);
    if (problem) problems.push({ source, message: problem });
    if (!config) continue;
    const mapped = hadolintLayer(config, source, ids);
    layers.push(mapped.layer);
    warnings.push(...mapped.warnings);
  }
  const check = env[CHECK_BUILD_ARG];
  if (check !== undefined) {
    const source = `environment variable ${CHECK_BUILD_ARG}`;
    const problem = checkOptionsProblem(check);
    // Below the config files' `buildArgs` and `--build-arg`, which name it on purpose for this build.
    if (problem) problems.push({ source, message: `${problem} (BuildKit refuses the build)` });
    else layers.unshift({ origin: source, buildArgs: { [CHECK_BUILD_ARG]: check } });
  }
  return { layers, problems, warnings };
}
