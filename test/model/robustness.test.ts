import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import { initShellParser } from '../../src/model/shell/parser.js';

beforeAll(() => initShellParser());

const fragments = fc.constantFrom(
  'FROM alpine:3.20', 'FROM node AS build', 'RUN apt-get update && \\', '    apt-get install -y curl', '# comment',
  '    # indented comment', '', '  ', 'RUN <<EOF', 'EOF', 'echo body', 'COPY --from=build /a /b', 'ENV A=1 B="$A x"',
  'ARG V', 'CMD ["a", "b"]', "CMD ['a']", 'ONBUILD RUN x', 'SHELL ["pwsh"]', 'HEALTHCHECK CMD curl x', 'RUN 3<<X cat',
  '# escape=`', 'LABEL a=b \\', 'USER ${U:-root}', 'RUN [1, 2]', 'FROMM x', '\uFEFFFROM a', 'RUN echo $(', '\\',
);

describe('model robustness', () => {
  it('never throws, and every shell word range spells the word', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fragments, fc.string()), { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const model = buildModel(lines.join(eol));
        for (const instruction of model.instructions) {
          for (const command of instruction.shell?.origin === 'heredoc' || instruction.shell?.origin === 'shell-form' ? instruction.shell.commands : []) {
            for (const word of command.args) {
              const text = model.textOf(word.range);
              // A word may span a continuation; then its text has the removed `\`+newline in it.
              if (!text.includes('\n')) expect(text).toBe(word.raw);
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
