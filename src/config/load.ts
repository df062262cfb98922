import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Rule } from '../engine/types.js';
import { FORMAT_NAMES } from '../formatters/names.js';
import { DFLINT_KEY_ADVICE, readDflintConfig } from './dflint-format.js';
import type { ConfigFileRef } from './discover.js';
import { HADOLINT_KEY_ADVICE, hadolintSchema, readHadolintConfig } from './hadolint-format.js';
import { problemsAt } from './located.js';
import { parseConfigText } from './parse-file.js';
import type { ConfigProblem } from './problems.js';
import { unknownRuleMessage } from './rule-ids.js';
import { buildConfigSchema, ruleIds } from './schema.js';
import type { LoadedConfig } from './types.js';
import { compileValidator, type Validate } from './validator.js';
import { errorMessage } from '../error-message.js';

/**
 * Reading config files: parse, validate, normalise. This module pulls in the YAML parser and
 * ajv, so it is imported only once a config file exists: runs without one start faster.
 */

export type LoadResult = { readonly ok: true; readonly config: LoadedConfig } | { readonly ok: false; readonly problems: readonly ConfigProblem[] };

export type LoadConfig = (ref: ConfigFileRef) => LoadResult;

/** A loader for these rules; each schema is compiled on first use. `display` names files in messages. */
export function createLoader(rules: readonly Rule[], display: (path: string) => string): LoadConfig {
  const ids = ruleIds(rules);
  let dflintValidator: Validate | undefined;
  let hadolintValidator: Validate | undefined;
  const dflintValidate = () => {
    if (!dflintValidator) {
      const { schema, notes } = buildConfigSchema(rules, FORMAT_NAMES);
      const idList = [...ids.keys()];
      dflintValidator = compileValidator(schema, { notes, keyAdvice: DFLINT_KEY_ADVICE, unknownRule: (id) => unknownRuleMessage(id, idList) });
    }
    return dflintValidator;
  };
  const hadolintValidate = () => {
    if (!hadolintValidator) {
      const { schema, notes } = hadolintSchema();
      hadolintValidator = compileValidator(schema, { notes, keyAdvice: HADOLINT_KEY_ADVICE });
    }
    return hadolintValidator;
  };

  return (ref) => {
    const source = display(ref.path);
    let text: string;
    try {
      text = readFileSync(ref.path, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : errorMessage(error);
      return { ok: false, problems: [{ source, message: `cannot read the config file: ${reason}` }] };
    }
    const parsed = parseConfigText(text, ref.syntax, source, ref.within);
    if (!parsed.ok) return { ok: false, problems: parsed.problems };
    if (ref.within.length > 0 && parsed.data === undefined) return { ok: false, problems: [{ source, message: `has no \`${ref.within.join('.')}\` key` }] };
    const base = { path: ref.path, display: source, dir: dirname(ref.path), format: ref.format };

    if (ref.format === 'hadolint') {
      const read = readHadolintConfig(parsed.data, source, hadolintValidate(), ids);
      if (!read.ok) return { ok: false, problems: problemsAt(source, parsed.locate, read.issues) };
      return { ok: true, config: { ...base, base: read.layer, overrides: [], warnings: read.warnings } };
    }
    const read = readDflintConfig(parsed.data, source, base.dir, dflintValidate(), ids);
    if (!read.ok) return { ok: false, problems: problemsAt(source, parsed.locate, read.issues) };
    return { ok: true, config: { ...base, ...read.config, warnings: [] } };
  };
}
