import type { LabelType } from '../engine/types.js';

/** Every value type a label schema can name, in the order the docs list them. */
export const LABEL_TYPES: readonly LabelType[] = ['text', 'url', 'rfc3339', 'spdx', 'hash', 'semver', 'email'];

// RFC 3986, appendix A. An IPv4 address is also a valid reg-name, so it needs no pattern of its own.
const UNRESERVED = "A-Za-z0-9\\-._~";
const SUB_DELIMS = "!$&'()*+,;=";
const PCT_ENCODED = '%[0-9A-Fa-f]{2}';
const PCHAR = `(?:[${UNRESERVED}${SUB_DELIMS}:@]|${PCT_ENCODED})`;
const SEGMENT = `${PCHAR}*`;
const SEGMENT_NZ = `${PCHAR}+`;
const IP_LITERAL = `\\[(?:[0-9A-Fa-f:.]+|v[0-9A-Fa-f]+\\.[${UNRESERVED}${SUB_DELIMS}:]+)\\]`;
const REG_NAME = `(?:[${UNRESERVED}${SUB_DELIMS}]|${PCT_ENCODED})*`;
const USERINFO = `(?:[${UNRESERVED}${SUB_DELIMS}:]|${PCT_ENCODED})*`;
const AUTHORITY = `(?:${USERINFO}@)?(?:${IP_LITERAL}|${REG_NAME})(?::[0-9]*)?`;
const HIER_PART = `(?://${AUTHORITY}(?:/${SEGMENT})*|/(?:${SEGMENT_NZ}(?:/${SEGMENT})*)?|${SEGMENT_NZ}(?:/${SEGMENT})*|)`;
const QUERY = `(?:${PCHAR}|[/?])*`;
const URI = new RegExp(`^[A-Za-z][A-Za-z0-9+.\\-]*:${HIER_PART}(?:\\?${QUERY})?(?:#${QUERY})?$`);

/** An absolute URI (RFC 3986: a scheme, then `:`), such as `https://example.com/docs` or `mailto:a@b.org`. */
export function isUrl(value: string): boolean {
  return URI.test(value);
}

// RFC 3339, section 5.6; `T` and `Z` may be lower case (its note on ABNF).
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** An RFC 3339 date-time with a time zone, such as `2024-05-01T12:30:00Z` or `…T12:30:00.5+02:00`. */
export function isRfc3339(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second, offsetHour = 0, offsetMinute = 0] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  return month! >= 1 && month! <= 12 && day! >= 1 && day! <= daysIn(year!, month!) &&
    hour! <= 23 && minute! <= 59 && second! <= 60 && // 60: a leap second
    offsetHour <= 23 && offsetMinute <= 59;
}

// semver.org, version 2.0.0: MAJOR.MINOR.PATCH[-prerelease][+build], no leading zeros, no `v`.
const NUMBER = '(?:0|[1-9]\\d*)';
const PRERELEASE_ID = '(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)';
const SEMVER = new RegExp(`^${NUMBER}\\.${NUMBER}\\.${NUMBER}(?:-${PRERELEASE_ID}(?:\\.${PRERELEASE_ID})*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`);

/** A Semantic Versioning 2.0.0 version, such as `1.4.0` or `2.0.0-rc.1+build.5` (`v1.4.0` is not one). */
export function isSemver(value: string): boolean {
  return SEMVER.test(value);
}

/**
 * A git commit id as git prints it: lower-case hex, full (40, or 64 in a SHA-256 repository) or
 * abbreviated (git abbreviates to 7 characters at least, more in large repositories).
 */
export function isGitHash(value: string): boolean {
  return /^(?:[0-9a-f]{7,40}|[0-9a-f]{64})$/.test(value);
}

// RFC 5322 addr-spec (section 3.4.1) without comments or folding white space; UTF-8 letters are
// allowed in atoms as RFC 6532 extends them.
const ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~\\-\\u0080-\\uFFFF]";
const DOT_ATOM = `${ATEXT}+(?:\\.${ATEXT}+)*`;
const QUOTED_STRING = '"(?:[^"\\\\\\r\\n]|\\\\.)*"';
const DOMAIN_LITERAL = '\\[[^\\[\\]\\\\\\s]*\\]';
const ADDR_SPEC = new RegExp(`^(?:${DOT_ATOM}|${QUOTED_STRING})@(?:${DOT_ATOM}|${DOMAIN_LITERAL})$`);

/** An e-mail address (`local@domain`, RFC 5322 addr-spec); a display name (`Jo <jo@x.org>`) is not part of one. */
export function isEmail(value: string): boolean {
  const at = value.lastIndexOf('@');
  // RFC 5321 limits: 64 octets of local part, 255 of domain.
  return ADDR_SPEC.test(value) && at <= 64 && value.length - at - 1 <= 255;
}
