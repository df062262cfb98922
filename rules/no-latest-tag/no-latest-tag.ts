import { defineRule } from '../../src/engine/define-rule.js';
import { describeImage, tagRange } from '../../src/rule-kit/images.js';

export default defineRule({
  code: 'DL3007',
  name: 'no-latest-tag',
  aliases: [],
  severity: 'warning',
  category: 'maintainability',
  fixable: false,
  docs: {
    summary: 'Do not use the `latest` tag for base images',
    why:
      '`latest` is not a version: it points at whatever was pushed last, so rebuilding the same ' +
      'Dockerfile can silently switch to a new major version of the base image. Pin a version tag, or ' +
      'add a digest (`image:latest@sha256:...`) when you really mean one specific build.',
    bad: 'FROM node:latest\nCMD ["node"]',
    good: 'FROM node:22\nCMD ["node"]',
    references: [
      'https://docs.docker.com/build/building/best-practices/#from',
      'https://github.com/hadolint/hadolint/wiki/DL3007',
    ],
    differences:
      'hadolint reads the tag as written, so `ARG TAG=latest` then `FROM node:${TAG}` passes; dflint ' +
      'resolves the global ARG defaults first and reports it. Like hadolint, a digest makes `latest` acceptable.',
  },
  create(context) {
    return {
      'stage:exit'(stage) {
        if (stage.parent) return;
        const image = stage.image;
        if (image.tag !== 'latest' || image.digest !== undefined) return;
        context.report({
          range: tagRange(image),
          message: `Pin ${describeImage(image)} to a version tag instead of \`latest\`, or add a digest`,
        });
      },
    };
  },
});
