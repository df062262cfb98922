import type { Flag, Instruction } from '../model/types.js';
import { isWithin } from './paths.js';

export interface Mount {
  readonly type: string;
  readonly target: string | undefined;
  /** The path mounted from the build context or `from`; undefined for its root. */
  readonly source: string | undefined;
  readonly from: string | undefined;
  readonly flag: Flag;
}

/** BuildKit's other spellings of mount option keys. */
const KEY_ALIASES: Readonly<Record<string, string>> = { dst: 'target', destination: 'target', src: 'source' };

/** A mount option key as BuildKit reads it: `dst` and `destination` are `target`, `src` is `source`. */
export function mountKey(key: string): string {
  return KEY_ALIASES[key] ?? key;
}

/** The value of a mount option in any of its spellings; the last one given wins, as in BuildKit. */
function mountOption(flag: Flag, key: string): string | undefined {
  return flag.options.filter((o) => o.value !== null && mountKey(o.key) === key).at(-1)?.value ?? undefined;
}

/** The `RUN --mount=...` flags, with BuildKit's defaults (type bind) and key aliases. */
export function mountsOf(instruction: Instruction): Mount[] {
  return instruction.flags
    .filter((f) => f.name === 'mount')
    .map((flag) => ({
      type: mountOption(flag, 'type') ?? 'bind',
      target: mountOption(flag, 'target'),
      source: mountOption(flag, 'source'),
      from: mountOption(flag, 'from'),
      flag,
    }));
}

/** The cache and tmpfs mounts of a RUN: what is written under their targets stays out of the layer. */
export function cacheMountsOf(instruction: Instruction): Array<Mount & { readonly target: string }> {
  return mountsOf(instruction).filter((m): m is Mount & { target: string } => (m.type === 'cache' || m.type === 'tmpfs') && m.target !== undefined);
}

/** Whether a cache or tmpfs mount holds one of the paths: its target is the path or a folder above it. */
export function hasCacheMountOn(instruction: Instruction, ...paths: string[]): boolean {
  return cacheMountsOf(instruction).some((m) => paths.some((p) => isWithin(normalizePath(p), normalizePath(m.target))));
}

/**
 * Whether a mount of any type (a read-only bind mount too) covers one of the paths or lies
 * inside one: deleting the path's files would touch the mount.
 */
export function hasMountTouching(instruction: Instruction, ...paths: string[]): boolean {
  return mountsOf(instruction).some((m) => m.target !== undefined && paths.some((p) => {
    const [path, target] = [normalizePath(p), normalizePath(m.target!)];
    return isWithin(path, target) || isWithin(target, path);
  }));
}

function normalizePath(path: string): string {
  return path.replace(/(?<!\/)\/+$/, '').replace(/\/+/g, '/');
}
