import type { Instruction, Stage } from '../model/types.js';
import { fileName } from './paths.js';

/** The instruction's words: exec-form strings, or shell-form words with quotes removed. */
function wordsOf(instruction: Instruction): string[] {
  return instruction.exec ? instruction.exec.map((s) => s.value) : instruction.args.map((w) => w.value);
}

function lastOfKind(stages: readonly Stage[], kind: 'CMD' | 'ENTRYPOINT'): Instruction | undefined {
  for (const stage of stages) {
    const found = stage.instructions.filter((i) => i.kind === kind);
    if (found.length > 0) return found[found.length - 1];
  }
  return undefined;
}

/**
 * What a container of the image starts, as far as this Dockerfile says: the ENTRYPOINT set by
 * the stages (nearest first), else their CMD. Undefined when the file sets neither, so the base
 * image's start command applies.
 */
export function startCommand(lineage: readonly Stage[]): readonly string[] | undefined {
  const start = lastOfKind(lineage, 'ENTRYPOINT') ?? lastOfKind(lineage, 'CMD');
  return start ? wordsOf(start) : undefined;
}

const INTERPRETERS =
  /^(?:sh|bash|zsh|ash|dash|ksh|fish|pwsh(?:-preview)?|powershell|cmd|python[\d.]*|node|irb|ruby[\d.]*|iex|erl|jshell|ghci|haxe|perl[\d.]*|php[\d.]*|R|julia|lua[\d.]*|scala|sbt|swift|bun|deno)(?:\.exe)?$/i;

/**
 * A shell or language interpreter started with flags only (`bash`, `python3`, `perl -de0`,
 * `node -v`): the image is a toolbox or a base for other images, not a service.
 */
export function isInterpreterStart(words: readonly string[]): boolean {
  const [program, ...args] = words;
  if (program === undefined) return false;
  return INTERPRETERS.test(fileName(program)) && args.every((a) => a.startsWith('-'));
}
