import { expandedReferences, spanRanges } from '../model/expanded-references.js';
import type { Instruction, Model, Range } from '../model/types.js';

/** A variable an instruction's expansion looks up, where it is written. */
export interface ExpandedVariable {
  readonly name: string;
  readonly range: Range;
}

/** `<<EOF`, `3<<-"EOF"`: a heredoc word of COPY/ADD, a source that is not a path. */
const HEREDOC_WORD = /^[0-9]*<<-?/;

/** Flags whose values BuildKit expands (`--from` is not: it refuses variables). */
const EXPANDED_FLAGS: Readonly<Partial<Record<Instruction['kind'], readonly string[]>>> = {
  COPY: ['chown', 'chmod'],
  ADD: ['chown', 'chmod', 'checksum'],
};

/** Kinds whose whole argument text is one expanded word. */
const WHOLE_ARGUMENT = new Set<Instruction['kind']>(['WORKDIR', 'USER', 'STOPSIGNAL']);

/**
 * The variables the builder looks up when it dispatches an instruction, in the words BuildKit
 * expands (frontend/dockerfile/instructions/commands.go `Expand` methods): ENV and LABEL values,
 * ARG defaults, COPY/ADD sources, destination, `--chown`, `--chmod` and ADD `--checksum`, WORKDIR,
 * USER, STOPSIGNAL, VOLUME, the option values of `RUN --mount` (but `from`), and the bodies of
 * COPY/ADD heredocs whose delimiter is unquoted. Scripts of RUN, CMD and ENTRYPOINT are left to
 * the shell, and EXPOSE is expanded without reporting unknown names, so neither is listed.
 */
export function expandedVariables(model: Model, instruction: Instruction): ExpandedVariable[] {
  const found: ExpandedVariable[] = [];
  const scan = (range: Range | null, quotes = true, escapeChar = model.escapeChar): void => {
    if (!range) return;
    const text = model.textOf(range);
    const rangeOf = spanRanges(range.start, text);
    for (const reference of expandedReferences(text, { escapeChar, quotes })) {
      found.push({ name: reference.name, range: rangeOf(reference.start, reference.end) });
    }
  };

  const kind = instruction.kind;
  if (kind === 'ENV' || kind === 'LABEL' || kind === 'ARG') {
    for (const property of instruction.properties) scan(property.valueRange);
  } else if (WHOLE_ARGUMENT.has(kind)) {
    scan(instruction.argsRange);
  } else if (kind === 'COPY' || kind === 'ADD' || kind === 'VOLUME') {
    for (const flag of instruction.flags) {
      if (EXPANDED_FLAGS[kind]?.includes(flag.name)) scan(flag.valueRange);
    }
    if (instruction.exec) {
      for (const string of instruction.exec) scan(string.range);
    } else {
      for (const word of instruction.args) if (kind === 'VOLUME' || !HEREDOC_WORD.test(word.raw)) scan(word.range);
    }
    if (kind !== 'VOLUME') {
      // BuildKit expands these bodies raw: quotes are text, and the escape is always `\`.
      for (const heredoc of instruction.heredocs) if (!heredoc.quoted) scan(heredoc.bodyRange, false, '\\');
    }
  } else if (kind === 'RUN') {
    for (const flag of instruction.flags) {
      if (flag.name !== 'mount') continue;
      for (const option of flag.options) {
        if (option.value === null || option.key.toLowerCase() === 'from') continue;
        scan(valueRangeOf(model, option.range));
      }
    }
  }
  return found;
}

/** The value part of a `key=value` option. */
function valueRangeOf(model: Model, range: Range): Range | null {
  const text = model.textOf(range);
  const equals = text.indexOf('=');
  if (equals < 0 || text.includes('\n')) return null;
  return { start: { line: range.start.line, character: range.start.character + equals + 1 }, end: range.end };
}
