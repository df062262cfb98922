import type { FlagOption, ImageRef, Model, Range, StageDependency } from '../model/types.js';
import { classifyReference } from './stages.js';

/**
 * Names of Docker Hub. An image without a registry (`python`, `user/app`) comes from it;
 * Docker normalizes `index.docker.io` to `docker.io`; `registry-1.docker.io` is its API host;
 * hadolint accepts `hub.docker.com` (the web site) in the trusted list for it.
 */
export const DOCKER_HUB_NAMES: readonly string[] = ['docker.io', 'index.docker.io', 'registry-1.docker.io', 'hub.docker.com'];

/**
 * Whether a registry matches a trusted-registry pattern: `*` matches every registry,
 * `*.example.com` its subdomains (not `example.com` itself, as in hadolint), `registry*` the
 * names starting with `registry`, any other pattern only that name. Names are case-insensitive,
 * and a pattern without a port matches the host whatever its port (`reg.example.com:5000`).
 */
export function matchesRegistryPattern(pattern: string, registry: string): boolean {
  const p = pattern.toLowerCase();
  const host = p.includes(':') ? registry.toLowerCase() : registry.toLowerCase().replace(/:\d*$/, '');
  if (p === '*') return true;
  if (p.startsWith('*')) return host.endsWith(p.slice(1));
  if (p.endsWith('*')) return host.startsWith(p.slice(0, -1));
  return host === p;
}

/** The registry an image is pulled from: its explicit registry, or Docker Hub. */
export function registryOf(image: ImageRef): string {
  return image.registry ?? 'docker.io';
}

export function isDockerHub(registry: string): boolean {
  return DOCKER_HUB_NAMES.includes(registry.toLowerCase());
}

/** Whether the trusted-registry patterns allow the registry (Docker Hub under any of its names). */
export function isTrustedRegistry(registry: string, patterns: readonly string[]): boolean {
  const names = isDockerHub(registry) ? DOCKER_HUB_NAMES : [registry];
  return patterns.some((pattern) => names.some((name) => matchesRegistryPattern(pattern, name)));
}

/**
 * Whether unresolved variables leave the registry of an image unknown. The registry is the
 * first path component, so it is known when that component is written out (`ghcr.io/${NAME}`)
 * or when the only `$` is in the tag or digest of a name without `/` (`node:${VERSION}`).
 */
export function registryIsKnown(image: ImageRef): boolean {
  if (image.isResolved) return true;
  const text = image.resolved;
  const variable = text.indexOf('$');
  const slash = text.indexOf('/');
  if (slash >= 0) return slash < variable;
  return /[:@]/.test(text.slice(0, variable));
}

/**
 * The range of the registry when the image word starts with it as written (`ghcr.io/app`),
 * else the whole word (Docker Hub without a registry, or a registry from a variable).
 */
export function registryRange(image: ImageRef, word: Range): Range {
  const { registry, text } = image;
  const written = registry !== undefined && text.startsWith(`${registry}/`);
  const singleLine = word.start.line === word.end.line && word.end.character - word.start.character === text.length;
  if (!written || !singleLine) return word;
  return { start: word.start, end: { line: word.start.line, character: word.start.character + registry.length } };
}

/** An image a `COPY --from` or `RUN --mount from=` takes files from, with the range of the image word. */
export interface ExternalImage {
  readonly image: ImageRef;
  readonly range: Range;
}

/** The value part of a `key=value` flag option (`from=alpine` → `alpine`), when written on one line. */
function optionValueRange(model: Model, option: FlagOption): Range {
  const text = model.textOf(option.range);
  const { start, end } = option.range;
  if (start.line !== end.line || end.character - start.character !== text.length) return option.range;
  return { start: { line: start.line, character: start.character + text.indexOf('=') + 1 }, end };
}

/**
 * The image a stage dependency names, when it names no stage: `COPY --from=nginx:1.27` or
 * `RUN --mount=type=bind,from=alpine:3.20`. A reference with a variable (which BuildKit does not
 * expand in `--from`) or naming a stage gives undefined.
 */
export function externalImageOf(model: Model, dependency: StageDependency): ExternalImage | undefined {
  const stage = model.stageOf(dependency.instruction);
  if (!stage || !dependency.image || classifyReference(stage, dependency).kind !== 'external') return undefined;
  if (dependency.kind === 'copy') return { image: dependency.image, range: dependency.range };
  const option = dependency.instruction.flags
    .filter((flag) => flag.name === 'mount')
    .flatMap((flag) => flag.options)
    .find((o) => o.key === 'from' && o.value === dependency.reference);
  return { image: dependency.image, range: option ? optionValueRange(model, option) : dependency.range };
}
