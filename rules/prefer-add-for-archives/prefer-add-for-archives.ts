import { defineRule } from '../../src/engine/define-rule.js';
import type { Instruction } from '../../src/model/types.js';
import { extractedName, extractionsOf, isTarName, type Extraction } from '../../src/rule-kit/archives.js';
import { copiesFromElsewhere, copyOperands, type CopySource } from '../../src/rule-kit/copy.js';
import { fileName } from '../../src/rule-kit/paths.js';

/** ADD unpacks tar archives (recognised by content); a file tar extracts is one, and so is a tar-named file. */
function addWouldUnpack(extraction: Extraction, name: string): boolean {
  return extraction.whole && (extraction.command.basename === 'tar' || isTarName(name));
}

export default defineRule({
  code: 'DL3010',
  name: 'prefer-add-for-archives',
  aliases: [],
  severity: 'info',
  category: 'performance',
  fixable: false,
  docs: {
    summary: 'Use `ADD` for a local tar archive that a later RUN only extracts',
    why:
      'A COPY of an archive keeps the archive in its layer for good, even when a later RUN ' +
      'extracts and deletes it, so the image carries the data twice. `ADD` unpacks a local tar ' +
      'archive (plain, gzip, bzip2 or xz) straight into its destination in one layer. Only whole ' +
      'extractions are reported: ADD cannot strip leading directories or leave members out, and ' +
      'does not unpack zip files or a lone gzipped file.',
    bad: 'FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz',
    good: 'FROM debian:12\nADD app.tar.gz /opt/',
    references: ['https://docs.docker.com/reference/dockerfile/#adding-local-tar-archives', 'https://github.com/hadolint/hadolint/wiki/DL3010'],
    differences:
      'hadolint reports any extraction of the copied file, including ones ADD cannot replace: ' +
      '`COPY mosq.tar.gz /tmp` then `tar --strip=1 -xf /tmp/mosq.tar.gz -C /build/mosq` (ADD ' +
      'keeps the top directory), `unzip` of a zip and `gunzip` of a lone `.gz` file (ADD unpacks ' +
      'neither). dflint reports only whole tar extractions, which ADD does the same way. dflint ' +
      'points at the archive operand of the COPY and substitutes ARG/ENV values in its name.',
  },
  create(context) {
    const { model } = context;
    return {
      'stage:exit'(stage) {
        // One backward pass: for each file name, the first RUN after the current instruction
        // that extracts it as ADD would, so no COPY scans the RUNs after it.
        const extractor = new Map<string, Instruction>();
        const found: Array<{ source: CopySource; name: string; run: Instruction }> = [];
        for (let index = stage.instructions.length - 1; index >= 0; index--) {
          const instruction = stage.instructions[index]!;
          if (instruction.kind === 'RUN') {
            for (const extraction of extractionsOf(instruction)) {
              const name = extractedName(extraction);
              if (name !== undefined && addWouldUnpack(extraction, name)) extractor.set(name, instruction);
            }
          }
          if (instruction.kind !== 'COPY' || copiesFromElsewhere(instruction)) continue;
          const sources = copyOperands(model, instruction).sources;
          for (let s = sources.length - 1; s >= 0; s--) {
            const source = sources[s]!;
            if (source.kind !== 'local' || source.unresolved.length > 0) continue;
            const name = fileName(source.value);
            const run = extractor.get(name);
            if (run) found.push({ source, name, run });
          }
        }
        for (const { source, name, run } of found.reverse()) {
          context.report({
            range: source.range,
            message: `Use \`ADD\` for \`${name}\`: the RUN on line ${run.range.start.line + 1} extracts it, and ADD unpacks tar archives without keeping a copy in the image`,
          });
        }
      },
    };
  },
});
