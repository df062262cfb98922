import { defineRule } from '../../src/engine/define-rule.js';
import type { ImageRef, Range } from '../../src/model/types.js';
import { describeImage } from '../../src/rule-kit/images.js';
import { externalImageOf, isDockerHub, isTrustedRegistry, registryIsKnown, registryOf, registryRange } from '../../src/rule-kit/registries.js';

export default defineRule({
  code: 'DL3026',
  name: 'require-trusted-registry',
  aliases: [],
  severity: 'error',
  category: 'security',
  fixable: false,
  docs: {
    summary: 'Use images only from the registries listed in `trustedRegistries`',
    why:
      'Every image a build pulls runs code in the build or ships in the result. A team that mirrors and scans ' +
      'its images in its own registries lists them in `trustedRegistries`, and an image from anywhere else ' +
      'bypasses that. The rule checks `FROM` images, `COPY --from=<image>` and `RUN --mount=from=<image>`; ' +
      'it does nothing until `trustedRegistries` is set. An image without a registry (`python`, `user/app`) ' +
      'comes from Docker Hub, which `docker.io`, `index.docker.io`, `registry-1.docker.io` or `hub.docker.com` ' +
      'trusts. Patterns: `*` (any registry), `*.example.com` (its subdomains, not `example.com` itself), ' +
      '`registry*` (names starting with `registry`), otherwise the exact name; a pattern without a port matches ' +
      'any port. `scratch` and the stages of the Dockerfile are always allowed, and an image whose registry ' +
      'comes from a build argument without a default is not checked.',
    bad: 'FROM random.example.org/debian:12\nRUN apt-get update',
    good: 'FROM registry.example.com/debian:12\nRUN apt-get update',
    exampleSettings: { trustedRegistries: ['*.example.com', 'docker.io'] },
    references: ['https://docs.docker.com/reference/dockerfile/#from', 'https://github.com/hadolint/hadolint/wiki/DL3026'],
    differences:
      'hadolint checks only registries whose name contains a `.`; dflint follows Docker, for which `localhost` ' +
      'and `host:port` are registries too. hadolint treats `docker.io/library/python` (explicit Docker Hub) as ' +
      'untrusted when only `hub.docker.com` is listed, and reports `COPY --from=0` (a stage index) and ' +
      '`FROM ${IMAGE}` images it cannot read; dflint resolves build arguments with defaults and skips the rest. ' +
      'hadolint requires an exact port match; dflint lets a pattern without a port match any port.',
  },
  create(context) {
    const trusted = context.settings.trustedRegistries;
    if (trusted.length === 0) return {};
    const check = (image: ImageRef, word: Range) => {
      if (image.text === '' || image.isScratch || !registryIsKnown(image)) return;
      const registry = registryOf(image);
      if (isTrustedRegistry(registry, trusted)) return;
      const source = isDockerHub(registry) ? `Docker Hub (\`${registry}\`)` : `\`${registry}\``;
      context.report({
        range: registryRange(image, word),
        message: `Image ${describeImage(image)} comes from ${source}, which is not in \`trustedRegistries\`; use an image from a trusted registry`,
      });
    };
    return {
      'stage:exit'(stage) {
        if (!stage.parent) check(stage.image, stage.image.range);
        for (const dependency of stage.dependencies) {
          const external = externalImageOf(context.model, dependency);
          if (external) check(external.image, external.range);
        }
      },
    };
  },
});
