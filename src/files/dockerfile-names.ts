/** Ignore files that sit beside Dockerfiles and share their prefix (`Dockerfile.dockerignore`). */
const IGNORE_FILE = /\.(?:dockerignore|containerignore)$/;
const DOCKERFILE = /^(?:(?:Dockerfile|Containerfile)(?:\..+)?|dockerfile|.+\.[Dd]ockerfile)$/;

/**
 * Whether a file name looks like a Dockerfile: `Dockerfile`, `Dockerfile.*`, `*.Dockerfile`,
 * `*.dockerfile`, `Containerfile` or `Containerfile.*`, and `dockerfile`, which `docker build`
 * also falls back to. Used when walking folders; files named explicitly are linted whatever
 * their name.
 */
export function isDockerfileName(name: string): boolean {
  return DOCKERFILE.test(name) && !IGNORE_FILE.test(name);
}
