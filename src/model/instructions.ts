import type { Instruction as AstInstruction } from 'dockerfile-ast';
import { MappedText } from '../parse/mapped-text.js';
import type { ScannedHeredoc } from '../parse/scan.js';
import { INSTRUCTION_KEYWORDS } from '../parse/scan.js';
import type { SourceText } from '../parse/source.js';
import { splitWords, type RawWord } from '../parse/words.js';
import { parseExecForm } from './exec-form.js';
import { expand } from './expand.js';
import { parseFlag } from './flags.js';
import type {
  ExecString, Flag, Heredoc, Instruction, InstructionForm, InstructionKind, Property, Range, Word,
} from './types.js';
import type { ShellScript } from './shell/types.js';

const KNOWN = new Set<string>(INSTRUCTION_KEYWORDS);
const FLAGGED = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'HEALTHCHECK']);
const JSON_CAPABLE = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'COPY', 'ADD', 'VOLUME']);
const NO_VARIABLES = () => undefined;

/** Instruction fields the model fills in after all instructions are read. */
export interface DraftInstruction extends Instruction {
  stageIndex: number;
  shell: ShellScript | undefined;
  trigger: DraftInstruction | undefined;
  onbuild: DraftInstruction | undefined;
}

export interface DraftExtras {
  /** Argument text after flags, as a mapped text (to build shell scripts from). */
  readonly argsText: MappedText;
  readonly scannedHeredocs: readonly ScannedHeredoc[];
  /** Valid JSON that is not an array of strings (a build error). */
  readonly invalidJson: string | undefined;
}

export interface InstructionInput {
  readonly source: SourceText;
  readonly logical: MappedText;
  readonly range: Range;
  readonly heredocs: readonly ScannedHeredoc[];
  readonly ast: AstInstruction | undefined;
  readonly index: number;
  readonly escapeChar: string;
}

export function buildInstruction(input: InstructionInput, extras: Map<Instruction, DraftExtras>): DraftInstruction {
  const { logical, source, escapeChar } = input;
  const text = logical.text;
  // The keyword is the first whitespace-delimited token, quotes or not (as BuildKit reads it).
  const keywordText = /^\S*/.exec(text)![0];
  const keywordWord: RawWord = { raw: keywordText, start: 0, end: keywordText.length };
  const words = [
    keywordWord,
    ...splitWords(text.slice(keywordText.length), escapeChar).map((w) => ({ ...w, start: w.start + keywordText.length, end: w.end + keywordText.length })),
  ];
  const upper = keywordWord.raw.toUpperCase();
  const kind: InstructionKind = KNOWN.has(upper) ? (upper as InstructionKind) : 'UNKNOWN';

  let argIndex = 1;
  const flags: Flag[] = [];
  if (FLAGGED.has(kind)) {
    while (argIndex < words.length && isFlagWord(words[argIndex]!)) {
      flags.push(parseFlag(words[argIndex]!, logical));
      argIndex++;
    }
  }
  const argsStart = words[argIndex]?.start ?? text.length;
  const argsMapped = logical.slice(argsStart, text.trimEnd().length);
  const argsText = argsMapped.text;
  const argsRange = argsText.length > 0 ? argsMapped.rangeOf(0, argsText.length) : null;

  let subcommand: string | undefined;
  let formText = argsMapped;
  if (kind === 'HEALTHCHECK') {
    const first = splitWords(argsText, escapeChar)[0];
    subcommand = first?.raw.toUpperCase();
    if (first) formText = argsMapped.slice(first.end).slice(leadingSpace(argsText.slice(first.end)));
  }

  let form: InstructionForm = argsText.length === 0 ? 'none' : 'shell';
  let exec: ExecString[] | null = null;
  let invalidJson: string | undefined;
  if (JSON_CAPABLE.has(kind) || (kind === 'HEALTHCHECK' && subcommand === 'CMD')) {
    const parsed = parseExecForm(formText);
    if (parsed.kind === 'exec') {
      form = 'exec';
      exec = parsed.strings;
    } else if (parsed.kind === 'invalid') {
      form = 'exec';
      exec = [];
      invalidJson = parsed.message;
    }
  }
  if (form === 'shell' && input.heredocs.length > 0) form = 'heredoc';

  const draft: DraftInstruction = {
    index: input.index,
    kind,
    keyword: keywordWord.raw,
    keywordRange: logical.rangeOf(keywordWord.start, keywordWord.end),
    range: input.range,
    flags,
    args: words.slice(argIndex).map((w) => toWord(w, logical, escapeChar)),
    argsText,
    argsRange,
    form,
    exec,
    heredocs: input.heredocs.map((h) => toHeredoc(h, source)),
    properties: kind === 'ARG' || kind === 'ENV' || kind === 'LABEL' ? properties(input.ast, logical, argsStart, kind) : [],
    stageIndex: -1,
    trigger: undefined,
    onbuild: undefined,
    subcommand,
    shell: undefined,
  };
  extras.set(draft, { argsText: kind === 'HEALTHCHECK' ? formText : argsMapped, scannedHeredocs: input.heredocs, invalidJson });

  if (kind === 'ONBUILD' && argsText.length > 0) {
    const astTrigger = (input.ast as { getTriggerInstruction?: () => AstInstruction | null } | undefined)
      ?.getTriggerInstruction?.() ?? undefined;
    const trigger = buildInstruction(
      { ...input, logical: argsMapped, ast: astTrigger, range: input.range },
      extras,
    );
    trigger.onbuild = draft;
    draft.trigger = trigger;
  }
  return draft;
}

