import type { Flag, Instruction } from '../model/types.js';
import { mountKey } from './mounts.js';

function flagKey(flag: Flag): string {
  if (flag.name !== 'mount') return `${flag.name}=${flag.value ?? ''}`;
  const options = flag.options.map((o) => `${mountKey(o.key)}=${o.value ?? ''}`);
  if (!flag.options.some((o) => o.key === 'type')) options.push('type=bind');
  return `mount:${options.sort().join(',')}`;
}

/**
 * Whether two RUNs have the same flags, compared by meaning: flag order, mount option order and
 * the spellings `target`/`dst`/`destination` do not matter, and a mount without `type` is a bind.
 */
export function sameRunFlags(a: Instruction, b: Instruction): boolean {
  const key = (instruction: Instruction) => instruction.flags.map(flagKey).sort().join(' ');
  return key(a) === key(b);
}
