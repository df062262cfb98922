import { describe, expect, it } from 'vitest';
import { artifactLocation, SRCROOT, srcRootUri } from '../../src/formatters/sarif/artifact-uri.js';

describe('SARIF artifact locations', () => {
  it('are relative to %SRCROOT% under the current folder, each segment percent-encoded', () => {
    expect(artifactLocation('Dockerfile', '/repo')).toEqual({ uri: 'Dockerfile', uriBaseId: SRCROOT });
    expect(artifactLocation('services/api/Dockerfile', '/repo')).toEqual({ uri: 'services/api/Dockerfile', uriBaseId: SRCROOT });
    expect(artifactLocation('ci/build, test: 100%.Dockerfile', '/repo').uri).toBe('ci/build%2C%20test%3A%20100%25.Dockerfile');
    expect(artifactLocation('a#b/c?d/Dockerfile', '/repo').uri).toBe('a%23b/c%3Fd/Dockerfile');
    expect(artifactLocation('dépôt/Dockerfile.prod', '/repo').uri).toBe('d%C3%A9p%C3%B4t/Dockerfile.prod');
    expect(artifactLocation('./x/../Dockerfile', '/repo').uri).toBe('Dockerfile');
  });

  it('keeps a colon in the first segment from reading as a scheme', () => {
    expect(artifactLocation('c:d/Dockerfile', '/repo').uri).toBe('c%3Ad/Dockerfile');
  });

  it('encodes a backslash in a POSIX file name rather than splitting there', () => {
    expect(artifactLocation('a\\b.Dockerfile', '/repo').uri).toBe('a%5Cb.Dockerfile');
  });

  it('turns absolute paths under the current folder into relative ones', () => {
    expect(artifactLocation('/repo/sub/Dockerfile', '/repo')).toEqual({ uri: 'sub/Dockerfile', uriBaseId: SRCROOT });
    expect(artifactLocation('/repo/sub/Dockerfile', '/repo/')).toEqual({ uri: 'sub/Dockerfile', uriBaseId: SRCROOT });
  });

  it('gives files elsewhere a file: URI without a base', () => {
    expect(artifactLocation('/other/my file/Dockerfile', '/repo')).toEqual({ uri: 'file:///other/my%20file/Dockerfile' });
    expect(artifactLocation('../sibling/Dockerfile', '/repo/app')).toEqual({ uri: 'file:///repo/sibling/Dockerfile' });
    expect(artifactLocation('/repository/Dockerfile', '/repo')).toEqual({ uri: 'file:///repository/Dockerfile' });
  });

  it('treats a name that merely starts with two dots as inside', () => {
    expect(artifactLocation('..hidden/Dockerfile', '/repo')).toEqual({ uri: '..hidden/Dockerfile', uriBaseId: SRCROOT });
  });

  it('maps Windows paths with backslashes, drives and UNC shares', () => {
    expect(artifactLocation('services\\api\\Dockerfile', 'C:\\repo')).toEqual({ uri: 'services/api/Dockerfile', uriBaseId: SRCROOT });
    expect(artifactLocation('D:\\other\\Dockerfile', 'C:\\repo')).toEqual({ uri: 'file:///D:/other/Dockerfile' });
    expect(artifactLocation('\\\\server\\share\\a b\\Dockerfile', 'C:\\repo')).toEqual({ uri: 'file://server/share/a%20b/Dockerfile' });
    expect(srcRootUri('C:\\work\\my repo')).toBe('file:///C:/work/my%20repo/');
  });

  it('names standard input, which has no path', () => {
    expect(artifactLocation('-', '/repo')).toEqual({ uri: 'stdin', description: { text: 'Standard input' } });
  });

  it('never throws on unpaired surrogates', () => {
    expect(artifactLocation('a\uD800b/Dockerfile', '/repo').uri).toBe('a%EF%BF%BDb/Dockerfile');
  });

  it('gives %SRCROOT% as an absolute file: URI ending with a slash', () => {
    expect(srcRootUri('/repo')).toBe('file:///repo/');
    expect(srcRootUri('/')).toBe('file:///');
    expect(srcRootUri('/home/me/my repo#1')).toBe('file:///home/me/my%20repo%231/');
  });
});
