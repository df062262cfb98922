import type { Report } from '../engine/types.js';
import { describeOperand, type PackageOperand } from './pinning.js';

/*
 * How the version-pinning rules (DL3008, DL3013, DL3016, DL3018, DL3028, DL3033, DL3037, DL3041,
 * DL3062) report: once per install command, not once per package, so that a command installing
 * twenty packages is one finding rather than twenty (hadolint reports once per RUN).
 */

/** How many packages a message names before it says "and N more"; one more is named rather than "and 1 more". */
const NAMED = 3;

/** For a message: `` `a` ``, `` `a` and `b` ``, `` `a`, `b`, `c` and `d` ``, `` `a`, `b`, `c` and 7 more ``. */
export function listOfPackages(names: readonly string[]): string {
  const quoted = names.map((name) => `\`${name}\``);
  if (quoted.length === 1) return quoted[0]!;
  if (quoted.length > NAMED + 1) return `${quoted.slice(0, NAMED).join(', ')} and ${quoted.length - NAMED} more`;
  return `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

/**
 * Reports the unpinned packages of one install command as one finding: at the first package's
 * word, naming the packages, with `example` (how to pin the first, `` `apt-get install curl=<version>` ``,
 * Markdown) and each package as a related location that says where its value came from. `what` is what a
 * pin names: a `version`, or a `stream` for `dnf module install`. Nothing when all are pinned.
 */
export function reportUnpinned(
  report: (report: Report) => void,
  unpinned: readonly PackageOperand[],
  example: (first: PackageOperand) => string,
  what = 'version',
): void {
  const [first] = unpinned;
  if (!first) return;
  // A package named twice (`libasound2 ... libasound2`) is named once; each word stays a related location.
  const names = [...new Set(unpinned.map((p) => p.text))];
  const plural = names.length > 1 ? 's' : '';
  report({
    range: first.word.range,
    message: `Pin the ${what}${plural} of ${listOfPackages(names)}: ${example(first)}`,
    related: unpinned.map((p) => ({ range: p.word.range, message: `${describeOperand(p)} has no pinned ${what}` })),
  });
}
