import { posix } from 'node:path';
import type { BuildContext } from '../../src/engine/build-context.js';
import type { Fix, TextEdit } from '../../src/engine/types.js';
import type { ShellCommand } from '../../src/model/shell/types.js';
import type { Instruction, InstructionKind, Model, Stage } from '../../src/model/types.js';
import { positionals } from '../../src/rule-kit/commands.js';
import { contextFile } from '../../src/rule-kit/context-files.js';
import { copyOperands } from '../../src/rule-kit/copy.js';
import { insertAfter } from '../../src/rule-kit/fixes.js';
import { manifestsToCopy } from '../../src/rule-kit/manifest-copies.js';
import { isWithin } from '../../src/rule-kit/paths.js';
import { resolvePath } from '../../src/rule-kit/workdir.js';
import type { Misplaced } from './copy-manifests-before-install.js';

/**
 * Instructions the broad copy may move past: they neither read nor write files, so whether the
 * copied files are there yet changes nothing for them.
 */
const DECLARATIONS = new Set<InstructionKind>(['ENV', 'ARG', 'LABEL', 'EXPOSE', 'USER', 'WORKDIR', 'STOPSIGNAL', 'SHELL', 'MAINTAINER']);

/** Flags of the broad copy that the manifest copy takes over, so the files get the same owner and mode. */
const KEPT_FLAGS = new Set(['chown', 'chmod', 'link']);

/** Names written into the new COPY as they are: no spaces, quotes, globs or variables. */
const PLAIN_NAME = /^[\w./@+-]+$/;

/** Commands that may share the install's RUN: they clean caches and read none of the sources. */
function cleansUp(command: ShellCommand, destination: string): boolean {
  const words = command.args.map((w) => w.value);
  switch (command.basename) {
    case 'npm': case 'yarn': return words[0] === 'cache' && words[1] === 'clean';
    case 'pnpm': return words[0] === 'store' && words[1] === 'prune';
    case 'pip': case 'pip3': return words[0] === 'cache' && words[1] === 'purge';
    case 'rm': return positionals(command).every((w) => w.value?.startsWith('/') === true && !isWithin(w.value, destination));
    default: return false;
  }
}

/** The RUN runs the install and clean-ups only, in its shell form, so it needs no other file. */
function installsOnly(run: Instruction, install: Misplaced['install'], destination: string): boolean {
  const commands = run.shell?.commands ?? [];
  return run.form === 'shell' && commands.every((c) => c === install.command || cleansUp(c, destination));
}

/**
 * Whether the broad copy can move down to just after the RUN: it has one source and only flags
 * the new COPY can keep, and what lies between is declarations it does not depend on (no variable
 * they could change; no WORKDIR when its destination is relative).
 */
function movable(model: Model, stage: Stage, found: Misplaced): boolean {
  const { copy, runIndex } = found;
  const instruction = copy.instruction;
  if (instruction.form === 'heredoc' || copyOperands(model, instruction).sources.length !== 1) return false;
  if (instruction.flags.some((f) => !KEPT_FLAGS.has(f.name))) return false;
  const between = stage.instructions.slice(copy.index + 1, runIndex);
  if (between.some((i) => !DECLARATIONS.has(i.kind))) return false;
  const text = model.textOf(instruction.range);
  if (between.some((i) => i.kind === 'ENV' || i.kind === 'ARG') && text.includes('$')) return false;
  const destination = copyOperands(model, instruction).destination;
  return !between.some((i) => i.kind === 'WORKDIR') || destination?.value.startsWith('/') === true;
}

/**
 * The COPY of the manifests that replaces the broad copy, or undefined when the files to copy
 * cannot be told: the manifests' folder must be known and inside the copy's destination, and
 * the files must exist in the build context (see `manifestsToCopy`).
 */
function manifestCopy(model: Model, found: Misplaced, context: BuildContext): string | undefined {
  const { copy, install, run } = found;
  const folder = resolvePath(model.workdirAt(run).path, install.directory);
  if (folder === undefined || copy.destination === undefined || !isWithin(folder, copy.destination)) return undefined;
  const source = posix.join(copy.path || '.', posix.relative(copy.destination, folder));
  const files = manifestsToCopy(install, (name) => contextFile(context, posix.join(source, name)));
  const sources = files?.map((name) => posix.join(source, name));
  if (!sources || sources.some((s) => !PLAIN_NAME.test(s))) return undefined;
  const destination = folder === model.workdirAt(copy.instruction).path ? './' : `${folder.replace(/\/$/, '')}/`;
  const flags = copy.instruction.flags.map((f) => `${model.textOf(f.range)} `).join('');
  return `COPY ${flags}${sources.join(' ')} ${destination}`;
}

/**
 * Moves the broad copy to just after the install's RUN and, when no earlier copy or mount
 * provides the manifests, puts a COPY of them where the broad copy was:
 * `COPY . .` + `RUN npm ci` becomes `COPY package.json package-lock.json ./` + `RUN npm ci` +
 * `COPY . .`. The RUN stays where it is, so its working directory, user, shell and variables do
 * not change. Always unsafe: an install may read more than the files known here.
 */
export function reorderFix(model: Model, stage: Stage, found: Misplaced, context: BuildContext | undefined): Fix | undefined {
  const { copy, install, run } = found;
  if (copy.destination === undefined || !installsOnly(run, install, copy.destination) || !movable(model, stage, found)) return undefined;
  const range = copy.instruction.range;
  let replaceCopy: TextEdit;
  if (found.manifestsFirst) {
    const manifests = context && manifestCopy(model, found, context);
    if (!manifests) return undefined;
    replaceCopy = { range, text: manifests };
  } else {
    replaceCopy = { range: { start: { line: range.start.line, character: 0 }, end: { line: range.end.line + 1, character: 0 } }, text: '' };
  }
  return {
    description: found.manifestsFirst ? 'Copy the manifests, install, then copy the rest' : 'Install before copying the rest',
    safety: 'unsafe',
    edits: [replaceCopy, insertAfter(run, model.textOf(range))],
  };
}
