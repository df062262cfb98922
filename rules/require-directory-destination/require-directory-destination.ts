import { defineRule } from '../../src/engine/define-rule.js';
import type { Fix } from '../../src/engine/types.js';
import { flagsMissingValue } from '../../src/model/flag-values.js';
import type { Instruction, Model } from '../../src/model/types.js';
import { copyOperands, type CopyOperand } from '../../src/rule-kit/copy.js';
import { variableReferences } from '../../src/rule-kit/variables.js';

/** Whether an unknown variable ends the destination, so its last character is not known. */
function endsWithUnknown(destination: CopyOperand): boolean {
  const last = variableReferences(destination.value).at(-1);
  return last !== undefined && last.end === destination.value.length && destination.unresolved.includes(last.name);
}

/** Adds the `/` inside the closing quote of a quoted word or JSON string, else after the word. */
function appendSlash(model: Model, destination: CopyOperand): Fix {
  const written = model.textOf(destination.range);
  const quoted = /["']$/.test(written) && written.length > 1;
  const end = destination.range.end;
  const at = quoted ? { line: end.line, character: end.character - 1 } : end;
  return { description: 'End the destination with `/`', safety: 'safe', edits: [{ range: { start: at, end: at }, text: '/' }] };
}

export default defineRule({
  code: 'DL3021',
  name: 'require-directory-destination',
  aliases: [],
  severity: 'error',
  category: 'correctness',
  fixable: 'safe',
  docs: {
    summary: 'End the destination with `/` when COPY or ADD has several sources',
    why:
      'Several sources can only be copied into a directory. The Dockerfile reference requires such ' +
      'a destination to end with `/`, and the classic builder (still the one for Windows containers) ' +
      'fails the build without it. The slash also tells the reader that the destination is a folder.',
    bad: 'FROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum .',
    good: 'FROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum ./',
    fixed: 'FROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum ./',
    fixSafety: 'Safe: with several sources the destination can only be a directory, which the slash states.',
    references: ['https://docs.docker.com/reference/dockerfile/#destination'],
    differences:
      'hadolint checks COPY only and compares the destination as written. dflint also checks ADD, which ' +
      'the builders treat the same way; it substitutes ARG and ENV values in the destination (`ENV DIR=/app/` ' +
      'then `COPY a b $DIR` passes) and does not judge one that ends with a variable of unknown value. ' +
      'A Windows destination ending with `\\` is a directory too. Flags such as `--link`, `--chmod` or ' +
      '`--parents` are never counted as sources. A flag that needs a value but has none (`--from build`, ' +
      'where BuildKit fails with "missing a value on flag") is DF1003\'s finding: hadolint counts the ' +
      'value as a source and reports DL3021, dflint does not.',
  },
  create(context) {
    const { model } = context;
    const check = (instruction: Instruction) => {
      // A flag without its value fails the build (DF1003), and its value was read as a source.
      if (flagsMissingValue(instruction).length > 0) return;
      const { sources, destination } = copyOperands(model, instruction);
      if (sources.length < 2 || !destination) return;
      if (/[/\\]$/.test(destination.value) || endsWithUnknown(destination)) return;
      context.report({
        range: destination.range,
        message: `\`${instruction.kind}\` with ${sources.length} sources copies them into a directory: end the destination \`${destination.value}\` with \`/\``,
        fix: appendSlash(model, destination),
      });
    };
    return { COPY: check, ADD: check };
  },
});
