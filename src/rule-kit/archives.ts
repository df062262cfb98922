import type { ShellCommand, ShellWord } from '../model/shell/types.js';
import type { Instruction } from '../model/types.js';
import { hasFlag, positionals } from './commands.js';
import { programsNamed } from './programs.js';
import { fileName } from './paths.js';

/** Names of tar archives, compressed or not: what ADD unpacks (`.gz` alone may be a single gzipped file). */
const TAR_NAME = /\.(?:tar(?:\.[A-Za-z0-9]+)?|tgz|tb2|tbz|tbz2|tlz|tpz|txz|tZ|tzst)$/;

/** Programs that decompress or unpack the file they are given (hadolint's list). */
const DECOMPRESSORS = ['unzip', 'gunzip', 'bunzip2', 'unlzma', 'unxz', 'zgz', 'uncompress', 'zcat', 'gzcat'];

/**
 * tar options ADD cannot reproduce: it unpacks every member, unchanged, into its destination.
 * GNU tar accepts any unambiguous prefix of a long option (`--strip=1`).
 */
const SELECTIVE_TAR_OPTIONS = /^--(?:stri|excl|wild|tran|xfor|to-stdout|to-command|occu)/;

/** Whether a file name is a (possibly compressed) tar archive. */
export function isTarName(name: string): boolean {
  return TAR_NAME.test(name);
}

/** `tar -x`, `tar --extract`, `tar --get` and the old dashless form `tar xzf file`. */
function tarExtracts(command: ShellCommand): boolean {
  if (hasFlag(command, '-x', '--extract', '--get')) return true;
  const first = command.args[0]?.value;
  return first !== undefined && /^[A-Za-wyzA-Z]*x[A-Za-z]*$/.test(first);
}

/** A file a RUN unpacks or decompresses, with the command doing it. */
export interface Extraction {
  readonly command: ShellCommand;
  /** The archive word. */
  readonly word: ShellWord;
  /** Whether the archive is unpacked as a whole, as ADD would do it (no `--strip-components`, no exclusions, no `-O`). */
  readonly whole: boolean;
}

/**
 * The files a RUN extracts: every word of a `tar -x` command (any of them may be the archive),
 * and the operands of decompressors (`gunzip`, `unzip`, `zcat`...), looking through wrappers.
 */
export function extractionsOf(run: Instruction): Extraction[] {
  const extractions: Extraction[] = [];
  for (const command of programsNamed(run, 'tar', ...DECOMPRESSORS)) {
    if (command.basename === 'tar') {
      if (!tarExtracts(command)) continue;
      const whole = !command.args.some((w) => w.value !== undefined && SELECTIVE_TAR_OPTIONS.test(w.value)) && !hasFlag(command, '-O');
      extractions.push(...command.args.map((word) => ({ command, word, whole })));
    } else {
      extractions.push(...positionals(command).map((word) => ({ command, word, whole: true })));
    }
  }
  return extractions;
}

/** The file name an extraction's word names (files are compared by name, as hadolint does). */
export function extractedName(extraction: Extraction): string | undefined {
  const value = extraction.word.value;
  return value === undefined ? undefined : fileName(value.replace(/^-f/, '').replace(/^--file=/, ''));
}
