/**
 * Whether a text is an image reference `docker build` accepts in FROM: the grammar of
 * distribution/reference (`ParseNormalizedNamed`): `[domain[:port]/]path[:tag][@digest]`, the
 * path in lower case, and not a bare 64-hex image id.
 */
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*(?::${TAG})?(?:@${DIGEST})?$`);
const IMAGE_ID = /^[a-f0-9]{64}$/;
/** distribution/reference `NameTotalLengthMax`. */
const MAX_NAME_LENGTH = 255;

export function isValidImageReference(text: string): boolean {
  if (!REFERENCE.test(text) || IMAGE_ID.test(text)) return false;
  const at = text.indexOf('@');
  const withoutDigest = at < 0 ? text : text.slice(0, at);
  const colon = withoutDigest.lastIndexOf(':');
  const name = colon > withoutDigest.lastIndexOf('/') ? withoutDigest.slice(0, colon) : withoutDigest;
  return name.length <= MAX_NAME_LENGTH;
}
