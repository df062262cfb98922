import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relativeInside } from '../../src/files/relative-inside.js';

describe('relativeInside', () => {
  it('gives the path relative to a folder it lies in', () => {
    expect(relativeInside('/repo', '/repo/a/Dockerfile', posix)).toBe('a/Dockerfile');
    expect(relativeInside('/repo', '/repo/..cache/Dockerfile', posix)).toBe('..cache/Dockerfile');
    expect(relativeInside('C:\\repo', 'C:\\repo\\a\\Dockerfile', win32)).toBe('a\\Dockerfile');
  });

  it('gives nothing for the folder itself and for paths outside it', () => {
    expect(relativeInside('/repo', '/repo', posix)).toBeUndefined();
    expect(relativeInside('/repo/sub', '/repo/Dockerfile', posix)).toBeUndefined();
    expect(relativeInside('/repo', '/elsewhere/Dockerfile', posix)).toBeUndefined();
    expect(relativeInside('C:\\repo', 'D:\\repo\\Dockerfile', win32)).toBeUndefined();
  });
});
