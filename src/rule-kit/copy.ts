import { posix } from 'node:path';
import type { Flag, Instruction, Model, Range } from '../model/types.js';
import { variableReferences } from './variables.js';

/**
 * What a COPY/ADD source is, as BuildKit decides it (dockerfile2llb `dispatchCopy`):
 * an inline heredoc file, a Git repository, an HTTP(S) download, or a path in the build context.
 */
export type SourceKind = 'heredoc' | 'git' | 'http' | 'local';

export interface CopyOperand {
  /** Where it is written: the shell-form word or the exec-form JSON string (quotes included). */
  readonly range: Range;
  /** After quote removal and variable substitution; unknown variables stay as written. */
  readonly value: string;
  /** Variables whose value is unknown at this instruction. */
  readonly unresolved: readonly string[];
}

export interface CopySource extends CopyOperand {
  /** Undefined when an unknown variable hides what the source is. */
  readonly kind: SourceKind | undefined;
}

export interface CopyOperands {
  readonly sources: readonly CopySource[];
  /** Undefined when the instruction has fewer than two operands. */
  readonly destination: CopyOperand | undefined;
}

/** Extensions whose files ADD unpacks: hadolint's list (DL3010/DL3020) plus zstd, which BuildKit also detects. */
const ARCHIVE_SUFFIXES = [
  '.tar', '.Z', '.bz2', '.gz', '.lz', '.lzma', '.tZ', '.tb2', '.tbz', '.tbz2', '.tgz', '.tlz', '.tpz', '.txz', '.xz',
  '.zst', '.tzst',
];

/** The `--name` flag of an instruction, if present. */
export function flagNamed(instruction: Instruction, name: string): Flag | undefined {
  return instruction.flags.find((f) => f.name === name);
}

/** A COPY with `--from` reads another stage or image, not the build context. */
export function copiesFromElsewhere(instruction: Instruction): boolean {
  return flagNamed(instruction, 'from') !== undefined;
}

/**
 * The sources and destination of a COPY or ADD (shell, exec or heredoc form), each resolved
 * against the variables the instruction sees.
 */
export function copyOperands(model: Model, instruction: Instruction): CopyOperands {
  const operands: Array<{ text: string; range: Range; unquoted: string }> = instruction.exec
    ? instruction.exec.map((s) => ({ text: s.raw, range: s.range, unquoted: s.value }))
    : instruction.args.map((w) => ({ text: w.raw, range: w.range, unquoted: w.value }));
  const resolved = operands.map((o): CopyOperand & { heredoc: boolean } => {
    const heredoc = instruction.form === 'heredoc' && o.text.startsWith('<<');
    if (heredoc) return { range: o.range, value: o.unquoted, unresolved: [], heredoc };
    const expansion = instruction.exec
      ? resolveJsonString(model, instruction, o.unquoted)
      : model.variables.resolve(o.text, instruction);
    return { range: o.range, value: expansion.value, unresolved: expansion.unresolved, heredoc };
  });
  if (resolved.length < 2) return { sources: [], destination: undefined };
  const sources = resolved.slice(0, -1).map(({ heredoc, ...operand }) => ({ ...operand, kind: kindOf(operand, heredoc) }));
  const { heredoc: _, ...destination } = resolved[resolved.length - 1]!;
  return { sources, destination };
}

