import type { ImageRef } from '../model/types.js';

/**
 * Well-known base images that run their process as a non-root user (or whose user is chosen
 * outside the Dockerfile), matched on
 * `registry/repository` (no registry for Docker Hub, `library/` dropped). The list is short on
 * purpose: families whose documentation promises it for every tag.
 */
const NON_ROOT_REPOSITORIES: readonly RegExp[] = [
  /(?:^|[/-])nonroot(?:$|[/-])/, // images named for it, such as `*-nonroot`
  /-unprivileged$/, // nginxinc/nginx-unprivileged and the like
  /^cgr\.dev\/chainguard\//, // Chainguard images run as `nonroot` (65532)
  /^(?:quay\.io\/)?jupyter\//, // Jupyter docker-stacks end with USER jovyan
  /^jenkins\/(?:jenkins|agent|inbound-agent|ssh-agent)$/, // USER jenkins
  // Red Hat's language runtime images run as 1001 (185 for OpenJDK).
  /^registry\.(?:access\.)?redhat\.(?:com|io)\/ubi\d+\/(?:nodejs|python|ruby|php|perl|go-toolset|openjdk|dotnet)-/,
  // Dev Container images: the user comes from devcontainer.json (`remoteUser`).
  /^mcr\.microsoft\.com\/(?:vscode\/)?devcontainers\//,
  // Official images that set a non-root USER, or whose entrypoint steps down with gosu.
  /^(?:docker\.io\/)?(?:library\/)?(?:postgres|redis|mongo|mysql|mariadb|rabbitmq|cassandra|couchdb|memcached|solr|sonarqube|elasticsearch)$/,
];

function fullName(image: ImageRef): string {
  return image.registry ? `${image.registry}/${image.repository}` : image.repository;
}

/** Whether the image is known to run its process as a non-root user, so a Dockerfile need not set one. */
export function knownToSetUser(image: ImageRef): boolean {
  if (image.tag !== undefined && /(?:^|-)nonroot(?:$|-)/.test(image.tag)) return true; // distroless `:nonroot`, `:debug-nonroot`
  const name = fullName(image);
  return NON_ROOT_REPOSITORIES.some((pattern) => pattern.test(name));
}

/** Windows base images: Server Core, Nano Server and images tagged for them (`*-ltsc2022`). */
export function isWindowsImage(image: ImageRef): boolean {
  const text = `${fullName(image)}:${image.tag ?? ''}`.toLowerCase();
  return /nanoserver|servercore|(?:^|\/)windows(?:\/|:)|ltsc20\d\d/.test(text);
}
