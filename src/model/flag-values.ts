import type { Flag, Instruction, InstructionKind } from './types.js';

/** How BuildKit reads a flag: a switch (`--link`, `--link=false`) or a flag that needs `=value`. */
type FlagKind = 'switch' | 'valued';

/**
 * The flags BuildKit declares for each instruction (frontend/dockerfile/instructions/parse.go and
 * the RUN hooks). Flags that may be repeated (`--mount`, `--exclude`) need a value like the others.
 */
const FLAG_KINDS: Partial<Record<InstructionKind, Readonly<Record<string, FlagKind>>>> = {
  ADD: { chown: 'valued', chmod: 'valued', link: 'switch', 'keep-git-dir': 'switch', checksum: 'valued', unpack: 'switch', exclude: 'valued' },
  COPY: { chown: 'valued', from: 'valued', chmod: 'valued', link: 'switch', exclude: 'valued', parents: 'switch' },
  FROM: { platform: 'valued' },
  HEALTHCHECK: { interval: 'valued', timeout: 'valued', 'start-period': 'valued', 'start-interval': 'valued', retries: 'valued' },
  RUN: { mount: 'valued', network: 'valued', security: 'valued', device: 'valued' },
};

/**
 * The flags BuildKit rejects with "missing a value on flag": a flag that takes a value written
 * without `=` (`--from build`: BuildKit never takes the next word as the value), and a switch
 * written with an empty value (`--link=`). `HEALTHCHECK NONE` is exempt: BuildKit does not read
 * its flags at all.
 */
export function flagsMissingValue(instruction: Instruction): Flag[] {
  const kinds = FLAG_KINDS[instruction.kind];
  if (!kinds || (instruction.kind === 'HEALTHCHECK' && instruction.subcommand === 'NONE')) return [];
  return instruction.flags.filter((flag) => {
    const kind = kinds[flag.name];
    return (kind === 'valued' && flag.value === null) || (kind === 'switch' && flag.value === '');
  });
}

/** Whether BuildKit reads the flag as a switch, which takes no value. */
export function isSwitchFlag(instruction: Instruction, flag: Flag): boolean {
  return FLAG_KINDS[instruction.kind]?.[flag.name] === 'switch';
}
