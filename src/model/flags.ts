import type { MappedText } from '../parse/mapped-text.js';
import type { RawWord } from '../parse/words.js';
import { expand } from './expand.js';
import type { Flag, FlagOption } from './types.js';

const NO_VARIABLES = () => undefined;

/** Parses one `--name[=value]` word; comma lists become options (`type=cache,target=/x`). */
export function parseFlag(word: RawWord, logical: MappedText): Flag {
  const body = word.raw.slice(2);
  const equals = body.indexOf('=');
  const name = equals < 0 ? body : body.slice(0, equals);
  const nameStart = word.start + 2;
  const range = logical.rangeOf(word.start, word.end);
  const nameRange = logical.rangeOf(nameStart, nameStart + name.length);
  if (equals < 0) return { name, value: null, range, nameRange, valueRange: null, options: [] };
  const valueStart = nameStart + equals + 1;
  const rawValue = body.slice(equals + 1);
  const value = expand(rawValue, NO_VARIABLES).value;
  const options: FlagOption[] = [];
  let offset = valueStart;
  for (const part of rawValue.split(',')) {
    const eq = part.indexOf('=');
    const key = (eq < 0 ? part : part.slice(0, eq)).trim();
    if (key) {
      options.push({
        key: key.toLowerCase(),
        value: eq < 0 ? null : expand(part.slice(eq + 1), NO_VARIABLES).value,
        range: logical.rangeOf(offset, offset + part.length),
        valueRange: eq < 0 ? null : logical.rangeOf(offset + eq + 1, offset + part.length),
      });
    }
    offset += part.length + 1;
  }
  return {
    name,
    value,
    range,
    nameRange,
    valueRange: logical.rangeOf(valueStart, word.end),
    options,
  };
}

export function flagOption(flag: Flag, key: string): string | null | undefined {
  const option = flag.options.find((o) => o.key === key);
  return option === undefined ? undefined : option.value;
}
