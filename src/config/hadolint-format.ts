import type { RuleSetting } from '../engine/registry.js';
import type { LabelType, Rule } from '../engine/types.js';
import { HADOLINT_CODE, unknownRuleMessage } from './rule-ids.js';
import { REGISTRY_EXPECTATION, REGISTRY_PATTERN, type JsonSchema, type SchemaNotes } from './schema.js';
import type { Issue } from './schema-errors.js';
import { LABEL_TYPES, type ConfigLayer, type FailureThreshold, type RuleEntry } from './types.js';
import type { Validate } from './validator.js';
import { compactLayer } from './compact.js';

/**
 * hadolint's configuration (`.hadolint.yaml`, and its `HADOLINT_*` variables), mapped onto
 * dflint's settings. hadolint ignores unknown keys and bad values; dflint reports them, under
 * hadolint's own key names, because a silently ignored typo is the problem this fixes.
 */

export const HADOLINT_FORMATS = ['tty', 'json', 'checkstyle', 'codeclimate', 'gitlab_codeclimate', 'gnu', 'codacy', 'sonarqube', 'sarif', 'junit'] as const;
export type HadolintFormat = (typeof HADOLINT_FORMATS)[number];
export const HADOLINT_THRESHOLDS = ['error', 'warning', 'info', 'style', 'ignore', 'none'] as const;
const HADOLINT_SEVERITIES = ['error', 'warning', 'info', 'style'] as const;

/** A hadolint config object that passed validation (null values already dropped). */
export interface HadolintConfig {
  readonly ignored?: readonly string[];
  readonly override?: Partial<Record<(typeof HADOLINT_SEVERITIES)[number], readonly string[]>>;
  readonly trustedRegistries?: string | readonly string[];
  readonly 'label-schema'?: Readonly<Record<string, LabelType>>;
  readonly 'strict-labels'?: boolean;
  readonly 'failure-threshold'?: (typeof HADOLINT_THRESHOLDS)[number];
  readonly 'no-fail'?: boolean;
  readonly 'no-color'?: boolean;
  readonly format?: HadolintFormat;
  readonly formats?: readonly HadolintFormat[];
  readonly verbose?: boolean;
  readonly 'disable-ignore-pragma'?: boolean;
}

export function hadolintSchema(): { schema: JsonSchema; notes: SchemaNotes } {
  const notes: SchemaNotes = { expected: new WeakMap(), ruleKeyed: new WeakSet(), ruleValued: new WeakSet(), ruleIds: [] };
  const codes = () => ({ type: 'array', items: { type: 'string' } });
  const registry = { type: 'string', pattern: REGISTRY_PATTERN };
  notes.expected.set(registry, REGISTRY_EXPECTATION);
  const registries = { type: ['string', 'array'], if: { type: 'string' }, then: registry, else: { items: registry } };
  notes.expected.set(registries, 'a registry pattern or a list of them');
  const schema: JsonSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'hadolint configuration, as dflint reads it',
    type: 'object',
    additionalProperties: false,
    properties: {
      ignored: codes(),
      override: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(HADOLINT_SEVERITIES.map((severity) => [severity, codes()])),
      },
      trustedRegistries: registries,
      'label-schema': { type: 'object', additionalProperties: { enum: [...LABEL_TYPES] } },
      'strict-labels': { type: 'boolean' },
      'failure-threshold': { enum: [...HADOLINT_THRESHOLDS] },
      'no-fail': { type: 'boolean' },
      'no-color': { type: 'boolean' },
      format: { enum: [...HADOLINT_FORMATS] },
      formats: { type: 'array', items: { enum: [...HADOLINT_FORMATS] } },
      verbose: { type: 'boolean' },
      'disable-ignore-pragma': { type: 'boolean' },
    },
  };
  return { schema, notes };
}

/** dflint's keys in a hadolint file: say what hadolint calls them. */
export const HADOLINT_KEY_ADVICE: Readonly<Record<string, string>> = {
  ignore: 'hadolint calls it `ignored`',
  rules: 'hadolint has no `rules`: use `override: { warning: [DL3008] }`, or move to a .dflint.yaml (`dflint --init` converts this file)',
  failureThreshold: 'hadolint calls it `failure-threshold`',
  labelSchema: 'hadolint calls it `label-schema`',
  strictLabels: 'hadolint calls it `strict-labels`',
  disablePragmas: 'hadolint calls it `disable-ignore-pragma`',
};

/** YAML `key:` with nothing after it is null; hadolint treats that as an absent key, and so do we. */
export function dropNulls(data: unknown): unknown {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return data;
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null).map(([key, value]) => [key, key === 'override' ? dropNulls(value) : value]));
}

