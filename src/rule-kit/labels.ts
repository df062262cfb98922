import type { LabelType, RuleContext, Visitors } from '../engine/types.js';
import { expand, type Expansion, type KnownValue } from '../model/expand.js';
import type { Instruction, Model, Property, Range, Stage } from '../model/types.js';
import { stageLineage } from './stages.js';

/** One `key=value` item of a LABEL. */
export interface Label {
  readonly instruction: Instruction;
  readonly property: Property;
  /** The key after variable substitution, undefined when a variable in it has no known value. */
  readonly key: string | undefined;
}

/** The items of a LABEL (or of an ONBUILD LABEL trigger), with their keys resolved as BuildKit expands them. */
export function labelsOf(model: Model, instruction: Instruction): Label[] {
  if (instruction.kind !== 'LABEL') return [];
  return instruction.properties.map((property) => {
    const key = model.variables.resolve(model.textOf(property.nameRange), instruction);
    return { instruction, property, key: key.unresolved.length === 0 ? key.value : undefined };
  });
}

/**
 * The labels a stage's image gets from this Dockerfile: the stage's own LABELs and those of the
 * stages it is built on (`FROM <stage>`), since an image inherits its base image's labels.
 * ONBUILD LABELs label the images built on this one, not this one.
 */
export function stageLabels(model: Model, stage: Stage): Label[] {
  return stageLineage(stage).flatMap((s) => s.instructions.flatMap((instruction) => labelsOf(model, instruction)));
}

/**
 * Expands `text` with only the values every build gives it: ENV values and literal text. A build
 * argument (ARG, including one an ENV copies) stays unknown, since `--build-arg` can replace
 * its default: label values are the usual place for `ARG VERSION=dev`-style placeholders.
 */
function expandFixed(model: Model, text: string, at: Instruction): Expansion {
  return expand(text, (name): KnownValue | undefined => {
    const binding = model.variables.lookup(name, at);
    if (!binding || binding.source !== 'env' || !binding.instruction) return undefined;
    const property = binding.instruction.properties.findLast((p) => p.name === name);
    if (!property || property.rawValue === null) return undefined;
    return expandFixed(model, property.rawValue, binding.instruction);
  }, model.escapeChar);
}

/** A label's value as every build gives it, or undefined when it depends on a build argument or an unknown variable. */
export function fixedLabelValue(model: Model, label: Label): string | undefined {
  const { rawValue } = label.property;
  if (rawValue === null) return undefined;
  const expansion = expandFixed(model, rawValue, label.instruction);
  return expansion.unresolved.length === 0 ? expansion.value : undefined;
}

/** A label the schema lists, with a value known for every build. */
export interface SchemaLabel {
  readonly key: string;
  readonly type: LabelType;
  readonly value: string;
  /** The value as written, or the whole item when it has none (`LABEL key=`). */
  readonly range: Range;
}

/** The items of a LABEL whose key `labelSchema` lists and whose value is fixed (see `fixedLabelValue`). */
export function schemaLabels(context: RuleContext, instruction: Instruction): SchemaLabel[] {
  const schema = context.settings.labelSchema;
  const found: SchemaLabel[] = [];
  for (const label of labelsOf(context.model, instruction)) {
    if (label.key === undefined || !Object.hasOwn(schema, label.key)) continue;
    const value = fixedLabelValue(context.model, label);
    if (value === undefined) continue;
    const { valueRange, range } = label.property;
    const written = valueRange && (valueRange.start.line !== valueRange.end.line || valueRange.start.character !== valueRange.end.character);
    found.push({ key: label.key, type: schema[label.key]!, value, range: written ? valueRange : range });
  }
  return found;
}

/** A value for a message: in backticks, shortened when long. */
export function showValue(value: string): string {
  const short = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return `\`${short.replace(/`/g, "'")}\``;
}

/**
 * Visitors for a rule that checks the format of the labels the schema gives `type`: each
 * non-empty fixed value `isValid` rejects is reported with `message` (an empty value is the
 * empty-label rule's concern, and a value from a build argument is not known here).
 */
export function checkLabelFormat(
  context: RuleContext,
  type: LabelType,
  isValid: (value: string) => boolean,
  message: (label: SchemaLabel) => string,
): Visitors {
  if (!Object.values(context.settings.labelSchema).includes(type)) return {};
  return {
    LABEL(instruction) {
      for (const label of schemaLabels(context, instruction)) {
        if (label.type === type && label.value !== '' && !isValid(label.value)) {
          context.report({ range: label.range, message: message(label) });
        }
      }
    },
  };
}
