import { dialectOf } from './shells.js';
import type { Comment, Instruction, ShellSetting } from './types.js';

/**
 * `# hadolint shell=<shell>` or `# dflint shell=<shell>`, optionally followed by `# reason` or
 * `-- reason`. hadolint reads it only to pick ShellCheck's dialect; dflint treats it as the shell
 * of the stage from that point on, as a SHELL would be, without changing what the build does.
 */
const SHELL_PRAGMA = /^[ \t]*(?:hadolint|dflint)[ \t]+shell[ \t]*=[ \t]*(\S+)(?:[ \t]*#.*|[ \t]+--(?:[ \t].*)?)?[ \t]*$/;

export interface ShellPragma {
  /** 0-based line of the comment. */
  readonly line: number;
  readonly setting: ShellSetting;
}

/** Where each shell pragma takes effect. */
export interface ShellPragmaPlacement {
  /** The last pragma before the first FROM: the shell every stage starts with. */
  readonly defaultShell: ShellSetting | undefined;
  /** Per stage index: a pragma directly above its FROM (only comments and blank lines between). */
  readonly stageStart: ReadonlyMap<number, ShellSetting>;
  /** Per stage index: pragmas inside the stage, in line order, effective from the next instruction. */
  readonly inStage: ReadonlyMap<number, readonly ShellPragma[]>;
}

export function shellPragmaOf(commentText: string): string | undefined {
  return SHELL_PRAGMA.exec(commentText)?.[1];
}

export function shellPragmas(comments: readonly Comment[]): ShellPragma[] {
  const pragmas: ShellPragma[] = [];
  for (const comment of comments) {
    const shell = shellPragmaOf(comment.text);
    if (shell === undefined) continue;
    // The pragma names a program only; its flags are unknown, so argv holds just the program.
    pragmas.push({ line: comment.range.start.line, setting: { argv: [shell], dialect: dialectOf([shell]), instruction: undefined } });
  }
  return pragmas;
}

/**
 * Sorts shell pragmas by effect: before the first FROM they set the default for all stages (as
 * in hadolint); directly above a later FROM they set that stage's starting shell; anywhere else
 * they change the shell from the next instruction of the stage they are in.
 */
export function placeShellPragmas(pragmas: readonly ShellPragma[], instructions: readonly Instruction[]): ShellPragmaPlacement {
  const firstFrom = instructions.find((i) => i.kind === 'FROM');
  let defaultShell: ShellSetting | undefined;
  const stageStart = new Map<number, ShellSetting>();
  const inStage = new Map<number, ShellPragma[]>();
  for (const pragma of pragmas) {
    if (!firstFrom || pragma.line < firstFrom.range.start.line) {
      defaultShell = pragma.setting;
      continue;
    }
    const inside = instructions.some((i) => i.range.start.line < pragma.line && pragma.line <= i.range.end.line);
    const next = instructions.find((i) => i.range.start.line > pragma.line);
    if (!inside && next?.kind === 'FROM') {
      stageStart.set(next.stageIndex, pragma.setting);
      continue;
    }
    const stageIndex = lastStageStartingBefore(instructions, pragma.line);
    const list = inStage.get(stageIndex) ?? [];
    list.push(pragma);
    inStage.set(stageIndex, list);
  }
  return { defaultShell, stageStart, inStage };
}

function lastStageStartingBefore(instructions: readonly Instruction[], line: number): number {
  let stageIndex = 0;
  for (const instruction of instructions) {
    if (instruction.range.start.line >= line) break;
    if (instruction.kind === 'FROM') stageIndex = instruction.stageIndex;
  }
  return stageIndex;
}
