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

/**
 * The official image a reference names: `python`, `library/python`, `docker.io/library/python`,
 * or Docker's and the distributions' mirrors on Amazon ECR Public
 * (`public.ecr.aws/docker/library/python`, `public.ecr.aws/ubuntu/ubuntu`).
 */
function officialName(image: ImageRef): string | undefined {
  const repository = image.repository.replace(/^library\//, '');
  if (image.registry === undefined || image.registry === 'docker.io' || image.registry === 'index.docker.io') {
    return repository.includes('/') ? undefined : repository;
  }
  if (image.registry !== 'public.ecr.aws') return undefined;
  const mirrored = /^docker\/library\/([^/]+)$/.exec(repository)?.[1];
  if (mirrored) return mirrored;
  const [namespace, name] = repository.split('/');
  return namespace === name && (name === 'ubuntu' || name === 'debian' || name === 'amazonlinux') ? name : undefined;
}

/** Red Hat's Universal Base Images in their full form (`ubi9/ubi`), which include bash. */
const FULL_UBI = /^registry\.(?:access\.)?redhat\.(?:com|io)\/ubi\d+(?:\/ubi)?$/;

/**
 * A shell that knows `-o pipefail` and is known to be in the image, as a SHELL program: BusyBox
 * ash where /bin/sh is ash (Alpine, BusyBox), bash in the images listed above. Undefined when the
 * image is not known (variables, other images, Windows, distroless tags).
 */
export function pipefailShellOf(image: ImageRef): string | undefined {
  if (!image.isResolved || image.isScratch || isWindowsImage(image)) return undefined;
  if (hasBusyboxShell(image)) return '/bin/ash';
  if (FULL_UBI.test(`${image.registry}/${image.repository}`)) return '/bin/bash';
  const name = officialName(image);
  if (name === undefined || !BASH_IMAGES.has(name)) return undefined;
  return /distroless|busybox/.test(image.tag ?? '') ? undefined : '/bin/bash';
}
