import { flagOption } from '../model/flags.js';
import type { Flag, Instruction } from '../model/types.js';

export interface Mount {
  readonly type: string;
  readonly target: string | undefined;
  readonly from: string | undefined;
  readonly flag: Flag;
}

/** The `RUN --mount=...` flags, with BuildKit's defaults (type bind) and key aliases. */
export function mountsOf(instruction: Instruction): Mount[] {
  return instruction.flags
    .filter((f) => f.name === 'mount')
    .map((flag) => ({
      type: flagOption(flag, 'type') ?? 'bind',
      target: flagOption(flag, 'target') ?? flagOption(flag, 'dst') ?? flagOption(flag, 'destination') ?? undefined,
      from: flagOption(flag, 'from') ?? undefined,
      flag,
    }));
}

/** A cache or tmpfs mount whose target is (or is inside) one of the given paths. */
export function hasCacheMountOn(instruction: Instruction, ...paths: string[]): boolean {
  return mountsOf(instruction).some((m) =>
    (m.type === 'cache' || m.type === 'tmpfs') && m.target !== undefined &&
    paths.some((p) => normalizePath(m.target!) === normalizePath(p) || normalizePath(p).startsWith(`${normalizePath(m.target!)}/`)),
  );
}

function normalizePath(path: string): string {
  return path.replace(/\/+$/, '').replace(/\/+/g, '/');
}
