import { SEVERITIES, type Rule } from '../engine/types.js';
import { FAILURE_THRESHOLDS, LABEL_TYPES } from './types.js';
import { describeDefault } from '../engine/defaults.js';
import { quoteList } from './schema-errors.js';

export type JsonSchema = { [key: string]: unknown };

/**
 * What the validation messages need to know about parts of a schema, by object identity: the
 * expectation to state for a composite value, and which objects are keyed or valued by rule ids.
 */
export interface SchemaNotes {
  readonly expected: WeakMap<object, string>;
  readonly ruleKeyed: WeakSet<object>;
  readonly ruleValued: WeakSet<object>;
  /** Every rule id a config may use, for suggestions. */
  readonly ruleIds: readonly string[];
}

export interface ConfigSchema {
  readonly schema: JsonSchema;
  readonly notes: SchemaNotes;
}

/** ShellCheck codes as a config file writes them (ids are case-sensitive there). */
const SHELLCHECK_CODE_PATTERN = '^SC[0-9]{4}$';

export const SEVERITY_SETTINGS = ['off', ...SEVERITIES] as const;
const list = (values: readonly string[]) => values.map((v) => `\`${v}\``).join(', ');
export const SEVERITY_EXPECTATION = `a severity: ${list(SEVERITY_SETTINGS)}`;

/** `*`, `*.example.com`, `registry*` or an exact name: no other wildcard and no spaces. */
export const REGISTRY_PATTERN = '^(\\*|\\*\\.[^*\\s]+|[^*\\s]+\\*?)$';
export const REGISTRY_EXPECTATION = 'a registry pattern: `*`, `*.example.com`, `registry*` or an exact name such as `docker.io`';
/** A build argument's name, as an ARG declares it. */
export const BUILD_ARG_NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_]*$';
export const BUILD_ARG_NAME_EXPECTATION = 'a build argument name: letters, digits and `_`, not starting with a digit';
/** A stage name as BuildKit accepts it (compared case-insensitively). */
export const STAGE_NAME_PATTERN = '^[A-Za-z][A-Za-z0-9_.-]*$';
export const SHELL_EXPECTATION = 'a command line such as `/bin/bash -c`, or its words as a list such as `["/bin/bash", "-c"]`';

/** Every id a rule can be configured by, each once, in rule order: code, name, aliases. */
export function ruleIds(rules: readonly Rule[]): Map<string, Rule[]> {
  const ids = new Map<string, Rule[]>();
  for (const rule of rules) {
    for (const id of [rule.code, rule.name, ...rule.aliases]) {
      const named = ids.get(id) ?? [];
      if (!named.includes(rule)) named.push(rule);
      ids.set(id, named);
    }
  }
  return ids;
}

/**
 * The JSON Schema (draft-07) of a dflint config file, from the rules' metadata: every rule id
 * gets its own value schema, with the rule's options schema inlined when it has one.
 */
