import { defineRule } from '../../src/engine/define-rule.js';
import { describeImage, tagMayComeFromVariable } from '../../src/rule-kit/images.js';

export default defineRule({
  code: 'DL3006',
  name: 'require-image-tag',
  aliases: [],
  severity: 'warning',
  category: 'maintainability',
  fixable: false,
  docs: {
    summary: 'Tag the version of every base image explicitly',
    why:
      'An image without a tag means `latest`, which moves: the same Dockerfile builds on a different ' +
      'base tomorrow, and a new major version can break the build or the application without any ' +
      'change in the repository. An explicit tag (or a digest) makes builds repeatable and upgrades deliberate.',
    bad: 'FROM debian\nRUN apt-get update',
    good: 'FROM debian:12\nRUN apt-get update',
    references: [
      'https://docs.docker.com/build/building/best-practices/#from',
      'https://github.com/hadolint/hadolint/wiki/DL3006',
    ],
    differences:
      'hadolint skips every image that starts with `$` and judges the rest on the text as written. dflint ' +
      'resolves the image with the global ARG defaults first: `ARG IMAGE=python` then `FROM ${IMAGE}` is ' +
      'reported (the default pulls `latest`), while `ARG TAG=3.12` then `FROM python:${TAG}` and ' +
      '`ARG IMAGE=python:3.12` then `FROM ${IMAGE}` are not. An image is only skipped when an unresolved ' +
      'variable (an ARG without default) stands where the tag could be, in its last path component ' +
      '(`FROM python:${TAG}`, `FROM ${IMAGE}`); `FROM ${REGISTRY}/python` is still untagged and reported. ' +
      'Stage references match earlier aliases case-insensitively, as BuildKit does.',
  },
  create(context) {
    return {
      'stage:exit'(stage) {
        const image = stage.image;
        if (image.isScratch || stage.parent || image.text === '') return;
        if (image.tag !== undefined || image.digest !== undefined || tagMayComeFromVariable(image)) return;
        context.report({
          range: image.range,
          message: `Tag the image ${describeImage(image)} with an explicit version (\`${image.resolved}:<version>\`) or pin its digest`,
        });
      },
    };
  },
});
