import type { ErrorObject } from 'ajv';
import { pointerToPath, type KeyPath } from './key-path.js';
import type { SchemaNotes } from './schema.js';
import { didYouMean } from './suggest.js';

/** One validation failure: where, and a sentence saying what was expected. */
export interface Issue {
  readonly path: KeyPath;
  /** The problem is the key itself (an unknown key), not its value. */
  readonly key?: boolean;
  readonly message: string;
}

export interface MessageHints {
  readonly notes?: SchemaNotes;
  /** Advice for keys that are valid in a related format (hadolint's `override` in a dflint file). */
  readonly keyAdvice?: Readonly<Record<string, string>>;
  /** Explains an id that names no rule (see `unknownRuleMessage`). */
  readonly unknownRule?: (id: string) => string;
}

/**
 * Turns ajv's errors (compiled with `allErrors` and `verbose`) into one issue per problem. Where
 * a value has the wrong type, only that is said; `if` errors are dropped because the branch
 * that failed says more.
 */
export function issuesFromErrors(errors: readonly ErrorObject[], data: unknown, hints: MessageHints): Issue[] {
  const wrongType = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const told = new Set<string>();
  const issues: Issue[] = [];
  for (const error of errors) {
    if (error.keyword === 'if' || error.keyword === 'propertyNames') continue;
    // A value of the wrong type gets one message: its first (outermost) type error.
    if (wrongType.has(error.instancePath) && (error.keyword !== 'type' || told.has(error.instancePath))) continue;
    if (error.keyword === 'type') told.add(error.instancePath);
    const issue = toIssue(error, data, hints);
    if (!issues.some((other) => other.message === issue.message && JSON.stringify(other.path) === JSON.stringify(issue.path))) issues.push(issue);
  }
  return issues;
}

function toIssue(error: ErrorObject, data: unknown, hints: MessageHints): Issue {
  const path = pointerToPath(error.instancePath, data);
  const parent = error.parentSchema as object | undefined;
  const expected = parent ? hints.notes?.expected.get(parent) : undefined;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const keyPath = [...path, key];
      if (parent && hints.notes?.ruleKeyed.has(parent)) return { path: keyPath, key: true, message: unknownRule(key, hints) };
      const properties = Object.keys(((parent as { properties?: object } | undefined)?.properties) ?? {});
      const advice = hints.keyAdvice?.[key];
      return {
        path: keyPath,
        key: true,
        message: advice
          ? `unknown key \`${key}\`: ${advice}`
          : `unknown key \`${key}\`${didYouMean(key, properties, `expected one of ${quoteList(properties)}`)}`,
      };
    }
    case 'required':
      return { path, message: `missing the required key \`${String(params.missingProperty)}\`` };
    case 'enum': {
      if (parent && hints.notes?.ruleValued.has(parent) && typeof error.data === 'string') return { path, message: unknownRule(error.data, hints) };
      const allowed = (params.allowedValues as unknown[]).map(String);
      const guess = typeof error.data === 'string' ? didYouMean(error.data, allowed) : '';
      return { path, message: `expected ${expected ?? `one of ${quoteList(allowed)}`}; got ${describeValue(error.data)}${guess}` };
    }
    case 'type':
      return { path, message: `expected ${expected ?? typeNames(params.type)}; got ${describeValue(error.data, true)}` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { path, message: `expected a number ${String(params.comparison)} ${String(params.limit)}; got ${describeValue(error.data)}` };
    case 'minItems':
    case 'maxItems':
    case 'minLength':
    case 'pattern':
      return { path, message: `expected ${expected ?? error.message ?? 'another value'}; got ${describeValue(error.data)}` };
    default:
      return { path, message: error.message ?? `invalid value ${describeValue(error.data)}` };
  }
}

function unknownRule(id: string, hints: MessageHints): string {
  return hints.unknownRule ? hints.unknownRule(id) : `unknown rule \`${id}\`${didYouMean(id, hints.notes?.ruleIds ?? [])}`;
}

export function quoteList(values: readonly string[]): string {
  return values.map((v) => `\`${v}\``).join(', ');
}

const TYPE_NAMES: Record<string, string> = {
  object: 'a mapping (`key: value`)',
  array: 'a list',
  string: 'a string',
  boolean: '`true` or `false`',
  integer: 'an integer',
  number: 'a number',
  null: '`null`',
};

function typeNames(type: unknown): string {
  const types = Array.isArray(type) ? type.map(String) : [String(type)];
  return types.map((t) => TYPE_NAMES[t] ?? t).join(' or ');
}

/** How a value is named in a message: `` `fatal` ``, `` `5` ``, `a list of 1 item`, `a mapping`; `typed` says a string is one (`yes` is not a boolean). */
export function describeValue(value: unknown, typed = false): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (value !== null && typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return typed ? `\`${value}\` (a string)` : `\`${value}\``;
  return `\`${JSON.stringify(value)}\``;
}
