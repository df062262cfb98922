import { resolvedArgumentText } from '../model/stage-state.js';
import type { Instruction, Model } from '../model/types.js';

/**
 * An instruction's argument text (trimmed) with the ARG and ENV values it sees substituted, or
 * undefined when a variable in it has no known value: `WORKDIR /app/$NAME`, `USER ${UID}`.
 */
export function resolvedArguments(model: Model, instruction: Instruction): string | undefined {
  return resolvedArgumentText(instruction, model.variables);
}

export { literalParts, variableReferences, type VariableReference } from '../model/variable-references.js';
