import { dialectOf } from './shells.js';
import type { Comment, Instruction, ShellSetting } from './types.js';

/**
 * `# hadolint shell=<shell>` or `# dflint shell=<shell>`, optionally followed by `# reason` or
 * `-- reason`. hadolint reads it only to pick ShellCheck's dialect; dflint treats it as the shell
 * of the stage from that point on, as a SHELL would be, without changing what the build does.
 */
const SHELL_PRAGMA_START = /^[ \t]*(?:hadolint|dflint)[ \t]+shell[ \t]*=[ \t]*(\S+)/;
/** What may follow the shell's name: nothing, `# reason` or `-- reason`. */
const SHELL_PRAGMA_END = /^(?:[ \t]*#.*|[ \t]+--(?:[ \t].*)?|[ \t]*)$/;
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

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

/**
 * The shell a pragma names, as the single pattern `START(\S+)(?:[ \t]*#.*|[ \t]+--(?:[ \t].*)?)?[ \t]*$`
 * read it, without its quadratic backtracking: the whole word when the rest of the comment is
 * allowed; else the word cut at its last `#` (`sh#reason text`) unless a line break follows.
 */
export function shellPragmaOf(commentText: string): string | undefined {
  const match = SHELL_PRAGMA_START.exec(commentText);
  if (!match) return undefined;
  const word = match[1]!;
  const rest = commentText.slice(match[0].length);
  if (SHELL_PRAGMA_END.test(rest)) return word;
  const hash = word.lastIndexOf('#');
  return hash > 0 && !LINE_TERMINATOR.test(rest) ? word.slice(0, hash) : undefined;
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
