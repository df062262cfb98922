import { defineRule } from '../../src/engine/define-rule.js';
import type { Fix, TextEdit } from '../../src/engine/types.js';
import type { Instruction, Model, Property, Range } from '../../src/model/types.js';
import { assignmentValue } from '../../src/rule-kit/key-value-form.js';

/** A key the two forms read alike: no quotes, escapes, variables or `=` to process. */
function isPlainKey(key: string, escapeChar: string): boolean {
  return !/["'$=\s]/.test(key) && !key.includes(escapeChar);
}

/** The value as the build reads it: the logical line after the key and the blanks that follow it. */
function legacyValue(instruction: Instruction): string {
  return instruction.argsText.replace(/^\S+\s+/, '');
}

/** `key value` where the value starts with `=`: the author meant `key=value`, but the value holds the `=`. */
function spacedAssignment(value: string): boolean {
  return value.startsWith('=');
}

/**
 * Edits that turn `key value` into `key=value` with the same value. The blanks (and line
 * continuations) between key and value are replaced by `=`. A value that needs only quotes
 * around it keeps its lines; one that needs escapes inside is rewritten, if it is on one line.
 */
function assignmentEdits(model: Model, instruction: Instruction, property: Property, valueRange: Range): TextEdit[] | undefined {
  const gap = { start: property.nameRange.end, end: valueRange.start };
  if (model.textOf(gap).includes('#') || !isPlainKey(model.textOf(property.nameRange), model.escapeChar)) return undefined;
  const value = legacyValue(instruction);
  const written = assignmentValue(value, model.escapeChar);
  if (written === undefined) return undefined;
  if (written === value) return [{ range: gap, text: '=' }];
  if (written === `"${value}"`) return [{ range: gap, text: '="' }, { range: { start: valueRange.end, end: valueRange.end }, text: '"' }];
  if (valueRange.start.line !== valueRange.end.line || model.textOf(valueRange) !== value) return undefined;
  return [{ range: { start: property.nameRange.end, end: valueRange.end }, text: `=${written}` }];
}

function toAssignment(model: Model, instruction: Instruction, property: Property, valueRange: Range): Fix | undefined {
  const edits = assignmentEdits(model, instruction, property, valueRange);
  return edits && { description: 'Write `key=value`', safety: 'safe', edits };
}

/** For `key = value`: `key=value`, dropping the `=` and blanks the value starts with (on one line). */
function toIntendedAssignment(model: Model, instruction: Instruction, property: Property, valueRange: Range): Fix | undefined {
  const value = legacyValue(instruction);
  const intended = value.replace(/^=\s*/, '');
  if (valueRange.start.line !== valueRange.end.line || model.textOf(valueRange) !== value || !intended) return undefined;
  if (!isPlainKey(model.textOf(property.nameRange), model.escapeChar)) return undefined;
  const written = assignmentValue(intended, model.escapeChar);
  if (written === undefined) return undefined;
  return {
    description: 'Write `key=value` without the `=` the value starts with',
    safety: 'unsafe',
    edits: [{ range: { start: property.nameRange.end, end: valueRange.end }, text: `=${written}` }],
  };
}

export default defineRule({
  code: 'DF3008',
  name: 'no-legacy-key-value',
  aliases: ['LegacyKeyValueFormat'],
  severity: 'warning',
  category: 'maintainability',
  fixable: 'unsafe',
  editorTag: 'deprecated',
  onbuild: true,
  docs: {
    summary: 'Write `ENV` and `LABEL` as `key=value`, not the legacy `key value`',
    why:
      '`ENV key value` sets one variable to the whole rest of the line, spaces included, while ' +
      '`ENV key=value` ends the value at the first unquoted space, so the two forms read the same text ' +
      'differently and are easy to mix up when a second variable is added. The legacy form is ' +
      'deprecated and may be removed, and Docker\'s own build check warns about it.',
    bad: 'FROM alpine:3.20\nENV APP_HOME /opt/app\nENV GREETING hello world\nLABEL description Runs the app',
    good: 'FROM alpine:3.20\nENV APP_HOME=/opt/app\nENV GREETING="hello world"\nLABEL description="Runs the app"',
    fixed: 'FROM alpine:3.20\nENV APP_HOME=/opt/app\nENV GREETING="hello world"\nLABEL description="Runs the app"',
    fixSafety:
      'The fix writes `key=value`, putting the value in double quotes when it has blanks and escaping ' +
      'what double quotes would read differently (a single-quoted part\'s `"`, `$` and escape ' +
      'characters), so the variable or label gets the same string and `$VAR` is still substituted. It ' +
      'is safe; a value continued over lines keeps its lines when quotes around it are enough. No fix ' +
      'is offered when the same value cannot be certain: a key with quotes or variables, an unclosed ' +
      'quote, quotes inside `${...}`, a comment line between key and value, or a value continued over ' +
      'lines that would need escapes. `LABEL key = value` sets `key` to `= value`, which is not what ' +
      'its author meant: its fix drops the `=` and is unsafe, since the label\'s value changes.',
    differences:
      'BuildKit checks `ENV` and `LABEL` only (its rule page shows `ARG`, but `ARG a b` declares two ' +
      'arguments). dflint also reports the legacy form inside `ONBUILD`, which BuildKit checks only ' +
      'in the build that runs the trigger. dflint reports the item (key and value) rather than the ' +
      'whole instruction.',
    references: [
      'https://docs.docker.com/reference/build-checks/legacy-key-value-format/',
      'https://docs.docker.com/reference/dockerfile/#env',
    ],
  },
  create(context) {
    const { model } = context;
    const check = (instruction: Instruction) => {
      for (const property of instruction.properties) {
        const valueRange = property.valueRange;
        if (!property.legacy || !valueRange) continue;
        const { keyword } = instruction;
        const range = { start: property.nameRange.start, end: valueRange.end };
        if (spacedAssignment(legacyValue(instruction))) {
          const fix = toIntendedAssignment(model, instruction, property, valueRange);
          context.report({
            range,
            message: `\`${keyword} ${property.name} = value\` is the legacy form, and the value starts with \`=\`: write \`${keyword} ${property.name}=value\` with no blanks around \`=\``,
            ...(fix ? { fix } : {}),
          });
          continue;
        }
        const fix = toAssignment(model, instruction, property, valueRange);
        context.report({
          range,
          message: `\`${keyword} ${property.name} value\` is the legacy form: write \`${keyword} ${property.name}=value\``,
          ...(fix ? { fix } : {}),
        });
      }
    };
    return { ENV: check, LABEL: check };
  },
});
