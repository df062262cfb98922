import type { ShellCommand, ShellWord } from '../model/shell/types.js';
import type { Instruction, Model, Resolution } from '../model/types.js';
import { commandsOf, positionals } from './commands.js';
import { invokedCommand } from './invocations.js';
import { deletionCovers, prefixMayCover } from './paths.js';

/** Root's home, which a build step uses unless USER says otherwise. */
const HOME = '/root';

type Resolve = (text: string) => Resolution;

/**
 * A word's path, with Dockerfile variables (ARG, ENV) substituted and a leading `~`, `$HOME` or
 * `${HOME}` read as root's home. `known` is false when it still expands at run time; `text` is
 * then what precedes the first expansion.
 */
function pathOf(word: ShellWord, resolve: Resolve): { text: string; known: boolean } {
  if (word.value !== undefined && !word.value.startsWith('~')) return { text: word.value, known: true };
  const unquoted = (word.value ?? word.raw.replace(/["']/g, '')).replace(/^(?:~|\$HOME|\$\{HOME\})(?=\/|$)/, HOME);
  const text = word.value === undefined ? resolve(unquoted).value : unquoted;
  const cut = text.search(/[$`]/);
  return cut < 0 ? { text, known: true } : { text: text.slice(0, cut), known: false };
}

/** A path argument deletes `path`, or may, when part of it expands at run time. */
function argumentCovers(word: ShellWord, path: string, resolve: Resolve): boolean {
  const { text, known } = pathOf(word, resolve);
  return known ? deletionCovers(text, path) : prefixMayCover(text, path);
}

/** `find <start>... -delete` or `find <start>... -exec rm ...`: the starting points. */
function findDeletionStarts(command: ShellCommand): readonly ShellWord[] {
  const expression = command.args.findIndex((w) => w.value === undefined ? false : /^[-(!]/.test(w.value));
  if (expression < 0) return [];
  const rest = command.args.slice(expression);
  const deletes = rest.some((w, i) => w.value === '-delete' || ((w.value === '-exec' || w.value === '-execdir') && /(?:^|\/)rm$/.test(rest[i + 1]?.value ?? '')));
  return deletes ? command.args.slice(0, expression) : [];
}

function deletes(command: ShellCommand, path: string, resolve: Resolve): boolean {
  switch (command.basename) {
    case 'rm':
      return positionals(command).some((w) => argumentCovers(w, path, resolve));
    case 'find':
      return findDeletionStarts(command).some((w) => argumentCovers(w, path, resolve));
    default:
      return false;
  }
}

/**
 * The first command of a RUN's script, after the command of order `after`, that deletes
 * everything under `path` (`rm -rf <path>/*`, `rm -r <parent>`, `find <path> -delete`).
 * ARG and ENV values are substituted; an argument that still expands at run time counts when
 * its literal start is a folder that contains `path`'s start (see `prefixMayCover`).
 */
export function deletionOf(model: Model, run: Instruction, path: string, after = -1): ShellCommand | undefined {
  const resolve: Resolve = (text) => model.variables.resolve(text, run);
  return commandsOf(run).find((c) => c.order > after && deletes(invokedCommand(c), path, resolve));
}
