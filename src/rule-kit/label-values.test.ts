import { describe, expect, it } from 'vitest';
import { isEmail, isGitHash, isRfc3339, isSemver, isUrl } from './label-values.js';

function accepts(check: (value: string) => boolean, values: readonly string[]) {
  for (const value of values) it(`accepts ${JSON.stringify(value)}`, () => expect(check(value)).toBe(true));
}

function rejects(check: (value: string) => boolean, values: readonly string[]) {
  for (const value of values) it(`rejects ${JSON.stringify(value)}`, () => expect(check(value)).toBe(false));
}

describe('isUrl', () => {
  accepts(isUrl, [
    'https://example.com', 'http://example.com/', 'https://github.com/org/repo', 'https://example.com:8443/a/b?x=1&y=%20#top',
    'https://user:pw@example.com', 'http://[::1]:8080/', 'http://192.168.0.1/x', 'mailto:team@example.com',
    'urn:isbn:0451450523', 'git+ssh://git@github.com/org/repo.git', 'file:///etc/hosts', 'https://example.com/a(b)',
  ]);
  rejects(isUrl, [
    'not-url', 'example.com', 'github.com/org/repo', '/docs/index.html', 'https://exa mple.com', 'https://example.com/a b',
    'https://example.com/%zz', 'http://exa<mple.com', '1http://example.com', 'git@github.com:org/repo.git', '', 'https://example.com/#a#b',
  ]);
});

describe('isRfc3339', () => {
  accepts(isRfc3339, [
    '2021-03-10T10:26:33.564595127+01:00', '2024-05-01T12:30:00Z', '2024-05-01t12:30:00z', '2024-02-29T00:00:00-08:00',
    '1990-12-31T23:59:60Z', '2000-02-29T00:00:00Z',
  ]);
  rejects(isRfc3339, [
    'not-date', '2024-05-01', '2024-05-01T12:30Z', '2024-05-01 12:30:00Z', '2024-05-01T12:30:00', '2023-02-29T00:00:00Z',
    '1900-02-29T00:00:00Z', '2024-13-01T00:00:00Z', '2024-04-31T00:00:00Z', '2024-05-01T24:00:00Z', '2024-05-01T12:60:00Z',
    '2024-05-01T12:30:00+0100', '2024-05-01T12:30:00.Z', '24-05-01T12:30:00Z', '2024-05-01T12:30:00+24:00',
  ]);
});

describe('isSemver', () => {
  accepts(isSemver, ['1.0.0', '0.0.1', '10.20.30', '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-0.3.7', '1.0.0-x-y-z.--', '1.0.0+20130313144700', '1.0.0-beta+exp.sha.5114f85', '1.0.0-rc.1+build.1']);
  rejects(isSemver, ['v1.0.0', '1.0', '1', '01.0.0', '1.02.0', '1.0.0-01', '1.0.0-', '1.0.0+', '1.0.0-alpha..1', 'not-sem-ver', '1.0.0 ', '']);
});

describe('isGitHash', () => {
  accepts(isGitHash, ['2dbfae9', '2dbfae9c1', 'c0ffee1234567890abcdef1234567890abcdef12', 'a'.repeat(64)]);
  rejects(isGitHash, ['not-git-hash', '2dbfae', '2DBFAE9', 'c0ffee1234567890abcdef1234567890abcdef123', 'g123456', 'a'.repeat(63), '']);
});

describe('isEmail', () => {
  accepts(isEmail, ['abcd@google.com', 'first.last@example.co.uk', 'a+tag@example.com', 'user@localhost', '"john doe"@example.com', 'user@[192.168.0.1]', "o'brien@example.ie", 'josé@example.com']);
  rejects(isEmail, [
    'not-email', 'Team <team@example.com>', 'a@b@c', '@example.com', 'user@', 'first..last@example.com', '.user@example.com',
    'user.@example.com', 'user name@example.com', `${'a'.repeat(65)}@example.com`, 'user@exa mple.com', '',
  ]);
});
