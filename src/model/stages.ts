import { parseImageRef } from './image-ref.js';
import { resolveBaseStage, resolveFromStage } from './stage-names.js';
import type { Instruction, Range, Stage, StageDependency, Variables } from './types.js';

interface DraftStage extends Stage {
  parent: Stage | undefined;
  dependencies: StageDependency[];
  instructions: Instruction[];
}

/** Groups instructions into stages; instructions before the first FROM belong to none. */
export function groupStages(instructions: readonly Instruction[]): Array<{ from: Instruction; instructions: Instruction[] }> {
  const groups: Array<{ from: Instruction; instructions: Instruction[] }> = [];
  for (const instruction of instructions) {
    if (instruction.kind === 'FROM') groups.push({ from: instruction, instructions: [] });
    else groups[groups.length - 1]?.instructions.push(instruction);
  }
  return groups;
}

/** The alias of a FROM (`FROM image AS name`), with its range. */
export function stageAlias(from: Instruction): { name: string; range: Instruction['keywordRange'] } | undefined {
  const [, as, name] = from.args;
  if (as && name && as.value.toUpperCase() === 'AS') return { name: name.value, range: name.range };
  return undefined;
}

/** Index of the earlier stage a FROM builds on, by its alias (see `resolveBaseStage`). */
export function parentIndexOf(from: Instruction, earlier: ReadonlyArray<{ from: Instruction }>, variables: Variables): number | undefined {
  const image = from.args[0];
  if (!image) return undefined;
  const named = earlier.map((group, index) => ({ name: stageAlias(group.from)?.name, index }));
  return resolveBaseStage(named, variables.resolve(image.raw, from).value, earlier.length)?.index;
}

export function buildStages(
  groups: ReadonlyArray<{ from: Instruction; instructions: Instruction[] }>,
  parents: ReadonlyArray<number | undefined>,
  variables: Variables,
): Stage[] {
  const stages: DraftStage[] = groups.map((group, index) => {
    const alias = stageAlias(group.from);
    const imageWord = group.from.args[0];
    const imageText = imageWord?.raw ?? '';
    const resolution = variables.resolve(imageText, group.from);
    const platformFlag = group.from.flags.find((f) => f.name === 'platform');
    return {
      index,
      name: alias?.name,
      nameRange: alias?.range,
      from: group.from,
      image: parseImageRef(imageText, resolution.value, imageWord?.range ?? group.from.keywordRange, resolution.unresolved),
      platform: platformFlag?.value != null && platformFlag.valueRange
        ? {
            value: platformFlag.value,
            resolved: variables.resolve(platformFlag.value, group.from).value,
            range: platformFlag.valueRange,
          }
        : undefined,
      parent: undefined,
      instructions: group.instructions,
      dependencies: [],
      isLast: index === groups.length - 1,
    };
  });
  stages.forEach((stage, index) => {
    const parentIndex = parents[index];
    stage.parent = parentIndex === undefined ? undefined : stages[parentIndex];
    for (const instruction of stage.instructions) {
      for (const flag of instruction.flags) {
        let reference: string | null | undefined;
        let referenceRange: Range | null | undefined;
        let kind: StageDependency['kind'];
        if (instruction.kind === 'COPY' && flag.name === 'from') {
          reference = flag.value;
          referenceRange = flag.valueRange;
          kind = 'copy';
        } else if (instruction.kind === 'RUN' && flag.name === 'mount') {
          const option = flag.options.find((o) => o.key === 'from');
          reference = option?.value;
          referenceRange = option?.valueRange;
          kind = 'mount';
        } else continue;
        if (!reference) continue;
        const range = flag.valueRange ?? flag.range;
        const target = resolveFromStage(stages, reference);
        stage.dependencies.push({
          kind,
          instruction,
          reference,
          range,
          referenceRange: referenceRange ?? range,
          stage: target,
          image: target ? undefined : parseImageRef(reference, reference, range, []),
        });
      }
    }
  });
  return stages;
}
