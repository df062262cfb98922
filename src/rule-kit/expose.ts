import type { Instruction, Model, Word } from '../model/types.js';

/**
 * One port item of an EXPOSE, split as BuildKit splits it (`[ip:][hostPort:]containerPort[/proto]`):
 * by `:` first, the last part being the container port, then that part at its first `/`.
 */
export interface ExposeItem {
  /** The word of the EXPOSE the item comes from. */
  readonly word: Word;
  /** The item after variable substitution. */
  readonly text: string;
  /** The item is the word exactly as written: no quotes, escapes or variables, so edits can address its characters. */
  readonly literal: boolean;
  /** Everything before the host port (empty when none), as BuildKit joins the leading parts. */
  readonly ip: string;
  readonly hostPort: string;
  readonly containerPort: string;
  /** The protocol as written, `''` when none. */
  readonly protocol: string;
}

function splitItem(text: string): Pick<ExposeItem, 'ip' | 'hostPort' | 'containerPort' | 'protocol'> {
  const parts = text.split(':');
  const last = parts[parts.length - 1]!;
  const slash = last.indexOf('/');
  return {
    ip: parts.slice(0, -2).join(':'),
    hostPort: parts.length >= 2 ? parts[parts.length - 2]! : '',
    containerPort: slash < 0 ? last : last.slice(0, slash),
    protocol: slash < 0 ? '' : last.slice(slash + 1),
  };
}

/**
 * The port items of an EXPOSE as the build sees them: each word with the ARG and ENV values it
 * sees substituted and split at blanks, as BuildKit does. Words holding a variable of unknown
 * value are skipped: what they expose is not known.
 */
export function exposeItems(model: Model, expose: Instruction): ExposeItem[] {
  const items: ExposeItem[] = [];
  for (const word of expose.args) {
    const resolution = model.variables.resolve(word.raw, expose);
    if (resolution.unresolved.length > 0) continue;
    const literal = word.raw === word.value && !word.hasVariables && word.range.start.line === word.range.end.line;
    for (const text of resolution.value.split(/\s+/).filter(Boolean)) {
      items.push({ word, text, literal: literal && text === word.raw, ...splitItem(text) });
    }
  }
  return items;
}

/** BuildKit's protocols (it compares them case-insensitively). */
export const EXPOSE_PROTOCOLS: readonly string[] = ['tcp', 'udp', 'sctp'];
