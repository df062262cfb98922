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

/** The SHELL in effect before each instruction of a stage, starting from the inherited one. */
export function trackShells(
  instructions: readonly Instruction[],
  initial: ShellSetting,
  into: Map<Instruction, ShellSetting>,
): ShellSetting {
  let current = initial;
  for (const instruction of instructions) {
    into.set(instruction, current);
    if (instruction.trigger) into.set(instruction.trigger, current);
    if (instruction.kind === 'SHELL' && instruction.exec && instruction.exec.length > 0) {
      const argv = instruction.exec.map((s) => s.value);
      current = { argv, dialect: dialectOf(argv), instruction };
    }
  }
  return current;
}