/** JSON strings go through BuildKit's lexer too; only their `$` references matter here. */
function resolveJsonString(model: Model, instruction: Instruction, value: string): { value: string; unresolved: readonly string[] } {
  if (!value.includes('$')) return { value, unresolved: [] };
  const escape = model.escapeChar;
  const quoted = value.replace(/["']/g, (q) => `${escape}${q}`);
  return model.variables.resolve(quoted, instruction);
}

function kindOf(operand: CopyOperand, heredoc: boolean): SourceKind | undefined {
  if (heredoc) return 'heredoc';
  const value = operand.value;
  if (isGitUrl(value)) return 'git';
  if (/^https?:\/\//i.test(value)) return 'http';
  // An unknown variable at the start could still expand to a URL.
  if (operand.unresolved.length > 0 && value.startsWith('$')) return undefined;
  return 'local';
}

/**
 * BuildKit's Git source test (util/gitutil `ParseGitRef`): `git@host:`, `git://` and `ssh://`
 * addresses, and HTTP(S) URLs whose path ends in `.git`.
 */
function isGitUrl(value: string): boolean {
  if (/^(?:git@[^:]+:|git:\/\/|ssh:\/\/)/i.test(value)) return true;
  const match = /^https?:\/\/[^/#?]+(\/[^#?]*)?/i.exec(value);
  return match !== null && (match[1] ?? '').replace(/(?<!\/)\/+$/, '').endsWith('.git');
}

export interface GitReference {
  /** Branch, tag or commit: `#ref[:subdir]`, or the `ref`/`tag`/`branch` query parameter. */
  readonly ref: string | undefined;
  /** The commit the `checksum` query parameter requires. */
  readonly checksum: string | undefined;
}

/** What a Git URL checks out, in the fragment form (`#v1.0:docs`) or the query form (`?ref=v1.0`). */
export function gitReferenceOf(url: string): GitReference {
  const hash = url.indexOf('#');
  const fragment = hash < 0 ? undefined : url.slice(hash + 1).split(':')[0];
  const beforeHash = hash < 0 ? url : url.slice(0, hash);
  const question = beforeHash.indexOf('?');
  const query = new Map<string, string>();
  if (question >= 0) {
    for (const pair of beforeHash.slice(question + 1).split('&')) {
      const equals = pair.indexOf('=');
      query.set(equals < 0 ? pair : pair.slice(0, equals), equals < 0 ? '' : pair.slice(equals + 1));
    }
  }
  return {
    ref: fragment || query.get('ref') || query.get('tag') || query.get('branch') || undefined,
    checksum: query.get('checksum') || undefined,
  };
}

/** Whether ADD unpacks a local file of this name (a suffix test, as hadolint does for DL3010 and DL3020). */
export function isArchivePath(path: string): boolean {
  return ARCHIVE_SUFFIXES.some((suffix) => path.endsWith(suffix));
}

/**
 * Whether a local source is named as an archive. Only the text after the last unknown variable
 * decides (`app-${VERSION}.tgz` is one); undefined when a variable ends the name.
 */
export function namesArchive(source: CopySource): boolean | undefined {
  let tail = source.value;
  if (source.unresolved.length > 0) {
    const last = variableReferences(source.value).filter((r) => source.unresolved.includes(r.name)).at(-1);
    if (last) tail = source.value.slice(last.end);
  }
  return tail === '' ? undefined : isArchivePath(tail);
}

/**
 * The context-relative path BuildKit reads for a local source: cleaned against the context
 * root, so a leading `/`, `./` or `../` goes away (`''` is the root itself).
 */
export function contextPath(value: string): string {
  return posix.normalize(`/${value}`).replace(/^\/+/, '').replace(/(?<!\/)\/+$/, '');
}

/** Whether a local source sends the whole build context: `.`, `./`, `/`, `*`, `./*` or `**`. */
export function isWholeContext(source: CopySource): boolean {
  const path = localPathOf(source);
  return path === '' || path === '*' || path === '**';
}

/** The context path a local source reads (see `contextPath`); undefined for other sources and unknown variables. */
export function localPathOf(source: CopySource): string | undefined {
  return source.kind === 'local' && source.unresolved.length === 0 ? contextPath(source.value) : undefined;
}

/** The instruction as a short quotable label, such as `COPY . .` (flags left out). */
export function copyLabel(instruction: Instruction): string {
  const text = `${instruction.keyword.toUpperCase()} ${instruction.argsText.replace(/\s+/g, ' ').trim()}`;
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
