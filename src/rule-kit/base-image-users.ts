/**
 * The user well-known base images run their containers as when a Dockerfile sets no `USER`.
 *
 * This is data, meant to be read and reviewed: one entry per image family, each with where the
 * fact comes from. Entries are tried in order and the first match decides, so an entry for
 * some tags of a family (distroless `:nonroot`, .NET `-chiseled`) comes before the entry for the
 * whole family, and a root exception (Bitnami's minideb) before the non-root rule it breaks.
 * An image no entry matches has an unknown user (most distribution and language images run as
 * root, but nothing is assumed).
 *
 * Repositories are matched on `registry/repository`: no registry for Docker Hub, whose
 * `library/` prefix is dropped (`python`, not `library/python`).
 */

export type BaseImageUser = 'non-root' | 'root';

export interface BaseImageUserEntry {
  /** The repository, as `registry/repository`. */
  readonly repository: RegExp;
  /** The tags the entry holds for; every tag when absent. */
  readonly tag?: RegExp;
  readonly user: BaseImageUser;
  /** Where the fact comes from. */
  readonly source: string;
}

/** `nonroot` as a tag or a part of one (`nonroot`, `debug-nonroot`, `latest-nonroot`). */
const NONROOT_TAG = /(?:^|-)nonroot(?:$|-)/;

export const BASE_IMAGE_USERS: readonly BaseImageUserEntry[] = [
  // Tag-specific entries first.
  {
    repository: /./,
    tag: NONROOT_TAG,
    user: 'non-root',
    source: 'distroless `:nonroot` and `:debug-nonroot` tags (uid 65532), and images that follow that naming',
  },
  {
    repository: /^gcr\.io\/distroless\//,
    user: 'root',
    source: 'distroless images other than the `nonroot` tags run as uid 0 (GoogleContainerTools/distroless README)',
  },
  {
    repository: /^mcr\.microsoft\.com\/dotnet\//,
    tag: /(?:^|-)(?:chiseled|distroless)(?:$|-)/,
    user: 'non-root',
    source: '.NET chiseled and distroless images set `USER $APP_UID` (uid 1654) (dotnet-docker docs, "Default non-root user")',
  },
  {
    repository: /^mcr\.microsoft\.com\/dotnet\//,
    user: 'root',
    source: 'other .NET images define `APP_UID` but run as root (dotnet-docker docs)',
  },
  {
    repository: /^(?:docker\.io\/)?bitnami\/minideb$/,
    user: 'root',
    source: 'minideb is a plain Debian base image',
  },
  // Whole families.
  {
    repository: /(?:^|[/-])nonroot(?:$|[/-])/,
    user: 'non-root',
    source: 'images named for it, such as `*-nonroot`',
  },
  {
    repository: /-unprivileged$/,
    user: 'non-root',
    source: 'nginxinc/nginx-unprivileged and the like run as uid 101',
  },
  {
    repository: /^(?:cgr\.dev\/chainguard|(?:docker\.io\/)?chainguard)\//,
    user: 'non-root',
    source: 'Chainguard images run as `nonroot` (uid 65532) (Chainguard Images docs)',
  },
  {
    repository: /^(?:docker\.io\/)?bitnami\//,
    user: 'non-root',
    source: 'Bitnami application images are non-root containers, uid 1001 (Bitnami docs, "Work with non-root containers")',
  },
  {
    repository: /^(?:quay\.io\/)?jupyter\//,
    user: 'non-root',
    source: 'Jupyter docker-stacks end with `USER jovyan`',
  },
  {
    repository: /^jenkins\/(?:jenkins|agent|inbound-agent|ssh-agent)$/,
    user: 'non-root',
    source: 'the Jenkins images end with `USER jenkins`',
  },
  {
    // Also written without the registry (`ubi8/ruby-33`), which podman's short-name aliases resolve to it.
    repository: /^(?:registry\.(?:access\.)?redhat\.(?:com|io)\/)?ubi\d+\/(?:nodejs|python|ruby|php|perl|go-toolset|openjdk|dotnet)-/,
    user: 'non-root',
    source: "Red Hat's UBI language runtime images run as uid 1001 (185 for OpenJDK)",
  },
  {
    repository: /^quay\.io\/sclorg\/(?:nodejs|python|ruby|php|perl)-\d+-c\d+s$/,
    user: 'non-root',
    source: 'the sclorg CentOS Stream builds of the same runtime images (`quay.io/sclorg/python-312-c9s`) run as uid 1001',
  },
  {
    repository: /^mcr\.microsoft\.com\/(?:vscode\/)?devcontainers\//,
    user: 'non-root',
    source: 'Dev Container images: the user comes from devcontainer.json (`remoteUser`)',
  },
  {
    repository: /^(?:docker\.io\/)?(?:library\/)?(?:postgres|redis|mongo|mysql|mariadb|rabbitmq|cassandra|couchdb|memcached|solr|sonarqube|elasticsearch)$/,
    user: 'non-root',
    source: 'official images that set a non-root `USER`, or whose entrypoint steps down with gosu',
  },
  {
    repository: /^(?:docker\.io\/)?(?:library\/)?(?:alpine|debian|ubuntu|busybox|centos|fedora|rockylinux|almalinux|oraclelinux|amazonlinux|archlinux|opensuse\/[a-z]+)$/,
    user: 'root',
    source: 'distribution base images run as root',
  },
];

function fullName(repository: string, registry: string | undefined): string {
  return registry ? `${registry}/${repository}` : repository;
}

/** The user an image runs as by default, from the table; undefined when unknown. */
export function defaultUserOf(image: { readonly registry: string | undefined; readonly repository: string; readonly tag: string | undefined }): BaseImageUser | undefined {
  const name = fullName(image.repository, image.registry);
  const entry = BASE_IMAGE_USERS.find((e) => e.repository.test(name) && (e.tag === undefined || (image.tag !== undefined && e.tag.test(image.tag))));
  return entry?.user;
}
