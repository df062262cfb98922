import { defineRule } from '../../src/engine/define-rule.js';
import type { Instruction } from '../../src/model/types.js';
import { copiesFromElsewhere, copyLabel, copyOperands, isWholeContext } from '../../src/rule-kit/copy.js';

export default defineRule({
  code: 'DF3003',
  name: 'require-dockerignore',
  aliases: [],
  severity: 'warning',
  category: 'security',
  fixable: false,
  needsBuildContext: true,
  docs: {
    summary: 'Add a `.dockerignore` when the whole build context is copied into the image',
    why:
      '`COPY . .` copies everything in the build context that is not excluded: without a ' +
      '`.dockerignore` that includes `.git`, local `node_modules` or virtualenvs, build output, `.env` ' +
      'files and other secrets. The image grows, secrets leak into a layer, and every unrelated change ' +
      'invalidates the cache of the copy. A `.dockerignore` (or `<Dockerfile>.dockerignore` beside the ' +
      'Dockerfile) keeps them out. Sources that are the whole context are `.`, `./`, `/`, `*` and `./*`; ' +
      'the rule reports the first of them once per file, and only when linting files on disk.',
    exampleContext: { 'package.json': '{ "name": "app", "private": true }\n' },
    bad: 'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci',
    good: 'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY src/ ./src/',
    references: [
      'https://docs.docker.com/build/concepts/context/#dockerignore-files',
      'https://docs.docker.com/build/building/best-practices/#exclude-with-dockerignore',
    ],
  },
  create(context) {
    if (context.buildContext?.dockerignore) return {};
    let reported = false;
    const check = (instruction: Instruction) => {
      if (reported || copiesFromElsewhere(instruction)) return;
      const source = copyOperands(context.model, instruction).sources.find(isWholeContext);
      if (!source) return;
      reported = true;
      context.report({
        range: source.range,
        message: `Add a \`.dockerignore\`: \`${copyLabel(instruction)}\` copies the whole build context, \`.git\`, local builds and secrets included`,
      });
    };
    return { COPY: check, ADD: check };
  },
});
