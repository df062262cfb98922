import type { ImageRef } from '../model/types.js';
import { defaultUserOf } from './base-image-users.js';

function fullName(image: ImageRef): string {
  return image.registry ? `${image.registry}/${image.repository}` : image.repository;
}

/**
 * Whether the image is known to run its process as a non-root user (or one chosen outside the
 * Dockerfile), so a Dockerfile need not set one: see the table in base-image-users.ts.
 */
export function knownToSetUser(image: ImageRef): boolean {
  return defaultUserOf(image) === 'non-root';
}

/** Windows base images: Server Core, Nano Server and images tagged for them (`*-ltsc2022`). */
export function isWindowsImage(image: ImageRef): boolean {
  const text = `${fullName(image)}:${image.tag ?? ''}`.toLowerCase();
  return /nanoserver|servercore|(?:^|\/)windows(?:\/|:)|ltsc20\d\d/.test(text);
}
