import type { Instruction, Model, Stage } from '../model/types.js';
import { commandsOf } from './commands.js';
import { mayUseIndexOf, packageCommandOf } from './package-managers.js';

/** What a RUN first does with the apt lists: reads them (installs, `apt-cache`), or downloads them anew. */
type ListsUse = 'reads' | 'refreshes' | undefined;

function listsUseOf(run: Instruction): ListsUse {
  for (const command of commandsOf(run)) {
    const call = packageCommandOf(command);
    if (call?.family === 'apt' && call.refreshesIndex) return 'refreshes';
    if (mayUseIndexOf(command, 'apt')) return 'reads';
  }
  return undefined;
}

/**
 * A test of whether the apt lists a RUN leaves behind are read by a later RUN that does not
 * download them first: later in the same stage, or in a stage built on it (`FROM <stage>`).
 * Deleting the lists at the end of such a RUN would break that later install. Each stage is
 * walked once, from its end, however many RUNs are asked about.
 */
export function laterReadsOfAptLists(model: Model): (run: Instruction) => boolean {
  const children = new Map<Stage, Stage[]>();
  for (const stage of model.stages) if (stage.parent) children.set(stage.parent, [...(children.get(stage.parent) ?? []), stage]);
  /** Per stage: the first use from each of its instructions on (by position), then past its end. */
  const nextUses = new Map<Stage, ListsUse[]>();

  const usesAfter = (stage: Stage): ListsUse[] => {
    const known = nextUses.get(stage);
    if (known) return known;
    const instructions = stage.instructions;
    const uses: ListsUse[] = new Array<ListsUse>(instructions.length + 1);
    // Past the stage's end, the lists go on into the stages built on it.
    const inChildren = (children.get(stage) ?? []).map((child) => usesAfter(child)[0]);
    uses[instructions.length] = inChildren.includes('reads') ? 'reads' : undefined;
    for (let i = instructions.length - 1; i >= 0; i--) {
      const instruction = instructions[i]!;
      uses[i] = (instruction.kind === 'RUN' ? listsUseOf(instruction) : undefined) ?? uses[i + 1];
    }
    nextUses.set(stage, uses);
    return uses;
  };

  return (run) => {
    // An ONBUILD trigger runs in another build, whose later instructions are unknown here.
    if (run.onbuild) return false;
    const stage = model.stageOf(run);
    if (!stage) return false;
    // A stage's instructions follow its FROM in the model's list.
    const position = run.index - stage.from.index - 1;
    return stage.instructions[position] === run && usesAfter(stage)[position + 1] === 'reads';
  };
}
