import type { ImageRef } from '../model/types.js';
import { isWindowsImage } from './base-images.js';
import { hasBusyboxShell } from './pipefail.js';

/**
 * Docker Hub official images whose every Linux tag that is not Alpine-based ships bash: Debian
 * and Ubuntu (bash is an essential package there, so `-slim` tags have it too), the language and
 * server images built on them, and the Red Hat family, whose base images include bash.
 */
const BASH_IMAGES = new Set([
  'debian', 'ubuntu', 'buildpack-deps',
  'python', 'node', 'golang', 'ruby', 'php', 'perl', 'rust', 'openjdk', 'eclipse-temurin', 'maven', 'gradle',
  'gcc', 'elixir', 'erlang', 'haskell', 'julia', 'r-base',
  'httpd', 'nginx', 'postgres', 'redis', 'mariadb', 'mysql',
  'centos', 'fedora', 'rockylinux', 'almalinux', 'amazonlinux', 'oraclelinux', 'amazoncorretto',
]);

/** Docker Hub official images, written `python`, `library/python` or `docker.io/library/python`. */
function officialName(image: ImageRef): string | undefined {
  if (image.registry !== undefined && image.registry !== 'docker.io') return undefined;
  return image.repository.includes('/') ? undefined : image.repository;
}

/**
 * A shell that knows `-o pipefail` and is known to be in the image, as a SHELL program: BusyBox
 * ash where /bin/sh is ash (Alpine, BusyBox), bash in the images listed above. Undefined when the
 * image is not known (variables, other images, Windows, distroless tags).
 */
export function pipefailShellOf(image: ImageRef): string | undefined {
  if (!image.isResolved || image.isScratch || isWindowsImage(image)) return undefined;
  if (hasBusyboxShell(image)) return '/bin/ash';
  const name = officialName(image);
  if (name === undefined || !BASH_IMAGES.has(name)) return undefined;
  return /distroless|busybox/.test(image.tag ?? '') ? undefined : '/bin/bash';
}
