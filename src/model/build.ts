import { astInstructionsByLine } from '../parse/dockerfile-ast.js';
import { scan } from '../parse/scan.js';
import { SourceText } from '../parse/source.js';
import { buildInstruction, type DraftExtras, type DraftInstruction } from './instructions.js';
import { findProblems } from './problems.js';
import { execFormScript, shellFormScript } from './shell/script.js';
import { placeShellPragmas, shellPragmas } from './shell-pragmas.js';
import { DEFAULT_SHELL, dialectOf, trackShells } from './shells.js';
import { shippedContents } from './shipping.js';
import { trackStageStates } from './stage-state.js';
import { stagesBuiltFor, targetStage } from './targets.js';
import { buildStages, groupStages, parentIndexOf } from './stages.js';
import type { Instruction, Model, ShellSetting, WorkdirSetting } from './types.js';
import { ScopeTable } from './variables.js';

const SCRIPTED = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK']);
/** The working directory of an instruction before any FROM. */
const UNKNOWN_WORKDIR: WorkdirSetting = { path: undefined, set: false };

export interface ModelOptions {
  /**
   * The shell a stage starts with when no `SHELL` is set (default `/bin/sh -c`), for files meant
   * for a base image with another default, such as Windows images running PowerShell.
   */
  readonly defaultShell?: readonly string[];
  /**
   * Build args as `docker build --build-arg` gives them: each sets the value of the ARGs of its
   * name that the file declares (over their defaults) and of the predefined ARGs; others do nothing.
   */
  readonly buildArgs?: Readonly<Record<string, string>>;
  /**
   * The stage built, as `docker build --target` names it (default: the last stage). A name no
   * stage has throws UnknownTargetError.
   */
  readonly target?: string;
}

/**
 * Builds the semantic model of one Dockerfile. The shell parser must be initialised first
 * (`initShellParser`). The model is computed once and shared, read-only, by every rule.
 */
export function buildModel(text: string, options: ModelOptions = {}): Model {
  const configuredShell = options.defaultShell && options.defaultShell.length > 0
    ? { argv: options.defaultShell, dialect: dialectOf(options.defaultShell), instruction: undefined }
    : DEFAULT_SHELL;
  const source = new SourceText(text);
  const scanned = scan(source);
  const escapeChar = scanned.directives.escapeChar;
  const astByLine = astInstructionsByLine(source, scanned);

  const extras = new Map<Instruction, DraftExtras>();
  const instructions: DraftInstruction[] = scanned.instructions.map((s, index) =>
    buildInstruction(
      {
        source,
        logical: s.logical,
        range: source.rangeOf(s.startOffset, s.endOffset),
        heredocs: s.heredocs,
        ast: astByLine.get(s.startLine),
        index,
        escapeChar,
      },
      extras,
    ),
  );

  const firstFrom = instructions.findIndex((i) => i.kind === 'FROM');
  const globalArgs = (firstFrom < 0 ? instructions : instructions.slice(0, firstFrom)).filter((i) => i.kind === 'ARG');
  const groups = groupStages(instructions);
  groups.forEach((group, stageIndex) => {
    for (const instruction of [group.from, ...group.instructions] as DraftInstruction[]) {
      instruction.stageIndex = stageIndex;
      if (instruction.trigger) instruction.trigger.stageIndex = stageIndex;
    }
  });

  // FROM lines see only global ARGs, so parents can be found before stage scopes exist.
  const buildArgs = options.buildArgs ?? {};
  const globalScope = new ScopeTable(globalArgs, groups.map((g) => ({ from: g.from, instructions: [], parentIndex: undefined })), escapeChar, buildArgs);
  const parents = groups.map((group, index) => parentIndexOf(group.from, groups.slice(0, index), globalScope));
  const variables = new ScopeTable(
    globalArgs,
    groups.map((g, i) => ({ from: g.from, instructions: g.instructions, parentIndex: parents[i] })),
    escapeChar,
    buildArgs,
  );
  const stages = buildStages(groups, parents, variables);
  const target = targetStage(stages, options.target);
  const built = stagesBuiltFor(target, stages);
  const shipped = shippedContents(stages, target, variables);
  const stageStates = trackStageStates(stages, variables);

  // `# hadolint shell=` / `# dflint shell=` pragmas act as a SHELL at their place (before any FROM:
  // the default of every stage), so a file can declare a Windows shell without a SHELL instruction.
  const shellPlacement = placeShellPragmas(shellPragmas(scanned.comments), instructions);
  const defaultShell = shellPlacement.defaultShell ?? configuredShell;
  const shells = new Map<Instruction, ShellSetting>();
  const finalShells: ShellSetting[] = [];
  groups.forEach((group, index) => {
    const parent = parents[index];
    const inherited = parent === undefined ? defaultShell : finalShells[parent] ?? defaultShell;
    const initial = shellPlacement.stageStart.get(index) ?? inherited;
    shells.set(group.from, initial);
    finalShells.push(trackShells(group.instructions, initial, shells, shellPlacement.inStage.get(index)));
  });
  const shellAt = (instruction: Instruction) => shells.get(instruction) ?? defaultShell;

  const attachScript = (instruction: DraftInstruction) => {
    if (instruction.trigger) attachScript(instruction.trigger);
    if (!SCRIPTED.has(instruction.kind)) return;
    if (instruction.kind === 'HEALTHCHECK' && instruction.subcommand !== 'CMD') return;
    if (instruction.form === 'exec') {
      if (instruction.kind === 'RUN' && instruction.exec) instruction.shell = execFormScript(instruction.exec, instruction.argsRange ?? instruction.range);
      return;
    }
    const dialect = shellAt(instruction.onbuild ?? instruction).dialect;
    const info = extras.get(instruction);
    if (!dialect || !info || instruction.form === 'none') return;
    instruction.shell = shellFormScript(source, info.argsText, instruction.kind === 'RUN' ? info.scannedHeredocs : [], dialect);
  };
  instructions.forEach(attachScript);

  const problems = findProblems(instructions, extras, scanned.directives.problems, scanned.instructions, source);

  return {
    text: source.text,
    escapeChar,
    directives: scanned.directives.directives,
    comments: scanned.comments.map((c) => ({ text: c.text, range: c.range })),
    instructions,
    globalArgs,
    stages,
    target,
    isBuilt: (stage) => built.has(stage),
    problems,
    variables,
    stageOf: (instruction) => stages[instruction.stageIndex],
    shipped: (stage) => shipped.get(stage)!,
    shellAt,
    workdirAt: (instruction) => stageStates.before.get(instruction)?.workdir ?? UNKNOWN_WORKDIR,
    userAt: (instruction) => stageStates.before.get(instruction)?.user,
    finalUser: (stage) => stageStates.atEnd.get(stage)?.user,
    textOf: (range) => source.slice(range),
    lineText: (line) => source.lineText(line),
  };
}
