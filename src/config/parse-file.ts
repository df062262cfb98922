import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { KeyPath } from './key-path.js';
import type { ConfigProblem } from './problems.js';
import { errorMessage } from '../error-message.js';

/** Where a value (or, with `key`, the key naming it) sits in the file, 1-based. */
export type Locate = (path: KeyPath, key?: boolean) => { line: number; column: number } | undefined;

export type ParsedConfig =
  /** `data` is undefined for an empty file (or one holding only comments or `null`). */
  | { readonly ok: true; readonly data: unknown; readonly locate: Locate }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] };

export type Syntax = 'yaml' | 'json';

/**
 * Parses a config file's text. YAML keeps YAML 1.2 semantics (`yes` is a string, not a
 * boolean), rejects duplicate keys and reports syntax errors with their line. `within` is the
 * key the configuration sits under (`dflint` in package.json).
 */
export function parseConfigText(text: string, syntax: Syntax, source: string, within: KeyPath = []): ParsedConfig {
  if (text.trim() === '') return { ok: true, data: undefined, locate: () => undefined };
  if (syntax === 'json') return parseJson(text, source, within);

  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const [error] = document.errors; // later ones mostly follow from the first
  if (error) {
    const message = `YAML syntax error: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`;
    return { ok: false, problems: [{ source, line: error.linePos?.[0].line, column: error.linePos?.[0].col, message }] };
  }
  const data: unknown = document.toJS();
  return { ok: true, data: data === null ? undefined : data, locate: locator(document, lineCounter, within) };
}

const LINE_BREAKS = ['\n', '\r', '\u2028', '\u2029'];

/**
 * `message.replace(/ in JSON at position \d+.*$/, '')` without re-reading the rest of the
 * message from each ` in JSON at position 1` (quadratic): `.*$` does not cross a line break, so
 * the cut is looked for after the last one only.
 */
export function withoutJsonPosition(message: string): string {
  const lineStart = Math.max(...LINE_BREAKS.map((lineBreak) => message.lastIndexOf(lineBreak))) + 1;
  const at = message.slice(lineStart).search(/ in JSON at position \d/);
  return at < 0 ? message : message.slice(0, lineStart + at);
}

function parseJson(text: string, source: string, within: KeyPath): ParsedConfig {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = errorMessage(error);
    const offset = /at position (\d+)/.exec(message);
    const position = offset ? lineColumnAt(text, Number(offset[1])) : undefined;
    return {
      ok: false,
      problems: [{ source, ...position, message: `JSON syntax error: ${withoutJsonPosition(message).replace(/ \(line \d+ column \d+\)$/, '')}` }],
    };
  }
  // JSON is YAML: the YAML parser gives the positions of values for validation messages.
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const locate = document.errors.length === 0 ? locator(document, lineCounter, within) : () => undefined;
  return { ok: true, data: valueAt(data, within), locate };
}

function valueAt(data: unknown, path: KeyPath): unknown {
  let current = data;
  for (const key of path) current = current !== null && typeof current === 'object' ? (current as Record<string | number, unknown>)[key] : undefined;
  return current;
}

function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

function locator(document: Document, lineCounter: LineCounter, within: KeyPath): Locate {
  const position = (node: unknown) => {
    const range = (node as Node | undefined)?.range;
    if (!range) return undefined;
    const { line, col } = lineCounter.linePos(range[0]);
    return { line, column: col };
  };
  return (path, key = false) => {
    const full = [...within, ...path];
    if (!key || full.length === 0) return position(document.getIn(full, true)) ?? (full.length > 0 ? position(document.getIn(full.slice(0, -1), true)) : undefined);
    const parent = document.getIn(full.slice(0, -1), true);
    const name = full[full.length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === name);
      if (pair) return position(pair.key);
    }
    return position(parent);
  };
}
