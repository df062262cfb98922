import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/options.js';

describe('--cache options', () => {
  it('parses --cache and --cache-location, off and unset by default', async () => {
    const parsed = await parseArgs(['--cache', '--cache-location', '.cache/dflint/', 'Dockerfile'], 80);
    expect(parsed.ok && [parsed.options.cache, parsed.options.cacheLocation]).toEqual([true, '.cache/dflint/']);
    const plain = await parseArgs(['Dockerfile'], 80);
    expect(plain.ok && [plain.options.cache, plain.options.cacheLocation]).toEqual([false, undefined]);
  });

  it('needs a path after --cache-location', async () => {
    expect(await parseArgs(['--cache-location'], 80)).toMatchObject({ ok: false });
  });
});