function isFlagWord(word: RawWord): boolean {
  return word.raw.startsWith('--') && word.raw.length > 2;
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}

function toWord(word: RawWord, logical: MappedText, escapeChar: string): Word {
  const expanded = expand(word.raw, NO_VARIABLES, escapeChar);
  return {
    raw: word.raw,
    value: expanded.value,
    hasVariables: expanded.unresolved.length > 0,
    range: logical.rangeOf(word.start, word.end),
  };
}

function toHeredoc(heredoc: ScannedHeredoc, source: SourceText): Heredoc {
  let body = source.text.slice(heredoc.bodyStart, heredoc.bodyEnd).replace(/\r\n/g, '\n');
  if (heredoc.chomp) body = body.replace(/^\t+/gm, '');
  return {
    name: heredoc.name,
    quoted: heredoc.quoted,
    chomp: heredoc.chomp,
    fd: heredoc.fd,
    markerRange: source.rangeOf(heredoc.markerStart, heredoc.markerEnd),
    body,
    bodyRange: source.rangeOf(heredoc.bodyStart, heredoc.bodyEnd),
    terminated: heredoc.terminator !== undefined,
  };
}

/**
 * ARG, ENV and LABEL items. dockerfile-ast parses these well (quotes, escapes, the legacy
 * `ENV KEY value` form); when it has no instruction for this text (an ONBUILD trigger it did
 * not type), the words are split here with BuildKit's rules instead.
 */
function properties(ast: AstInstruction | undefined, logical: MappedText, argsStart: number, kind: InstructionKind): Property[] {
  const typed = ast as unknown as {
    getProperties?: () => AstProperty[];
    getProperty?: () => AstProperty | null;
  } | undefined;
  const astProperties = typed?.getProperties?.() ?? (typed?.getProperty ? [typed.getProperty()].filter((p): p is AstProperty => p !== null) : undefined);
  // BuildKit has no legacy `ARG NAME value` form: `ARG A B` declares A and B, while dockerfile-ast reads `A=B`.
  const arglist = kind === 'ARG' && astProperties?.some((p) => p.getAssignmentOperator() === null && p.getValue() !== null);
  if (astProperties && !arglist) {
    return astProperties.map((p) => {
      const valueRange = p.getValueRange();
      return {
        name: p.getName(),
        value: p.getValue(),
        rawValue: valueRange ? logical.source.slice(valueRange) : null,
        range: p.getRange(),
        nameRange: p.getNameRange(),
        valueRange,
        legacy: kind !== 'ARG' && p.getAssignmentOperator() === null && p.getValue() !== null,
      };
    });
  }
  return splitProperties(logical, argsStart, kind);
}

interface AstProperty {
  getName(): string;
  getValue(): string | null;
  getAssignmentOperator(): string | null;
  getRange(): Range;
  getNameRange(): Range;
  getValueRange(): Range | null;
}

function splitProperties(logical: MappedText, argsStart: number, kind: InstructionKind): Property[] {
  const text = logical.text;
  const words = splitWords(text.slice(argsStart)).map((w) => ({ ...w, start: w.start + argsStart, end: w.end + argsStart }));
  const first = words[0];
  if (!first) return [];
  if (kind !== 'ARG' && !first.raw.includes('=')) {
    const valueStart = words[1]?.start ?? first.end;
    const rawValue = text.slice(valueStart).trimEnd();
    return [{
      name: first.raw,
      value: expand(rawValue, NO_VARIABLES).value,
      rawValue,
      range: logical.rangeOf(first.start, valueStart + rawValue.length),
      nameRange: logical.rangeOf(first.start, first.end),
      valueRange: rawValue ? logical.rangeOf(valueStart, valueStart + rawValue.length) : null,
      legacy: true,
    }];
  }
  return words.map((w) => {
    const eq = w.raw.indexOf('=');
    const name = eq < 0 ? w.raw : w.raw.slice(0, eq);
    const rawValue = eq < 0 ? null : w.raw.slice(eq + 1);
    return {
      name,
      value: rawValue === null ? null : expand(rawValue, NO_VARIABLES).value,
      rawValue,
      range: logical.rangeOf(w.start, w.end),
      nameRange: logical.rangeOf(w.start, w.start + name.length),
      valueRange: rawValue === null ? null : logical.rangeOf(w.start + eq + 1, w.end),
      legacy: false,
    };
  });
}
