import { describe, expect, it } from 'vitest';
import { useColor } from '../../src/cli/color.js';

const base = { flag: undefined, env: {}, isTTY: true, toFile: false };

describe('useColor', () => {
  it('follows the terminal by default', () => {
    expect(useColor(base)).toBe(true);
    expect(useColor({ ...base, isTTY: false })).toBe(false);
  });

  it('turns off with a non-empty NO_COLOR', () => {
    expect(useColor({ ...base, env: { NO_COLOR: '1' } })).toBe(false);
    expect(useColor({ ...base, env: { NO_COLOR: '' } })).toBe(true);
  });

  it('turns on with FORCE_COLOR, which beats NO_COLOR, unless it is 0 or false', () => {
    expect(useColor({ ...base, isTTY: false, env: { FORCE_COLOR: '1' } })).toBe(true);
    expect(useColor({ ...base, isTTY: false, env: { FORCE_COLOR: '' } })).toBe(true);
    expect(useColor({ ...base, isTTY: false, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).toBe(true);
    expect(useColor({ ...base, env: { FORCE_COLOR: '0' } })).toBe(false);
    expect(useColor({ ...base, env: { FORCE_COLOR: 'false' } })).toBe(false);
  });

  it('obeys the flag over everything', () => {
    expect(useColor({ ...base, flag: true, isTTY: false, env: { NO_COLOR: '1' }, toFile: true })).toBe(true);
    expect(useColor({ ...base, flag: false, env: { FORCE_COLOR: '1' } })).toBe(false);
  });

  it('never colours a report file unless the flag asks', () => {
    expect(useColor({ ...base, toFile: true, env: { FORCE_COLOR: '1' } })).toBe(false);
  });
});
