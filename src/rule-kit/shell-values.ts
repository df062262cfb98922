import type { ShellAssignment, ShellWord } from '../model/shell/types.js';
import type { Instruction, Model } from '../model/types.js';

/** How deep `A="$B"`, `B="$C"`... chains are followed. */
const MAX_DEPTH = 8;

/** A variable's value, or undefined when it is only known at run time. */
type Lookup = (name: string) => string | undefined;

/**
 * Expands the `$NAME` and `${NAME}` references of a shell word as written (quotes included):
 * the fields it becomes, split on whitespace where an expansion is unquoted (`split`), or one
 * string (`split` false, as in an assignment's value). Undefined when anything is only known at
 * run time: an unknown variable, `${A:-x}` and other operators, `$(...)`, backticks, `$1`.
 */
function expand(raw: string, lookup: Lookup, split: boolean): string[] | undefined {
  const fields: string[] = [];
  let current = '';
  let started = false;
  const addUnquoted = (value: string) => {
    if (!split) {
      current += value;
      return;
    }
    const parts = value.split(/[ \t\n]+/);
    parts.forEach((part, i) => {
      if (i > 0 && (started || current !== '')) {
        fields.push(current);
        current = '';
        started = false;
      }
      current += part;
    });
  };
  let i = 0;
  /** Reads `$NAME` or `${NAME}` at `i`; undefined when it is anything else. */
  const reference = (): string | undefined => {
    const braced = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(raw.slice(i)) ?? /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(raw.slice(i));
    if (!braced) return undefined;
    i += braced[0].length;
    return lookup(braced[1]!);
  };
  while (i < raw.length) {
    const c = raw[i]!;
    if (c === "'") {
      const end = raw.indexOf("'", i + 1);
      if (end < 0) return undefined;
      current += raw.slice(i + 1, end);
      started = true;
      i = end + 1;
    } else if (c === '"') {
      started = true;
      i++;
      while (i < raw.length && raw[i] !== '"') {
        const d = raw[i]!;
        if (d === '\\' && '$`"\\\n'.includes(raw[i + 1] ?? '')) {
          current += raw[i + 1];
          i += 2;
        } else if (d === '$') {
          const value = reference();
          if (value === undefined) return undefined;
          current += value;
        } else if (d === '`') {
          return undefined;
        } else {
          current += d;
          i++;
        }
      }
      if (i >= raw.length) return undefined;
      i++;
    } else if (c === '\\') {
      current += raw[i + 1] ?? '';
      started = true;
      i += 2;
    } else if (c === '$') {
      const value = reference();
      if (value === undefined) return undefined;
      addUnquoted(value);
    } else if (c === '`') {
      return undefined;
    } else {
      current += c;
      started = true;
      i++;
    }
  }
  if (started || current !== '' || !split) fields.push(current);
  return fields;
}

/**
 * The value of a variable where the script's assignment number `limit` would run: the last
 * earlier assignment of the script that surely holds (not in a subshell, a substitution or a
 * condition), else the ARG or ENV value the RUN sees.
 */
function variableValue(model: Model, run: Instruction, assignments: readonly ShellAssignment[], name: string, limit: number, depth: number): string | undefined {
  if (depth > MAX_DEPTH) return undefined;
  for (let index = limit - 1; index >= 0; index--) {
    const assignment = assignments[index]!;
    if (assignment.name !== name || assignment.inSubshell || assignment.inSubstitution) continue;
    // `[ -n "$X" ] || PKGS=...` may or may not have run.
    if (assignment.conditional) return undefined;
    if (!assignment.value) return '';
    const lookup: Lookup = (inner) => variableValue(model, run, assignments, inner, index, depth + 1);
    return expand(assignment.value.raw, lookup, false)?.[0];
  }
  const binding = model.variables.lookup(name, run);
  if (!binding || binding.value === null || binding.unresolved.length > 0) return undefined;
  return binding.value;
}

/**
 * The words a shell word of a RUN becomes when command number `order` runs, with the variables
 * the script set before it (`PKGS="curl git" && yum install $PKGS`) and the ARG and ENV values
 * substituted; an unquoted expansion splits into several words. Undefined when part of it is
 * only known at run time (an ARG without default, a loop variable, `$(cat list)`).
 */
export function wordValues(model: Model, run: Instruction, word: ShellWord, order: number): string[] | undefined {
  if (word.value !== undefined) return [word.value];
  const assignments = run.shell?.assignments ?? [];
  const limit = assignments.filter((a) => a.before <= order).length;
  return expand(word.raw, (name) => variableValue(model, run, assignments, name, limit, 0), true);
}
