import { describe, expect, it } from 'vitest';
import { loadBuiltInFormatter } from '../../src/formatters/by-name.js';
import { formatters } from '../../src/formatters/index.js';
import { FORMAT_NAMES } from '../../src/formatters/names.js';

describe('the built-in format names', () => {
  it('are the formatters of index.ts, in order, and each loads by its name', async () => {
    expect([...formatters.keys()]).toEqual(FORMAT_NAMES);
    for (const name of FORMAT_NAMES) expect(await loadBuiltInFormatter(name)).toBe(formatters.get(name));
  });
});
