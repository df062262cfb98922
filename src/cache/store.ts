import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { errorMessage } from '../error-message.js';
import { writeFileAtomically } from '../files/write-file.js';

/** The layout of the cache file; a file of another layout is ignored and replaced. */
const FORMAT = 'dflint-cache/1';

/** Entries kept at most: those used last survive, so a cache shared by many projects stays bounded. */
const MAX_ENTRIES = 100_000;

/** A used entry's time is refreshed (and the file rewritten) at most this often. */
const REFRESH_MS = 24 * 60 * 60 * 1000;

const MISSING = new Set(['ENOENT', 'ENOTDIR']);

interface Entry {
  /** When the entry was last used (ms since the epoch). */
  t: number;
  /** The value, plain JSON data. */
  v: unknown;
}

interface CacheFile {
  readonly format: typeof FORMAT;
  readonly entries: Record<string, Entry>;
}

/**
 * Values by content hash, loaded from one JSON file and saved back to it atomically (a temporary
 * file renamed over it), so a reader never sees half a file. A file that is missing starts an
 * empty cache; one that cannot be read or parsed is ignored with a warning, never an error.
 */
export class ContentStore {
  readonly warnings: string[] = [];
  private readonly entries: Map<string, Entry>;
  private changed = false;
  private readonly now = Date.now();

  constructor(readonly path: string) {
    this.entries = this.load();
  }

  get(key: string): unknown {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.now - entry.t > REFRESH_MS) {
      entry.t = this.now;
      this.changed = true;
    }
    return entry.v;
  }

  set(key: string, value: unknown): void {
    this.entries.set(key, { t: this.now, v: value });
    this.changed = true;
  }

  /** Writes the entries back when they changed; a failure is a warning. */
  save(): void {
    if (!this.changed) return;
    const kept = [...this.entries].sort(([, a], [, b]) => b.t - a.t).slice(0, MAX_ENTRIES);
    const file: CacheFile = { format: FORMAT, entries: Object.fromEntries(kept) };
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileAtomically(this.path, JSON.stringify(file));
      this.changed = false;
    } catch (error) {
      this.warnings.push(`the cache file ${this.path} could not be written (${errorMessage(error)}), so this run's results were not cached: check that its folder is writable, or pass --cache-location`);
    }
  }

  private load(): Map<string, Entry> {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      // No file yet is an empty cache; a folder that cannot hold one is reported when saving.
      if (!MISSING.has((error as NodeJS.ErrnoException).code ?? '')) this.ignored(errorMessage(error));
      return new Map();
    }
    try {
      const parsed = JSON.parse(text) as Partial<CacheFile> | null;
      if (parsed?.format !== FORMAT || typeof parsed.entries !== 'object' || parsed.entries === null) throw new Error('not a dflint cache file of this version');
      return new Map(Object.entries(parsed.entries).filter(([, entry]) => typeof entry?.t === 'number' && 'v' in entry));
    } catch (error) {
      this.ignored(errorMessage(error));
      return new Map();
    }
  }

  private ignored(why: string): void {
    this.warnings.push(`the cache file ${this.path} could not be read (${why}); it was ignored and will be rewritten`);
  }
}
