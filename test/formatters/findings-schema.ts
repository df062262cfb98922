import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'schema', 'findings.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

/** Validates data against schema/findings.schema.json: undefined when valid, else the errors. */
export function validateFindings(data: unknown): string | undefined {
  return validate(data) ? undefined : JSON.stringify(validate.errors);
}
