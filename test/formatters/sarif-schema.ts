import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * The SARIF 2.1.0 schema (draft 2020-12) vendored from @microsoft/sarif-multitool-linux 5.7.0
 * (test/support/sarif/README.md). `strict: false` because the schema does not meet ajv's strict
 * mode (`strictRequired`); ajv-formats checks `uri`, `uri-reference`, `date-time` and `uuid`.
 */
const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'support', 'sarif', 'sarif-2.1.0.json'), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

/** Validates a SARIF log (text or parsed): undefined when valid, else the first errors, one a line. */
export function sarifSchemaErrors(log: unknown): string | undefined {
  const data = typeof log === 'string' ? (JSON.parse(log) as unknown) : log;
  if (validate(data)) return undefined;
  return (validate.errors ?? []).slice(0, 20).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');
}
