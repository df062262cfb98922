import type { Instruction, Model } from '../model/types.js';
import { APT_DISTCLEAN, APT_LISTS } from './apt.js';
import { deletionOf } from './deletions.js';
import { hasCacheMountOn } from './mounts.js';
import { type PackageCommand, type PackageFamily, packageCommands } from './package-managers.js';
import { RPM_CACHE_PATHS, ZYPPER_CACHE_PATHS } from './rpm.js';

/** `clean` targets of yum, dnf, microdnf and tdnf that drop the downloaded metadata. */
const RPM_METADATA_TARGETS = ['all', 'metadata', 'expire-cache', 'dbcache'];

/** `zypper clean` options that drop the metadata (a bare `zypper clean` removes only packages). */
const ZYPPER_METADATA_OPTIONS = ['-a', '--all', '-m', '--metadata', '-M', '--raw-metadata'];

interface IndexStore {
  /** Where the family keeps the index a refresh downloads. */
  readonly paths: readonly string[];
  /** Calls that delete the index. */
  readonly drops: (call: PackageCommand) => boolean;
  /**
   * The tools check the index's age before they read it and download it again once it expired
   * (apk after 4 hours, dnf after 48, zypper's auto-refresh), so an index kept in a cache mount
   * is not read stale. apt reads whatever lists it finds.
   */
  readonly expires: boolean;
}

const INDEX_STORES: Readonly<Record<PackageFamily, IndexStore>> = {
  apt: { paths: [APT_LISTS], drops: (call) => call.action !== undefined && APT_DISTCLEAN.includes(call.action), expires: false },
  apk: { paths: ['/var/cache/apk'], drops: () => false, expires: true },
  rpm: {
    paths: [...RPM_CACHE_PATHS, '/var/cache/tdnf'],
    drops: (call) => call.action === 'clean' && call.operands.some((w) => w.value !== undefined && RPM_METADATA_TARGETS.includes(w.value)),
    expires: true,
  },
  zypper: {
    paths: ZYPPER_CACHE_PATHS,
    drops: (call) => (call.action === 'clean' || call.action === 'cc') && call.command.args.some((w) => w.value !== undefined && ZYPPER_METADATA_OPTIONS.includes(w.value)),
    expires: true,
  },
};

/**
 * Whether the index a RUN downloads with a refresh (the command of order `after`) is not left
 * for a later install to read stale: the same RUN deletes it later (`rm -rf /var/lib/apt/lists/*`,
 * `apt-get distclean`, `dnf clean all`, `zypper clean -a`, `rm -rf /var/cache/apk/*`), or a cache
 * or tmpfs mount holds it for tools that refresh an expired index themselves (not apt: a later
 * RUN mounting the same cache reads the lists as they are).
 */
export function indexNotLeftStale(model: Model, run: Instruction, family: PackageFamily, after: number): boolean {
  const store = INDEX_STORES[family];
  if (store.expires && hasCacheMountOn(run, ...store.paths)) return true;
  if (packageCommands(run).some((c) => c.family === family && c.command.order > after && store.drops(c))) return true;
  return store.paths.some((path) => deletionOf(model, run, path, after) !== undefined);
}