export function buildConfigSchema(rules: readonly Rule[], formats: readonly string[]): ConfigSchema {
  const ids = ruleIds(rules);
  const notes: SchemaNotes = { expected: new WeakMap(), ruleKeyed: new WeakSet(), ruleValued: new WeakSet(), ruleIds: [...ids.keys()] };
  const note = <T extends object>(schema: T, expectation: string): T => {
    notes.expected.set(schema, expectation);
    return schema;
  };

  // One shared severity schema keeps the compiled validator small (compiling is most of a config's load time).
  const severity = note({ enum: [...SEVERITY_SETTINGS], description: 'A severity, or `off` to turn the rule off.' }, SEVERITY_EXPECTATION);
  const ruleProperties: JsonSchema = {};
  for (const [id, named] of ids) ruleProperties[id] = ruleValueSchema(id, named, note);
  const rulesSchema = {
    type: 'object',
    description: 'Per rule, by code, name or alias: a severity or `off`, or `[severity, { options }]` for rules that take options.',
    additionalProperties: false,
    properties: ruleProperties,
    patternProperties: { [SHELLCHECK_CODE_PATTERN]: { $ref: '#/definitions/severity', description: 'A ShellCheck code (when ShellCheck runs): a severity or `off`.' } },
  };
  notes.ruleKeyed.add(rulesSchema);
  const ruleIdEnum = { enum: [...ids.keys()] };
  notes.ruleValued.add(ruleIdEnum);
  const ruleId = { description: 'A rule code, name or alias, or a ShellCheck code (`SC2086`).', if: { type: 'string', pattern: SHELLCHECK_CODE_PATTERN }, then: true, else: ruleIdEnum };

  const definitions: JsonSchema = {
    severity,
    rules: rulesSchema,
    ruleId,
    ignore: { type: 'array', description: 'Rules to turn off, by code, name or alias. Applied after `rules`.', items: { $ref: '#/definitions/ruleId' } },
    failureThreshold: {
      enum: [...FAILURE_THRESHOLDS],
      description: 'The lowest severity that makes dflint exit with 1 (`none`: never). Default `info`.',
    },
    trustedRegistries: {
      type: 'array',
      description: 'Registries images may come from (DL3026): `*`, `*.example.com`, `registry*` or exact names. Empty: any registry.',
      items: note({ type: 'string', pattern: REGISTRY_PATTERN }, REGISTRY_EXPECTATION),
    },
    labelSchema: {
      type: 'object',
      description: 'Labels every image must carry, with the type of their value (DL3049, DL3051–DL3058).',
      propertyNames: note({ minLength: 1 }, 'a non-empty label name'),
      additionalProperties: { enum: [...LABEL_TYPES] },
    },
    strictLabels: { type: 'boolean', description: 'Only the labels of `labelSchema` are allowed (DL3050). Default `false`.' },
    shell: note(
      {
        type: ['string', 'array'],
        description: 'The shell of stages that set no SHELL, as a command line (`/bin/bash -c`) or its words. Default `/bin/sh -c`.',
        if: { type: 'string' },
        then: note({ pattern: '\\S' }, SHELL_EXPECTATION),
        else: note({ type: 'array', minItems: 1, items: note({ type: 'string', minLength: 1 }, 'a non-empty word') }, SHELL_EXPECTATION),
      },
      SHELL_EXPECTATION,
    ),
    context: note(
      { type: 'string', minLength: 1, description: "The build context folder (for the `.dockerignore` rules), relative to this file. Default: each Dockerfile's folder." },
      'a folder path',
    ),
    reportUnusedIgnores: { type: 'boolean', description: 'Report ignore pragmas that suppressed nothing. Default `false`.' },
    shellcheck: {
      type: ['boolean', 'string'],
      minLength: 1,
      description: 'Check RUN scripts with ShellCheck: `true` for the `shellcheck` on PATH, the path of an executable (relative to this file), or `false`. Default `true` (skipped with a notice when ShellCheck is missing).',
    },
    disablePragmas: { type: 'boolean', description: 'Disregard every inline ignore pragma (`# dflint ignore=`, `# hadolint ignore=`, `# check=skip=`). Default `false`.' },
    buildArgs: {
      type: 'object',
      description: 'Build arguments, as `docker build --build-arg NAME=VALUE` gives them: they override the defaults of declared ARGs. `BUILDKIT_DOCKERFILE_CHECK` replaces the `# check=` directive, as in BuildKit. `--build-arg` wins name by name.',
      propertyNames: note({ pattern: BUILD_ARG_NAME_PATTERN }, BUILD_ARG_NAME_EXPECTATION),
      // `UID: 1000` reads naturally in YAML; the value is passed on as its text, as on a command line.
      additionalProperties: note({ type: ['string', 'number', 'boolean'] }, 'a value: a string, number or boolean'),
    },
    target: note(
      { type: 'string', pattern: STAGE_NAME_PATTERN, description: 'The stage built, as `docker build --target` names it: the rules about the final image judge it, and DF2002 does not report it. Default: the last stage. `--target` wins.' },
      'a stage name, such as `release`',
    ),
    files: note(
      {
        type: 'array',
        minItems: 1,
        description: 'Globs of the Dockerfiles this override applies to, relative to this file. A glob without `/` matches the file name in any folder.',
        items: note({ type: 'string', minLength: 1 }, 'a non-empty glob'),
      },
      'a non-empty list of globs',
    ),
  };

  const perFile = ['rules', 'ignore', 'failureThreshold', 'trustedRegistries', 'labelSchema', 'strictLabels', 'shell', 'context', 'reportUnusedIgnores', 'disablePragmas', 'shellcheck', 'buildArgs', 'target'];
  const refs = (keys: readonly string[]) => Object.fromEntries(keys.map((key) => [key, { $ref: `#/definitions/${key}` }]));
  definitions.override = {
    type: 'object',
    description: 'Settings for the Dockerfiles that `files` matches, applied over the ones above in list order.',
    additionalProperties: false,
    required: ['files'],
    properties: refs(['files', ...perFile]),
  };

  const schema: JsonSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'dflint configuration',
    description: 'A .dflint.yaml, .dflint.yml or .dflint.json file, or the "dflint" key of package.json. Generated from the rules\' metadata by `npm run generate`; see docs/configuration.md.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'The schema of this file, for editors.' },
      ...refs(perFile),
      // A module path would let any repository being linted run code: only --format may name one.
      format: note(
        { enum: [...formats], description: 'Report format, for runs from this folder. Default `stylish`. A formatter module can only be named on the command line (`--format ./my-formatter.js`).' },
        `one of ${quoteList(formats)} (a formatter module can only be named on the command line, with --format)`,
      ),
      color: { type: 'boolean', description: 'Colour the report, for runs from this folder. Default: when the output is a terminal.' },
      overrides: { type: 'array', description: 'Settings for some Dockerfiles only.', items: { $ref: '#/definitions/override' } },
    },
    definitions,
  };
  return { schema, notes };
}

function ruleValueSchema(id: string, named: readonly Rule[], note: <T extends object>(schema: T, expectation: string) => T): JsonSchema {
  const [rule] = named;
  const description = named.length > 1
    ? `${id}: alias of ${named.map((r) => `${r.code} ${r.name}`).join(', ')}.`
    : `${rule!.code} ${rule!.name}: ${rule!.docs.summary} (default: ${describeDefault(rule!)}).`;
  const severity = { enum: [...SEVERITY_SETTINGS] };
  const options = named.length === 1 ? rule!.options?.schema : undefined;
  if (!options) return { $ref: '#/definitions/severity', description };
  const tuple = `\`[severity, { options }]\`, the options of ${rule!.code} being ${describeOptions(options)}`;
  return note(
    {
      type: ['string', 'array'],
      description,
      if: { type: 'string' },
      then: note(severity, SEVERITY_EXPECTATION),
      else: note({ type: 'array', items: [note({ ...severity }, SEVERITY_EXPECTATION), options], minItems: 2, maxItems: 2 }, tuple),
    },
    `${SEVERITY_EXPECTATION}; or ${tuple}`,
  );
}

function describeOptions(schema: Readonly<Record<string, unknown>>): string {
  const properties = Object.keys((schema.properties as Record<string, unknown> | undefined) ?? {});
  return properties.length === 0 ? 'an object' : `an object with ${list(properties)}`;
}

/** The schema file's text, as `npm run generate` writes it. */
export function renderConfigSchema(rules: readonly Rule[], formats: readonly string[]): string {
  return `${JSON.stringify(buildConfigSchema(rules, formats).schema, null, 2)}\n`;
}
