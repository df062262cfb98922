import type { ImageRef, Range } from '../model/types.js';

/**
 * Whether an unresolved variable sits in the image's last path component, where it could
 * supply the tag or digest (`python:${TAG}`, `${IMAGE}`, `python${VARIANT}`). A variable in the
 * registry or namespace (`${REGISTRY}/python`) cannot, so such an image is still untagged.
 */
export function tagMayComeFromVariable(image: ImageRef): boolean {
  if (image.isResolved) return false;
  const lastComponent = image.resolved.slice(image.resolved.lastIndexOf('/') + 1);
  return lastComponent.includes('$');
}

/** The image as written, plus what it resolves to when variables changed it (for messages). */
export function describeImage(image: ImageRef): string {
  return image.text === image.resolved ? `\`${image.text}\`` : `\`${image.text}\` (\`${image.resolved}\`)`;
}

/**
 * The range of the tag when it is written literally at the end of the image word
 * (`debian:latest`), else the whole word (the tag came from a variable, or the word is quoted).
 */
export function tagRange(image: ImageRef): Range {
  const { range, text, tag } = image;
  const literal = tag !== undefined && image.digest === undefined && text.endsWith(`:${tag}`);
  const singleLine = range.start.line === range.end.line && range.end.character - range.start.character === text.length;
  if (!literal || !singleLine) return range;
  return { start: { line: range.end.line, character: range.end.character - tag.length }, end: range.end };
}
