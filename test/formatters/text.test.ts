import { describe, expect, it } from 'vitest';
import { oneLine } from '../../src/formatters/text.js';

describe('oneLine', () => {
  it('joins lines with one space', () => {
    expect(oneLine('first line\nsecond line')).toBe('first line second line');
    expect(oneLine('a  \r\n\r\n  b\n')).toBe('a b');
  });

  it('keeps a message that is one line as it is', () => {
    expect(oneLine('Use `COPY`  here')).toBe('Use `COPY`  here');
  });
});
