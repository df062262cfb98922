import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import dockerignoreModule from '@balena/dockerignore';

/** What the rules may know about the build context folder, read once per Dockerfile. */
export interface BuildContext {
  readonly dir: string;
  /** The ignore file BuildKit would use, if any. */
  readonly dockerignore: DockerIgnore | undefined;
}

export interface DockerIgnore {
  readonly path: string;
  readonly patterns: readonly string[];
  /** Whether a context-relative path is excluded. */
  ignores(path: string): boolean;
}

interface IgnoreMatcher {
  add(patterns: string[]): IgnoreMatcher;
  ignores(path: string): boolean;
}

// A static import, so the bundler includes the package. It is CommonJS (`module.exports =
// factory`) but typed as an ES default export: Node and esbuild hand a default import the
// factory itself, TypeScript expects an object holding it; accept both.
type MatcherFactory = (options?: object) => IgnoreMatcher;
const loaded = dockerignoreModule as unknown as MatcherFactory | { default: MatcherFactory };
const createMatcher = typeof loaded === 'function' ? loaded : loaded.default;

/**
 * Reads the build context of a Dockerfile: by default its own folder. As BuildKit does
 * (frontend/dockerui/config.go), `<Dockerfile>.dockerignore` beside the Dockerfile wins over
 * `.dockerignore` at the context root.
 */
export function loadBuildContext(dockerfilePath: string, contextDir?: string): BuildContext {
  const dir = contextDir ?? dirname(dockerfilePath);
  const candidates = [join(dirname(dockerfilePath), `${basename(dockerfilePath)}.dockerignore`), join(dir, '.dockerignore')];
  for (const path of candidates) {
    if (existsSync(path) && statSync(path).isFile()) {
      return { dir, dockerignore: parseDockerignore(path, readFileSync(path, 'utf8')) };
    }
  }
  return { dir, dockerignore: undefined };
}

export function parseDockerignore(path: string, text: string): DockerIgnore {
  const patterns = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
  const matcher = createMatcher({ ignorecase: false }).add(patterns);
  return {
    path,
    patterns,
    ignores: (p: string) => {
      const clean = p.replace(/^\.\/+/, '').replace(/(?<!\/)\/+$/, '');
      return clean.length > 0 && clean !== '.' && matcher.ignores(clean);
    },
  };
}
