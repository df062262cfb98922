import { defineRule } from '../../src/engine/define-rule.js';
import type { Model, Stage } from '../../src/model/types.js';
import { stageKey, stageSources, usedStages } from '../../src/rule-kit/stages.js';

/** Instructions that configure how a container runs: a stage with one is an image meant to be run. */
const RUNTIME_CONFIG = new Set(['CMD', 'ENTRYPOINT', 'EXPOSE', 'HEALTHCHECK']);

/** Words that name a build target in `docker build --target` (`dev`, `test-unit`, `release`...). */
const TARGET_WORDS = new Set([
  'dev', 'devel', 'develop', 'development', 'debug', 'test', 'tests', 'testing', 'unit', 'integration', 'e2e',
  'lint', 'check', 'validate', 'verify', 'ci', 'local', 'prod', 'production', 'release', 'runtime', 'run',
  'final', 'app', 'image', 'dist', 'export', 'artifact', 'artifacts', 'update', 'output', 'out', 'slim', 'full',
]);

function looksLikeTarget(name: string): boolean {
  return name.toLowerCase().split(/[-_.]/).some((word) => TARGET_WORDS.has(word));
}

/**
 * A named stage may be built on its own with `--target`; only an isolated stage that does work
 * and has no sign of being an image of its own is taken for dead code.
 */
function mayBeBuildTarget(model: Model, stage: Stage): boolean {
  if (stage.name === undefined) return false;
  return stage.instructions.length === 0 ||
    looksLikeTarget(stage.name) ||
    stage.instructions.some((i) => RUNTIME_CONFIG.has(i.kind)) ||
    stage.dependencies.length > 0 ||
    stageSources(model, stage).size > 0;
}

export default defineRule({
  code: 'DF2002',
  name: 'no-unused-stage',
  aliases: [],
  severity: 'warning',
  category: 'maintainability',
  fixable: false,
  editorTag: 'unnecessary',
  docs: {
    summary: 'Report build stages that no other stage uses',
    why:
      'BuildKit builds only the stages the target needs, so a stage that no later `FROM`, `COPY --from` ' +
      'or `RUN --mount from=` uses is skipped: its work never reaches the image. It is usually a ' +
      'forgotten builder (the final stage copies from the build context instead of `--from=<stage>`), ' +
      'or leftover code; the classic builder still runs it and wastes time. Use the stage, or remove it.',
    bad:
      'FROM golang:1.23 AS build\nRUN go build -o /out/app .\n\nFROM debian:12\nCOPY app /usr/local/bin/app',
    good:
      'FROM golang:1.23 AS build\nRUN go build -o /out/app .\n\nFROM debian:12\nCOPY --from=build /out/app /usr/local/bin/app',
    references: ['https://docs.docker.com/build/building/multi-stage/#stop-at-a-specific-build-stage'],
    differences:
      'No hadolint or BuildKit equivalent. A named stage can be a target of its own (`docker build ' +
      '--target dev`, bake targets, `--output` export stages), which the Dockerfile cannot show. So an ' +
      'unnamed unused stage is always reported (`--target` needs a name), but a named one only when ' +
      'it looks like a forgotten builder: it has instructions, does not build on or copy from any ' +
      'other stage or image, sets no CMD, ENTRYPOINT, EXPOSE or HEALTHCHECK, and its name has no ' +
      'target word (`dev`, `test`, `prod`, `release`, `debug`, `lint`, `final`...). A stage that a ' +
      'FROM or `--from` written with variables could select (`FROM base-${VARIANT}`) counts as used. ' +
      'A stage that is the target (`--target`, or `target` in the config) is never reported, nor is the last stage, ' +
      'which `docker build` builds without `--target`.',
  },
  create(context) {
    return {
      'file:exit'() {
        const model = context.model;
        const used = usedStages(model);
        const targets = new Set(context.settings.targets.map(stageKey));
        // The last stage is what `docker build` builds without `--target`; the others are targets when named so.
        const isTarget = (stage: Stage) => stage.isLast || stage === model.target || (stage.name !== undefined && targets.has(stageKey(stage.name)));
        for (const stage of model.stages) {
          if (isTarget(stage) || used.has(stage) || mayBeBuildTarget(model, stage)) continue;
          if (model.problems.some((p) => p.instruction === stage.from)) continue;
          context.report({
            range: stage.nameRange ?? stage.from.keywordRange,
            message: stage.name === undefined
              ? `Stage ${stage.index} is never used: it has no name and no stage copies from it (\`--from=${stage.index}\`); use it or remove it`
              : `Stage \`${stage.name}\` is never used: no stage builds on it (\`FROM ${stage.name}\`) or copies from it (\`--from=${stage.name}\`); use it or remove it`,
          });
        }
      },
    };
  },
});
