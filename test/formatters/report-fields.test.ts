import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportPath } from '../../src/formatters/report-fields.js';

describe('reportPath', () => {
  it('keeps paths relative to the folder dflint ran in, normalized', () => {
    expect(reportPath('Dockerfile', '/repo', posix)).toBe('Dockerfile');
    expect(reportPath('./services/api/Dockerfile', '/repo', posix)).toBe('services/api/Dockerfile');
    expect(reportPath('services/../ci/Dockerfile', '/repo', posix)).toBe('ci/Dockerfile');
  });

  it('makes absolute paths under that folder relative', () => {
    expect(reportPath('/repo/services/Dockerfile', '/repo', posix)).toBe('services/Dockerfile');
  });

  it('gives files outside that folder their absolute path, which nothing could make relative', () => {
    expect(reportPath('../other/Dockerfile', '/repo/sub', posix)).toBe('/repo/other/Dockerfile');
    expect(reportPath('/elsewhere/Dockerfile', '/repo', posix)).toBe('/elsewhere/Dockerfile');
  });

  it('leaves standard input as it is', () => {
    expect(reportPath('-', '/repo', posix)).toBe('-');
  });

  it('keeps spaces, %, #, commas and non-ASCII letters as they are (JSON needs no escaping of them)', () => {
    expect(reportPath('ci/build, test: 100% #1/Dockerfile.für', '/repo', posix)).toBe('ci/build, test: 100% #1/Dockerfile.für');
  });

  it('writes Windows paths with forward slashes', () => {
    expect(reportPath('services\\api\\Dockerfile', 'C:\\repo', win32)).toBe('services/api/Dockerfile');
    expect(reportPath('C:\\repo\\ci\\Dockerfile', 'C:\\repo', win32)).toBe('ci/Dockerfile');
    expect(reportPath('D:\\other\\Dockerfile', 'C:\\repo', win32)).toBe('D:/other/Dockerfile');
  });

  it('keeps a backslash in a POSIX file name, where it is a character', () => {
    expect(reportPath('odd\\name/Dockerfile', '/repo', posix)).toBe('odd\\name/Dockerfile');
  });
});
