import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

/** A file's content, or a symbolic link to a path (relative to the link's folder). */
export type Entry = string | { readonly symlink: string };

/** Creates a temporary folder holding the given paths (`dir/` for an empty folder); removed after the file's tests. */
export function tempTree(entries: Readonly<Record<string, Entry>>): string {
  const root = mkdtempSync(join(tmpdir(), 'dflint-test-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (const [path, entry] of Object.entries(entries)) {
    const full = join(root, path);
    if (path.endsWith('/')) {
      mkdirSync(full, { recursive: true });
      continue;
    }
    mkdirSync(dirname(full), { recursive: true });
    if (typeof entry === 'string') writeFileSync(full, entry);
    else symlinkSync(entry.symlink, full);
  }
  return root;
}
