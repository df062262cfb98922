/**
 * Words that make a variable name hold a secret, as hadolint's DL3064 substrings (`password`,
 * `secret`, `token`, `api_key`, `client_key`, `private` narrowed to `private_key`) plus BuildKit's
 * `passwd`, `pword` and `credential` (SecretsUsedInArgOrEnv; its `key` and `auth` alone are left
 * out, see the rule's differences). Multi-word terms are lists of name segments.
 */
const SECRET_TERMS: readonly (readonly string[])[] = [
  ['password'], ['passwd'], ['pword'], ['secret'], ['token'], ['credential'],
  ['api', 'key'], ['client', 'key'], ['private', 'key'],
];

/**
 * Names from hadolint's list of well-known secret variables that the terms above do not already
 * cover. hadolint's list also holds names that are not secrets (`TRAVIS_OS_NAME`, `FACEBOOK_APP_ID`,
 * `DOCKER_USERNAME`...), left out on purpose.
 */
const KNOWN_SECRET_NAMES = new Set(['AWS_ACCESS_KEY_ID', 'APPLICATION_KEY']);

/** Segments that make the variable name a secret's location or a setting about it, not the secret. */
const QUALIFIERS = new Set(['file', 'files', 'path', 'dir', 'directory', 'public', 'version', 'empty', 'length', 'policy', 'random', 'config']);

/** Well-known names whose value is, by their tool's definition, the path of a credentials file. */
const KNOWN_PATH_NAMES = new Set(['GOOGLE_APPLICATION_CREDENTIALS']);

/** `MYSQL_ROOT_PASSWORD`, `dbPassword`, `api-key` → lower-case words. */
export function nameSegments(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .split(/[_.\-]+/)
    .filter(Boolean)
    .map((s) => s.toLowerCase());
}

/**
 * Whether `segments[at...]` spell `term`. The last word may end a longer segment (`pgpassword`,
 * `ghtoken`, `apikey` for `api key`) or take a plural `s`; it must not start one, so
 * `TOKENIZERS_PARALLELISM` holds no token.
 */
function termAt(segments: readonly string[], at: number, term: readonly string[]): boolean {
  const joined = term.join('');
  const segment = segments[at]!;
  if (segment === joined || segment === `${joined}s` || (segment.endsWith(joined) && segment.length > joined.length)) return true;
  if (term.length === 1) return false;
  return term.every((word, i) => {
    const s = segments[at + i];
    if (s === undefined) return false;
    if (i === 0) return s === word || s.endsWith(word);
    return s === word || (i === term.length - 1 && s === `${word}s`);
  });
}

/**
 * Whether an ARG or ENV name looks like it holds a secret: it names one of the secret terms (as
 * whole words, see `termAt`) or is a well-known secret variable, and is not the location of a
 * secret or a setting about one (`PASSWORD_FILE`, `PRIVATE_ZONEFILE`, `ALLOW_EMPTY_PASSWORD`).
 */
export function looksLikeSecretName(name: string): boolean {
  if (KNOWN_SECRET_NAMES.has(name.toUpperCase())) return true;
  if (KNOWN_PATH_NAMES.has(name.toUpperCase())) return false;
  const segments = nameSegments(name);
  if (segments.some((s) => QUALIFIERS.has(s) || s.endsWith('file'))) return false;
  return segments.some((_, at) => SECRET_TERMS.some((term) => termAt(segments, at, term)));
}
