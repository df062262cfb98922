import { defineRule } from '../../src/engine/define-rule.js';
import type { Comment, Instruction, Range } from '../../src/model/types.js';
import { stageKey } from '../../src/rule-kit/stages.js';
import { isToolComment } from '../../src/rule-kit/tool-comments.js';

/** What a FROM or ARG defines, and where to report: the stage name, or the ARG's keys. */
interface Definition {
  readonly kind: 'FROM' | 'ARG';
  readonly names: readonly string[];
  readonly range: Range;
}

function definitionOf(instruction: Instruction, stageName: { name: string; range: Range } | undefined): Definition | undefined {
  // BuildKit compares the stage name lowercased, as it stores it.
  if (instruction.kind === 'FROM') return stageName && { kind: 'FROM', names: [stageKey(stageName.name)], range: stageName.range };
  if (instruction.kind !== 'ARG' || instruction.properties.length === 0) return undefined;
  const keys = instruction.properties;
  return { kind: 'ARG', names: keys.map((p) => p.name), range: keys.length === 1 ? keys[0]!.nameRange : instruction.keywordRange };
}

/** Renovate's annotation (`# renovate: datasource=... depName=...`), which must sit right above the ARG it updates. */
const RENOVATE = /^\s*renovate:/;

/** A comment for a tool, not a reader: it must stay right above its instruction and describes nothing. */
function isPragma(comment: Comment): boolean {
  return RENOVATE.test(comment.text) || isToolComment(comment);
}

/** BuildKit's description: the comment's text trimmed, cut at its first space. */
function firstWord(comment: Comment): string {
  return comment.text.trim().split(' ')[0]!;
}

export default defineRule({
  code: 'DF2010',
  name: 'require-named-description',
  aliases: ['InvalidDefinitionDescription'],
  severity: 'info',
  category: 'style',
  fixable: false,
  experimental: true,
  docs: {
    summary: 'A comment right above a named FROM or an ARG should start with the name it describes',
    why:
      '`docker buildx build --call=outline` and `--call=targets` show the comment lines right above a ' +
      '`FROM … AS <stage>` or an `ARG` as the description of that stage or build argument, when the ' +
      'last of them starts with its name (`# VERSION the release to package`). A comment above that ' +
      'says something else is shown as nothing, or reads as a description it is not: start it with ' +
      'the name, or move it away.',
    bad: '# Compile the server\nFROM golang:1.23 AS build\n# Which release to package\nARG VERSION=1.4.2\nRUN go build -o /out/server .',
    good: '# build compiles the server\nFROM golang:1.23 AS build\n# VERSION is the release to package\nARG VERSION=1.4.2\nRUN go build -o /out/server .',
    references: [
      'https://docs.docker.com/reference/build-checks/invalid-definition-description/',
      'https://docs.docker.com/reference/cli/docker/buildx/build/#descriptions',
    ],
    differences:
      'BuildKit\'s experimental `InvalidDefinitionDescription` check, with its lines and messages; a bare `#` ' +
      'line ends the description, as in BuildKit. BuildKit judges only the last comment line, so it reports ' +
      'a description that goes on over several lines; dflint accepts the block when any of its lines starts ' +
      'with the name, which is how `--call=outline` finds the description, and passes over pragmas ' +
      '(`# hadolint ignore=`, `# check=skip=`, Renovate\'s `# renovate: datasource=...`), which must sit right ' +
      'above the instruction. dflint lets an ' +
      'empty line separate a comment from the instruction, as BuildKit\'s rule page says; BuildKit\'s parser ' +
      '(frontend/dockerfile/parser) keeps comments across empty lines, so `docker build --check` also reports ' +
      'a licence header or section banner followed by an empty line, which its own advice cannot silence. ' +
      'Off by default, as in BuildKit: enable it with `# check=experimental=InvalidDefinitionDescription`, ' +
      'the config or `--rule`.',
  },
  create(context) {
    const { model } = context;
    const comments = model.comments;
    let next = 0;
    let previousEnd = -1;
    return {
      '*'(instruction) {
        // The comment block right above the instruction, in one pass over the file's comments.
        let block: Comment[] = [];
        let lastLine = -1;
        for (; next < comments.length && comments[next]!.range.start.line < instruction.range.start.line; next++) {
          const comment = comments[next]!;
          const line = comment.range.start.line;
          if (line <= previousEnd) continue; // inside the previous instruction's continuation
          // An empty line or a bare `#` starts a new block; a pragma belongs to no description.
          if (line !== lastLine + 1 || comment.text.trim() === '') block = [];
          if (comment.text.trim() !== '' && !isPragma(comment)) block.push(comment);
          lastLine = line;
        }
        previousEnd = instruction.range.end.line;
        const last = block.at(-1);
        if (!last || lastLine !== instruction.range.start.line - 1) return;
        const stage = instruction.kind === 'FROM' ? model.stageOf(instruction) : undefined;
        const definition = definitionOf(instruction, stage?.name !== undefined && stage.nameRange ? { name: stage.name, range: stage.nameRange } : undefined);
        // `--call=outline` takes any line of the block that starts with the name as the description.
        if (!definition || block.some((comment) => definition.names.includes(firstWord(comment)))) return;
        const example = definition.names.length > 1 ? '<arg_key>' : definition.names[0]!;
        context.report({
          range: definition.range,
          message: `Comment for ${definition.kind} should follow the format: \`# ${example} <description>\``,
          related: [{ range: last.range, message: `The comment \`#${last.text}\` is taken for the description of ${definition.kind === 'FROM' ? 'the stage' : 'the build argument'}` }],
        });
      },
    };
  },
});
