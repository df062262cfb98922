import type { TextEdit } from '../engine/types.js';
import type { Range, Word } from '../model/types.js';
import { spanOf } from './command-form.js';

export interface SingleQuotedJson {
  /** The array text, from `[` to `]`. */
  readonly range: Range;
  /** Edits turning the single quotes into double quotes; undefined when an element would need escaping. */
  readonly edits: readonly TextEdit[] | undefined;
}

interface Requoted {
  readonly text: string;
  readonly singleQuoted: number;
  /** A single-quoted element holds `"`, `\` or a control character, which JSON must escape. */
  readonly needsEscaping: boolean;
}

/** Rewrites `'...'` strings as `"..."`, leaving double-quoted JSON strings as written. */
function requote(text: string): Requoted | undefined {
  let out = '';
  let singleQuoted = 0;
  let needsEscaping = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'") {
      const close = text.indexOf("'", i + 1);
      if (close < 0) return undefined;
      const content = text.slice(i + 1, close);
      if (/["\\\u0000-\u001f]/.test(content)) needsEscaping = true;
      out += JSON.stringify(content);
      singleQuoted++;
      i = close;
    } else if (ch === '"') {
      let close = i + 1;
      while (close < text.length && text[close] !== '"') close += text[close] === '\\' ? 2 : 1;
      out += text.slice(i, close + 1);
      i = close;
    } else {
      out += ch;
    }
  }
  return { text: out, singleQuoted, needsEscaping };
}

function isStringArray(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string');
  } catch {
    return false;
  }
}

/** The edit for one word, or undefined when the word does not sit on one line as written. */
function requoteWord(word: Word): TextEdit | null | undefined {
  if (!word.raw.includes("'")) return null;
  const { start, end } = word.range;
  const requoted = requote(word.raw);
  if (!requoted || start.line !== end.line || end.character - start.character !== word.raw.length) return undefined;
  return { range: word.range, text: requoted.text };
}

/**
 * Shell-form words that spell a JSON array of strings once single quotes become double quotes
 * (`['node', 'app.js']`). Docker does not accept single quotes in JSON, so it silently treats
 * the text as shell form (or, for COPY/ADD/VOLUME, as space-separated paths).
 */
export function singleQuotedJson(words: readonly Word[]): SingleQuotedJson | undefined {
  const range = spanOf(words);
  if (!range) return undefined;
  const text = words.map((w) => w.raw).join(' ');
  if (!text.startsWith('[') || !text.endsWith(']')) return undefined;
  const requoted = requote(text);
  if (!requoted || requoted.singleQuoted === 0 || !isStringArray(requoted.text)) return undefined;
  if (requoted.needsEscaping) return { range, edits: undefined };
  const edits = words.map(requoteWord);
  if (edits.some((e) => e === undefined)) return { range, edits: undefined };
  return { range, edits: edits.filter((e): e is TextEdit => e !== null) };
}
