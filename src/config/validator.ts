import { Ajv, type ValidateFunction } from 'ajv';
import type { JsonSchema } from './schema.js';
import { issuesFromErrors, type Issue, type MessageHints } from './schema-errors.js';

export type Validate = (data: unknown) => Issue[];

/** Compiles a draft-07 schema into a function returning one readable issue per problem. */
export function compileValidator(schema: JsonSchema, hints: MessageHints): Validate {
  // `verbose` gives each error its schema and data, from which the messages are written. The
  // validator runs once per config file, so optimising its code would cost more than it saves.
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, code: { optimize: false } });
  const validate: ValidateFunction = ajv.compile(schema);
  return (data) => (validate(data) ? [] : issuesFromErrors(validate.errors ?? [], data, hints));
}
