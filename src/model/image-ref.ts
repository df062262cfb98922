import type { ImageRef, Range } from './types.js';

/**
 * Splits a resolved image reference into registry, repository, tag and digest with Docker's
 * rules: the first path component is a registry when it contains `.` or `:` or is `localhost`.
 */
export function parseImageRef(text: string, resolved: string, range: Range, unresolved: readonly string[]): ImageRef {
  let rest = resolved;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', lastSlash + 1);
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let registry: string | undefined;
  const firstSlash = rest.indexOf('/');
  if (firstSlash >= 0) {
    const first = rest.slice(0, firstSlash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(firstSlash + 1);
    }
  }
  const repository = rest.startsWith('library/') && registry === undefined ? rest.slice('library/'.length) : rest;
  return {
    text,
    resolved,
    range,
    registry,
    repository,
    tag,
    digest,
    unresolved,
    isResolved: unresolved.length === 0,
    isScratch: resolved.toLowerCase() === 'scratch',
  };
}
