import { describe, expect, it } from 'vitest';
import { defaultUserOf } from './base-image-users.js';

function image(text: string): { registry: string | undefined; repository: string; tag: string | undefined } {
  const [name, tag] = text.split(':') as [string, string | undefined];
  const parts = name.split('/');
  const registry = parts.length > 1 && parts[0]!.includes('.') ? parts.shift() : undefined;
  return { registry, repository: parts.join('/'), tag };
}

describe('defaultUserOf', () => {
  it.each([
    ['gcr.io/distroless/static-debian12:nonroot', 'non-root'],
    ['gcr.io/distroless/base-debian12:debug-nonroot', 'non-root'],
    ['gcr.io/distroless/static-debian12', 'root'],
    ['gcr.io/distroless/static:debug', 'root'],
    ['mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled', 'non-root'],
    ['mcr.microsoft.com/dotnet/runtime-deps:9.0-azurelinux3.0-distroless', 'non-root'],
    ['mcr.microsoft.com/dotnet/aspnet:8.0', 'root'],
    ['cgr.dev/chainguard/node:latest', 'non-root'],
    ['chainguard/python:latest', 'non-root'],
    ['bitnami/redis:7.4', 'non-root'],
    ['bitnami/minideb:bookworm', 'root'],
    ['nginxinc/nginx-unprivileged:1.27', 'non-root'],
    ['debian:12', 'root'],
    ['node:22-slim', undefined],
    ['example.com/team/app:1.0', undefined],
  ])('%s runs as %s', (text, user) => expect(defaultUserOf(image(text))).toBe(user));
});
