import type { ShellPragma } from './shell-pragmas.js';
import type { Instruction, ShellDialect, ShellSetting } from './types.js';

export const DEFAULT_SHELL: ShellSetting = { argv: ['/bin/sh', '-c'], dialect: 'sh', instruction: undefined };

const DIALECTS: Record<string, ShellDialect> = {
  sh: 'sh', bash: 'bash', dash: 'dash', ash: 'ash', zsh: 'zsh', ksh: 'ksh', mksh: 'ksh',
};

/** The POSIX-like dialect of a SHELL argv; undefined for PowerShell, cmd and anything unknown. */
export function dialectOf(argv: readonly string[]): ShellDialect | undefined {
  const program = (argv[0] ?? '').replace(/\\/g, '/').split('/').pop()!.toLowerCase().replace(/\.exe$/, '');
  if (program === 'busybox') return argv[1] === 'sh' || argv[1] === 'ash' ? 'ash' : undefined;
  return DIALECTS[program];
}

/**
 * The SHELL in effect before each instruction of a stage, starting from the inherited one. Shell
 * pragmas inside the stage (in line order) count as a SHELL from the next instruction on.
 */
export function trackShells(
  instructions: readonly Instruction[],
  initial: ShellSetting,
  into: Map<Instruction, ShellSetting>,
  pragmas: readonly ShellPragma[] = [],
): ShellSetting {
  let current = initial;
  let pending = 0;
  for (const instruction of instructions) {
    while (pending < pragmas.length && pragmas[pending]!.line < instruction.range.start.line) current = pragmas[pending++]!.setting;
    into.set(instruction, current);
    if (instruction.trigger) into.set(instruction.trigger, current);
    if (instruction.kind === 'SHELL' && instruction.exec && instruction.exec.length > 0) {
      const argv = instruction.exec.map((s) => s.value);
      current = { argv, dialect: dialectOf(argv), instruction };
    }
  }
  if (pending < pragmas.length) current = pragmas[pragmas.length - 1]!.setting;
  return current;
}
