import { defineRule } from '../../src/engine/define-rule.js';
import { expand, type KnownValue } from '../../src/model/expand.js';
import type { Instruction, Model, Property, Range } from '../../src/model/types.js';
import { variableReferences } from '../../src/rule-kit/variables.js';

const ANY_VALUE: KnownValue = { value: '', unresolved: [] };

/**
 * Names defined by the other items of the ENV and unknown before it, that `property`'s value
 * expands (quotes and escapes honoured: `'$A'` and `\$A` expand nothing).
 */
function sameStatementReferences(model: Model, env: Instruction, property: Property): string[] {
  if (property.rawValue === null) return [];
  const others = new Set(env.properties.filter((p) => p !== property).map((p) => p.name));
  const pending = (name: string): boolean => others.has(name) && model.variables.lookup(name, env) === undefined;
  return [...expand(property.rawValue, (name) => (pending(name) ? undefined : ANY_VALUE), model.escapeChar).unresolved].filter(pending);
}

/** Where `$name` is written in the value: the reference itself when the value fits on one line. */
function referenceRange(property: Property, name: string): Range {
  const range = property.valueRange!;
  const reference = variableReferences(property.rawValue!).find((r) => r.name === name);
  if (!reference || range.start.line !== range.end.line) return range;
  const line = range.start.line;
  return { start: { line, character: range.start.character + reference.start }, end: { line, character: range.start.character + reference.end } };
}

export default defineRule({
  code: 'DL3044',
  name: 'no-same-env-reference',
  aliases: [],
  severity: 'error',
  category: 'correctness',
  fixable: false,
  docs: {
    summary: 'Do not reference a variable in the `ENV` statement that defines it',
    why:
      'All values of one `ENV` are expanded before any of its variables is set, so `ENV DIR=/opt/app ' +
      'BIN=$DIR/bin` sets `BIN` to `/bin`: `$DIR` is still empty. Define the variable in an earlier `ENV` ' +
      'and reference it in a later one. Extending a variable with its own old value (`PATH=/x:$PATH`) is fine.',
    bad: 'FROM alpine:3.20\nENV APP_HOME=/opt/app APP_BIN=${APP_HOME}/bin',
    good: 'FROM alpine:3.20\nENV APP_HOME=/opt/app\nENV APP_BIN=${APP_HOME}/bin',
    references: ['https://docs.docker.com/reference/dockerfile/#environment-replacement', 'https://github.com/hadolint/hadolint/wiki/DL3044'],
    differences:
      'hadolint remembers ARG and ENV names from anywhere earlier in the file, so a name defined in an ' +
      'earlier stage hides the problem in a later one; dflint uses the variables the stage really sees ' +
      '(its own ARG/ENV, its parent stage\'s ENV, global ARGs it redeclares). hadolint also misses a bare ' +
      'reference at the very end of a value (`ENV A=1 B=$A`) and references with a modifier ' +
      '(`ENV ROOT=/srv HOME=${ROOT:-/u01}/home`, which gets the base image\'s `ROOT` or `/u01`), and counts references inside single quotes or ' +
      'escaped (`\'$A\'`, `\\$A`), which BuildKit does not expand; dflint follows BuildKit\'s expansion.',
  },
  create(context) {
    return {
      ENV(env) {
        if (env.properties.length < 2) return;
        for (const property of env.properties) {
          for (const name of sameStatementReferences(context.model, env, property)) {
            context.report({
              range: referenceRange(property, name),
              message: `\`${name}\` is defined in this same \`ENV\` and is not set yet here: define it in an earlier \`ENV\``,
            });
          }
        }
      },
    };
  },
});