export type HadolintRead =
  | { readonly ok: true; readonly layer: ConfigLayer; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Validates a parsed hadolint config (undefined: empty, the defaults) and maps it to one layer. */
export function readHadolintConfig(data: unknown, origin: string, validate: Validate, ids: ReadonlyMap<string, readonly Rule[]>): HadolintRead {
  if (data === undefined) return { ok: true, layer: { origin }, warnings: [] };
  const cleaned = dropNulls(data);
  const issues = validate(cleaned);
  if (issues.length === 0) issues.push(...codeIssues(cleaned as HadolintConfig, ids));
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, ...hadolintLayer(cleaned as HadolintConfig, origin, ids) };
}

function codeIssues(config: HadolintConfig, ids: ReadonlyMap<string, readonly Rule[]>): Issue[] {
  const issues: Issue[] = [];
  const check = (codes: readonly string[] | undefined, path: readonly (string | number)[]) =>
    codes?.forEach((code, index) => {
      const problem = checkHadolintCode(code, ids);
      if (problem) issues.push({ path: [...path, index], message: problem });
    });
  check(config.ignored, ['ignored']);
  for (const severity of HADOLINT_SEVERITIES) check(config.override?.[severity], ['override', severity]);
  return issues;
}

/** hadolint accepts any code; dflint accepts its own rule ids and code-shaped DL/SC names it may lack. */
export function checkHadolintCode(code: string, ids: ReadonlyMap<string, readonly Rule[]>): string | undefined {
  if (ids.has(code) || HADOLINT_CODE.test(code)) return undefined;
  return unknownRuleMessage(code, [...ids.keys()]);
}

/**
 * hadolint's settings as one dflint layer. Within it, `override` applies first and `ignored`
 * last, so an ignored code stays off whatever its override says, as in hadolint.
 */
export function hadolintLayer(config: HadolintConfig, origin: string, ids: ReadonlyMap<string, readonly Rule[]>): { layer: ConfigLayer; warnings: string[] } {
  const rules: RuleEntry[] = [];
  const add = (codes: readonly string[] | undefined, setting: RuleSetting) => {
    for (const id of codes ?? []) rules.push({ id, rules: ids.get(id) ?? [], setting });
  };
  for (const severity of HADOLINT_SEVERITIES) add(config.override?.[severity], severity);
  add(config.ignored, 'off');

  const warnings: string[] = [];
  const layer = compactLayer({
    origin,
    rules: rules.length > 0 ? rules : undefined,
    failureThreshold: config['no-fail'] === true ? 'none' : thresholdOf(config['failure-threshold']),
    trustedRegistries: typeof config.trustedRegistries === 'string' ? [config.trustedRegistries] : config.trustedRegistries,
    labelSchema: config['label-schema'],
    strictLabels: config['strict-labels'],
    disablePragmas: config['disable-ignore-pragma'],
    color: config['no-color'] === true ? false : undefined,
    format: formatOf([...(config.formats ?? []), ...(config.format ? [config.format] : [])], origin, warnings),
  });
  return { layer: layer, warnings };
}

/** hadolint's `ignore` and `none` thresholds fail on any finding (its severities sort them lowest). */
function thresholdOf(threshold: HadolintConfig['failure-threshold']): FailureThreshold | undefined {
  return threshold === 'ignore' || threshold === 'none' ? 'style' : threshold;
}

/**
 * The dflint format that writes each of hadolint's reports. Every hadolint format has one, and
 * its config and `HADOLINT_FORMAT` accept only these names, so a format is never dropped.
 */
const DFLINT_FORMATS: Readonly<Record<HadolintFormat, string>> = {
  tty: 'stylish',
  json: 'json',
  checkstyle: 'checkstyle',
  codeclimate: 'codeclimate',
  gitlab_codeclimate: 'gitlab',
  gnu: 'gnu',
  codacy: 'codacy',
  sonarqube: 'sonarqube',
  sarif: 'sarif',
  junit: 'junit',
};

/** The dflint format of one of hadolint's format names. */
export function dflintFormatOf(name: HadolintFormat): string {
  return DFLINT_FORMATS[name];
}

/** hadolint writes every format it is given; dflint writes one report, in the first. */
function formatOf(names: readonly HadolintFormat[], origin: string, warnings: string[]): string | undefined {
  const [first] = names.map(dflintFormatOf);
  if (names.length > 1) warnings.push(`${origin}: dflint writes one report; using the \`${first!}\` format`);
  return first;
}
