import type { ShellWord } from '../model/shell/types.js';
import type { Instruction, Model } from '../model/types.js';
import { commandsOf } from './commands.js';
import { variableReferences } from './variables.js';

/**
 * One package a command names: the word as written (for the report's range) and the text it
 * stands for. A word such as `$PKGS` can stand for several packages.
 */
export interface PackageOperand {
  readonly word: ShellWord;
  /** The package as the command receives it (`curl=8.5.0-2`). */
  readonly text: string;
  /** The word is a variable reference whose value came from ARG or ENV. */
  readonly expanded: boolean;
}

/** Words that run a command or substitute something other than a plain variable. */
const NOT_A_PLAIN_EXPANSION = /\$\(|`|\$\{[^}]*[^A-Za-z0-9_}]/;

/** What the script itself assigns to a name: nothing, one static value, or something unknown. */
type ScriptValue = { readonly kind: 'none' } | { readonly kind: 'static'; readonly value: string } | { readonly kind: 'unknown' };

/** `'...'`, `"..."` without expansions, or a bare word: the value of one `NAME=` assignment. */
const ASSIGNED_VALUE = /^(?:'([^']*)'|"([^"$`\\]*)"|([^\s;&|()'"$`\\]*)(?=[\s;&|)]|$))/;

/**
 * The value the script gives `name` (`buildDeps='gcc make'`, `export PKGS=...`, `read PKGS`,
 * `for PKGS in`): it overrides ARG and ENV. Bare assignments and loop headers are no simple
 * commands in the model, so the script text is searched; several different values, or one that
 * expands, are unknown.
 */
function scriptValue(run: Instruction, name: string): ScriptValue {
  if (commandsOf(run).some((c) => c.basename === 'read' && c.args.some((w) => w.value === name))) return { kind: 'unknown' };
  const script = run.shell?.text ?? '';
  if (new RegExp(`\\bfor\\s+${name}\\s+in\\b`).test(script)) return { kind: 'unknown' };
  const values = new Set<string | undefined>();
  for (const match of script.matchAll(new RegExp(`(?:^|[\\s;&|(])${name}=`, 'g'))) {
    const value = ASSIGNED_VALUE.exec(script.slice(match.index + match[0].length));
    values.add(value ? (value[1] ?? value[2] ?? value[3]) : undefined);
  }
  if (values.size === 0) return { kind: 'none' };
  const [only] = values;
  return values.size === 1 && only !== undefined ? { kind: 'static', value: only } : { kind: 'unknown' };
}

/** A plain `$NAME` or `${NAME}` word, quoted or not. */
const SINGLE_REFERENCE = /^"?\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))"?$/;

/** The text a word expands to from ARG/ENV values or the script's own assignments; undefined when unknown. */
function expandedText(model: Model, run: Instruction, word: ShellWord): string | undefined {
  const names = variableReferences(word.raw).map((r) => r.name);
  const local = names.map((name) => scriptValue(run, name));
  if (local.some((v) => v.kind === 'unknown')) return undefined;
  const single = SINGLE_REFERENCE.exec(word.raw);
  const own = local[0];
  if (own?.kind === 'static') return single ? own.value : undefined;
  if (local.some((v) => v.kind !== 'none')) return undefined;
  const quoted = /^".*"$/s.test(word.raw);
  const resolution = model.variables.resolve(quoted ? word.raw.slice(1, -1) : word.raw, run);
  if (resolution.unresolved.length > 0 || resolution.value.includes('$')) return undefined;
  return resolution.value.replace(/["']/g, '');
}

/**
 * The packages a word stands for: its literal value, or, for a word made of plain `$NAME` /
 * `${NAME}` references, the value the script assigns or else the ARG or ENV value, split into
 * words as the shell splits an unquoted expansion. Undefined when the value is unknown (an ARG
 * without default, a command substitution, a loop variable): such a word is not judged.
 */
export function expandOperand(model: Model, run: Instruction, word: ShellWord): PackageOperand[] | undefined {
  if (word.value !== undefined) return [{ word, text: word.value, expanded: false }];
  if (NOT_A_PLAIN_EXPANSION.test(word.raw)) return undefined;
  const value = expandedText(model, run, word);
  if (value === undefined) return undefined;
  const texts = /^".*"$/s.test(word.raw) ? [value] : value.split(/\s+/).filter((t) => t !== '');
  return texts.map((text) => ({ word, text, expanded: true }));
}

/** Every package the words name, variables expanded; words whose value is unknown are left out. */
export function packageOperands(model: Model, run: Instruction, words: readonly ShellWord[]): PackageOperand[] {
  return words.flatMap((word) => expandOperand(model, run, word) ?? []);
}

/**
 * The operands that are options once expanded (`$FLAGS` holding `--no-cache`): a variable can
 * hold options as well as packages, so those are dropped rather than judged as packages.
 */
export function withoutOptions(operands: readonly PackageOperand[]): PackageOperand[] {
  return operands.filter((o) => !o.text.startsWith('-'));
}

/** How a report names the package: `` `curl` `` or `` `curl` (from `$PKGS`) ``. */
export function describeOperand(operand: PackageOperand): string {
  return operand.expanded ? `\`${operand.text}\` (from \`${operand.word.raw}\`)` : `\`${operand.text}\``;
}
