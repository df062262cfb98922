import { structuredPatch } from 'diff';

/**
 * A unified diff of one file, as `git diff` and `patch -p1` read it: `--- a/<path>`,
 * `+++ b/<path>`, then hunks with three lines of context. Empty when the texts are equal.
 */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const patch = structuredPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 3 });
  const lines = [`--- a/${path}`, `+++ b/${path}`];
  for (const hunk of patch.hunks) {
    lines.push(`@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@`, ...hunk.lines);
  }
  return `${lines.join('\n')}\n`;
}

/** A hunk's `start,count`; an empty side starts at the line before it (0 for an empty file), as GNU diff writes it. */
function range(start: number, count: number): string {
  if (count === 1) return `${start}`;
  return `${count === 0 ? start - 1 : start},${count}`;
}
