import { describe, expect, it } from 'vitest';
import { listOfPackages } from './pin-report.js';

describe('listOfPackages', () => {
  it('names up to four packages and counts the rest after three', () => {
    expect(listOfPackages(['a'])).toBe('`a`');
    expect(listOfPackages(['a', 'b'])).toBe('`a` and `b`');
    expect(listOfPackages(['a', 'b', 'c'])).toBe('`a`, `b` and `c`');
    expect(listOfPackages(['a', 'b', 'c', 'd'])).toBe('`a`, `b`, `c` and `d`');
    expect(listOfPackages(['a', 'b', 'c', 'd', 'e'])).toBe('`a`, `b`, `c` and 2 more');
  });
});
