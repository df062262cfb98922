import { defineRule } from '../../src/engine/define-rule.js';
import type { Instruction, Model, Stage } from '../../src/model/types.js';
import { PREDEFINED_ARGS } from '../../src/model/variables.js';
import { buildkitSuggestion } from '../../src/rule-kit/buildkit-suggestion.js';
import { expandedVariables } from '../../src/rule-kit/expanded-words.js';
import { fromVariables } from '../../src/rule-kit/from-references.js';

/** BuildKit sets PATH in every stage whose image has none (but on Windows). */
const ALWAYS_SET = 'PATH';
/** Build args BuildKit reads itself and never reports (dockerfile2llb `nonEnvArgs`). */
const NEVER_REPORTED = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);
/** `$1`, `$@`, `$$`: parameters no image environment sets. */
const PARAMETER = /^(?:[0-9]+|[@*#?\-$!])$/;

/** The stage and the stages of the file it is built on, the root last. */
function lineage(stage: Stage): Stage[] {
  const chain = [stage];
  for (let parent = stage.parent; parent; parent = parent.parent) chain.push(parent);
  return chain;
}

interface FileNames {
  /** Every ARG name of the file, and BuildKit's predefined ARGs: names no image sets as such. */
  readonly args: ReadonlySet<string>;
  /** For each name an ENV sets: the stages that set it. */
  readonly envStages: ReadonlyMap<string, ReadonlySet<number>>;
}

function namesOfTheFile(model: Model): FileNames {
  const args = new Set(PREDEFINED_ARGS);
  const envStages = new Map<string, Set<number>>();
  for (const instruction of model.instructions) {
    for (const property of instruction.properties) {
      if (instruction.kind === 'ARG') args.add(property.name);
      if (instruction.kind !== 'ENV') continue;
      let stages = envStages.get(property.name);
      if (!stages) envStages.set(property.name, (stages = new Set()));
      stages.add(instruction.stageIndex);
    }
  }
  return { args, envStages };
}

/** `NODE_VERSION` in `FROM node:${NODE_VERSION}-slim`: a variable of the tag. */
function tagVariables(model: Model, stage: Stage): string[] {
  const image = stage.image.text;
  const colon = image.lastIndexOf(':');
  if (colon < 0 || image.slice(colon).includes('/')) return [];
  return fromVariables(model, stage)
    .filter(({ range }) => range.start.line === stage.image.range.start.line && range.start.character > stage.image.range.start.character + colon)
    .map(({ name }) => name);
}

/**
 * The names a reference in a stage built on an image may be reported for when it is not defined
 * where it is used, although dflint does not know the image's environment: ARG names of the
 * file and the stage's own ENV names (set later than the use). Not a name another stage sets
 * with ENV (`ENV WORKDIR=$WORKDIR` in a builder: images of the family set it too), nor a name of
 * the tag in the FROM lines (`ARG NODE_VERSION` for `FROM node:${NODE_VERSION}` is also an ENV of
 * that image).
 */
function reportableNames(model: Model, stage: Stage, file: FileNames): ReadonlySet<string> {
  const names = new Set(file.args);
  for (const instruction of stage.instructions) {
    if (instruction.kind === 'ENV') for (const property of instruction.properties) names.add(property.name);
  }
  for (const [name, stages] of file.envStages) {
    if ([...stages].some((index) => index !== stage.index)) names.delete(name);
  }
  for (const layer of lineage(stage)) for (const name of tagVariables(model, layer)) names.delete(name);
  return names;
}

/**
 * Names the instruction itself makes known before the reference: an ARG declares its items one
 * after the other (`ARG A=1 B=$A` works). The items of one ENV are all expanded first, which
 * DL3044 (no-same-env-reference) reports, so they are left to it here.
 */
function declaredByTheInstruction(instruction: Instruction, line: number, character: number): Set<string> {
  const names = new Set<string>();
  if (instruction.kind === 'ENV') for (const property of instruction.properties) names.add(property.name);
  if (instruction.kind === 'ARG') {
    for (const property of instruction.properties) {
      const start = property.range.start;
      if (start.line < line || (start.line === line && start.character < character)) names.add(property.name);
    }
  }
  return names;
}

export default defineRule({
  code: 'DF3006',
  name: 'no-undefined-variable',
  aliases: ['UndefinedVar'],
  severity: 'warning',
  category: 'correctness',
  fixable: false,
  docs: {
    summary: 'Do not use a variable that is not defined where the builder expands it',
    why:
      'The builder expands `$NAME` in ENV, LABEL, ARG defaults, COPY/ADD paths and flags, WORKDIR, ' +
      'USER, VOLUME, STOPSIGNAL, `RUN --mount` options and COPY/ADD heredocs, and an unknown name ' +
      'becomes an empty string without an error: `ENV PATH=$PAHT:/opt/bin` loses the whole `PATH`, ' +
      '`COPY app-$VERSION.jar /app/` copies the wrong file. A global ARG (before the first FROM) is ' +
      'not seen inside a stage until the stage declares it again with `ARG NAME`, and an ARG or ENV ' +
      'works only on the lines after it.',
    bad: 'ARG VERSION=1.4.2\nFROM eclipse-temurin:21-jre\nCOPY build/app-${VERSION}.jar /opt/app.jar\nENV PATH=/opt/bin:$PAHT',
    good: 'ARG VERSION=1.4.2\nFROM eclipse-temurin:21-jre\nARG VERSION\nCOPY build/app-${VERSION}.jar /opt/app.jar\nENV PATH=/opt/bin:$PATH',
    references: ['https://docs.docker.com/reference/build-checks/undefined-var/', 'https://docs.docker.com/reference/dockerfile/#environment-replacement'],
    differences:
      'BuildKit knows the environment of the base image (`JAVA_HOME`, `NODE_VERSION`...), dflint does ' +
      'not. So in a stage built on an image, dflint reports only names that are ARGs somewhere in the ' +
      'file (a global ARG the stage does not declare again, an ARG of another stage, one declared later), ' +
      'ENVs the stage sets only later, and BuildKit\'s predefined ARGs (`TARGETARCH` without ' +
      '`ARG TARGETARCH`), but not names another stage sets with ENV (images of one family share them) ' +
      'nor those of the tag in its FROM lines (`ARG NODE_VERSION` for `FROM node:${NODE_VERSION}` is ' +
      'also an ENV of that image); other unknown names, such as a misspelt ' +
      '`$PAHT` or an ENV of another stage, may come from the image and are reported only in stages built ' +
      '`FROM scratch`. ' +
      '`PATH` always counts as set, as BuildKit sets it when the image does not. BuildKit reports on the ' +
      'whole instruction; dflint on the reference. A reference to a name set in the same `ENV` is left ' +
      'to DL3044. The default of an ARG is checked even when a build arg replaces it. Instructions in ' +
      '`ONBUILD` are expanded in the builds that use the image, not in this one, and are not checked.',
  },
  create(context) {
    const { model } = context;
    let fileNames: FileNames | undefined;
    /** Per stage: undefined when every unknown name is reported (built from scratch), else the reportable ones. */
    const reportable = new Map<Stage, ReadonlySet<string> | undefined>();
    const reportableIn = (stage: Stage): ReadonlySet<string> | undefined => {
      if (!reportable.has(stage)) {
        const fromScratch = lineage(stage).at(-1)!.image.isScratch;
        fileNames ??= namesOfTheFile(model);
        reportable.set(stage, fromScratch ? undefined : reportableNames(model, stage, fileNames));
      }
      return reportable.get(stage);
    };

    const check = (instruction: Instruction): void => {
      if (instruction.stageIndex < 0 || instruction.onbuild) return;
      const variables = expandedVariables(model, instruction);
      if (variables.length === 0) return;
      const stage = model.stageOf(instruction);
      if (!stage) return;
      const names = reportableIn(stage);
      for (const { name, range } of variables) {
        if (name === ALWAYS_SET || NEVER_REPORTED.has(name)) continue;
        if (model.variables.lookup(name, instruction) !== undefined) continue;
        if (declaredByTheInstruction(instruction, range.start.line, range.start.character).has(name)) continue;
        // Another name may come from the base image's environment, which only the builder sees.
        if (names && !names.has(name) && !PARAMETER.test(name)) continue;
        const candidates = [ALWAYS_SET, ...[...model.variables.scope(instruction).values()].filter((b) => b.value !== null).map((b) => b.name)];
        const suggestion = buildkitSuggestion(name, candidates);
        const advice = PARAMETER.test(name)
          ? `escape it (\`\\$${name}\`) if the shell is meant to expand it`
          : `declare it with \`ARG ${name}\` in this stage (a global ARG too) or set it with \`ENV\` before this line`;
        context.report({
          range,
          message: `\`$${name}\` is not defined here${suggestion ? ` (did you mean \`$${suggestion}\`?)` : ''}, so the builder makes it an empty string: ${advice}`,
        });
      }
    };
    return { ENV: check, LABEL: check, ARG: check, COPY: check, ADD: check, WORKDIR: check, USER: check, STOPSIGNAL: check, VOLUME: check, RUN: check };
  },
});
