import { Ajv, type ValidateFunction } from 'ajv';
import type { Rule } from '../../src/engine/types.js';
import { LABEL_TYPES } from '../../src/rule-kit/label-values.js';
import type { CaseSetup } from './rule-tester.js';

/** The shape of `Settings`: a case (or a `<case>.settings.json`) with a typo must fail, not pass vacuously. */
const SETTINGS_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    trustedRegistries: { type: 'array', items: { type: 'string' } },
    labelSchema: { type: 'object', additionalProperties: { enum: LABEL_TYPES } },
    strictLabels: { type: 'boolean' },
    targets: { type: 'array', items: { type: 'string' } },
  },
};

const ajv = new Ajv({ allErrors: true });
const validateSettings = ajv.compile(SETTINGS_SCHEMA);
const optionValidators = new Map<Rule, ValidateFunction>();

function fail(what: string, validate: ValidateFunction): never {
  const problems = (validate.errors ?? []).map((e) => {
    const extra = typeof e.params['additionalProperty'] === 'string' ? ` (\`${e.params['additionalProperty']}\`)` : '';
    return `${e.instancePath || 'the object'} ${e.message ?? 'is invalid'}${extra}`;
  });
  throw new Error(`${what}: ${problems.join('; ')}`);
}

/** Throws when a case's settings or options are not ones the engine could be given. */
export function checkCaseSetup(rule: Rule, setup: CaseSetup): void {
  if (setup.settings !== undefined && !validateSettings(setup.settings)) fail('invalid settings in test case', validateSettings);
  if (setup.options === undefined) return;
  if (!rule.options) throw new Error(`${rule.code} takes no options, but the test case gives some`);
  let validate = optionValidators.get(rule);
  if (!validate) {
    validate = ajv.compile(rule.options.schema);
    optionValidators.set(rule, validate);
  }
  if (!validate(setup.options)) fail(`invalid options for ${rule.code} in test case`, validate);
}
