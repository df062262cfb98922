import { defineRule } from '../../src/engine/define-rule.js';
import type { Fix, TextEdit } from '../../src/engine/types.js';
import type { Model, Range, Stage } from '../../src/model/types.js';

/**
 * Edits that lowercase a stage's name and every reference to it written as that name: `FROM <name>`
 * and `COPY --from=` / `RUN --mount=from=` by name. References by index or through a variable stay.
 */
function renameEdits(model: Model, stage: Stage, nameRange: Range): TextEdit[] {
  const lowered = (range: Range): TextEdit => ({ range, text: model.textOf(range).toLowerCase() });
  const edits = [lowered(nameRange)];
  for (const other of model.stages) {
    if (other.parent === stage && !other.image.text.includes('$')) edits.push(lowered(other.image.range));
    for (const dependency of other.dependencies) {
      const byName = !/^\d+$/.test(dependency.reference) && !dependency.reference.includes('$');
      if (dependency.stage === stage && byName) edits.push(lowered(dependency.referenceRange));
    }
  }
  return edits;
}

function renameFix(model: Model, stage: Stage, nameRange: Range): Fix {
  return {
    description: 'Write the stage name, and the references to it, in lower case',
    safety: 'unsafe',
    edits: renameEdits(model, stage, nameRange),
  };
}

export default defineRule({
  code: 'DF2006',
  name: 'require-lowercase-stage-name',
  aliases: ['StageNameCasing'],
  severity: 'style',
  category: 'style',
  fixable: 'unsafe',
  docs: {
    summary: 'Write stage names in lower case',
    why:
      'BuildKit lowercases every stage name, so `AS Builder` defines the stage `builder`, and ' +
      '`--from=BUILDER`, `--from=builder` and `--target Builder` all name it. Writing the name ' +
      'in lower case shows it as the build sees it, and Docker\'s own build check warns otherwise.',
    bad: 'FROM golang:1.23 AS Builder\nRUN go build -o /out/app .\n\nFROM Builder AS Test\nRUN go test ./...\n\nFROM alpine:3.20\nCOPY --from=Builder /out/app /app',
    good: 'FROM golang:1.23 AS builder\nRUN go build -o /out/app .\n\nFROM builder AS test\nRUN go test ./...\n\nFROM alpine:3.20\nCOPY --from=builder /out/app /app',
    fixed: 'FROM golang:1.23 AS builder\nRUN go build -o /out/app .\n\nFROM builder AS test\nRUN go test ./...\n\nFROM alpine:3.20\nCOPY --from=builder /out/app /app',
    fixSafety:
      'The fix lowercases the name and the references to it by name in this file (`FROM <name>`, ' +
      '`COPY --from=`, `RUN --mount=from=`). It is unsafe because the name is also used outside the ' +
      'file: BuildKit and the classic builder compare stage names case-insensitively (`--target Builder` ' +
      'still builds the renamed stage, bake and Compose `target:` too), but other builders and the ' +
      'scripts around a build may not, and they are beyond what dflint can see. The image built is the same. ' +
      'References through a variable and `ONBUILD` triggers (which name stages of the image built ' +
      'from this one) are left as written; they still resolve the same way.',
    references: ['https://docs.docker.com/reference/build-checks/stage-name-casing/'],
  },
  create(context) {
    const { model } = context;
    return {
      FROM(from) {
        const stage = model.stageOf(from);
        if (!stage?.name || !stage.nameRange || stage.name === stage.name.toLowerCase()) return;
        // A variable in a stage name is a build error; lowercasing it would name another variable.
        const fix = stage.name.includes('$') ? undefined : renameFix(model, stage, stage.nameRange);
        context.report({
          range: stage.nameRange,
          message: `Stage name \`${stage.name}\` is read as \`${stage.name.toLowerCase()}\`: write it in lower case`,
          ...(fix ? { fix } : {}),
        });
      },
    };
  },
});
