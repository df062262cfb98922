import { defineRule } from '../../src/engine/define-rule.js';
import type { Comment, Instruction, Range } from '../../src/model/types.js';
import { stageKey } from '../../src/rule-kit/stages.js';

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
      'BuildKit\'s experimental `InvalidDefinitionDescription` check, with its lines and messages. Like ' +
      'BuildKit, dflint reads every comment line since the previous instruction (a bare `#` line starts ' +
      'over) and judges the last one, so an empty line between the comment and the instruction does not ' +
      'separate them, although BuildKit\'s rule page says it does: BuildKit\'s parser, and so ' +
      '`--call=outline`, still takes that comment as the description. Off by default, as in BuildKit: ' +
      'enable it with `# check=experimental=InvalidDefinitionDescription`, the config or `--rule`.',
  },
  create(context) {
    const { model } = context;
    const comments = model.comments;
    let next = 0;
    let previousEnd = -1;
    return {
      '*'(instruction) {
        // The comment lines since the previous instruction, in one pass over the file's comments.
        let last: Comment | undefined;
        for (; next < comments.length && comments[next]!.range.start.line < instruction.range.start.line; next++) {
          const comment = comments[next]!;
          if (comment.range.start.line <= previousEnd) continue; // inside the previous instruction's continuation
          last = comment.text.trim() === '' ? undefined : comment;
        }
        previousEnd = instruction.range.end.line;
        const stage = instruction.kind === 'FROM' ? model.stageOf(instruction) : undefined;
        const definition = definitionOf(instruction, stage?.name !== undefined && stage.nameRange ? { name: stage.name, range: stage.nameRange } : undefined);
        if (!last || !definition || definition.names.includes(firstWord(last))) return;
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
