import { defineRule } from '../../src/engine/define-rule.js';
import type { Fix } from '../../src/engine/types.js';
import type { Instruction } from '../../src/model/types.js';
import { copyOperands, flagNamed, namesArchive, type CopySource } from '../../src/rule-kit/copy.js';

/** Flags only ADD understands: with them, COPY is not a drop-in replacement. */
const ADD_ONLY_FLAGS = ['checksum', 'keep-git-dir', 'unpack'];

/** A source ADD handles exactly as COPY would: a context path not named as an archive, or a heredoc. */
function isPlainFile(source: CopySource): boolean {
  if (source.kind === 'heredoc') return true;
  return source.kind === 'local' && namesArchive(source) === false;
}

/** A source only ADD can handle (or might, when a variable hides it). */
function needsAdd(source: CopySource): boolean {
  return source.kind !== 'heredoc' && !isPlainFile(source);
}

function replaceKeyword(add: Instruction): Fix {
  const copy = add.keyword === add.keyword.toLowerCase() ? 'copy' : 'COPY';
  return { description: 'Replace `ADD` with `COPY`', safety: 'safe', edits: [{ range: add.keywordRange, text: copy }] };
}

export default defineRule({
  code: 'DL3020',
  name: 'prefer-copy-over-add',
  aliases: [],
  severity: 'error',
  category: 'maintainability',
  fixable: 'safe',
  docs: {
    summary: 'Use `COPY` instead of `ADD` for files, folders and heredocs',
    why:
      '`ADD` has hidden behaviour: it unpacks local tar archives and downloads URLs. For plain files and ' +
      'folders it does what `COPY` does, but a reader has to check every source to know that, and a file ' +
      'that later becomes a tarball changes meaning silently. Keep `ADD` for archives to unpack and for ' +
      'remote sources, and use `COPY` for everything else.',
    bad: 'FROM alpine:3.20\nADD requirements.txt /app/',
    good: 'FROM alpine:3.20\nCOPY requirements.txt /app/\nADD vendor.tar.gz /opt/vendor/',
    fixed: 'FROM alpine:3.20\nCOPY requirements.txt /app/',
    fixSafety:
      'The fix replaces the `ADD` keyword with `COPY`. It is offered only when every source is a plain ' +
      'path (or a heredoc) whose name is not an archive, no variable hides a source, and no ADD-only flag ' +
      '(`--checksum`, `--keep-git-dir`, `--unpack`) is present. BuildKit decides to unpack by content, not ' +
      'by name, so a tar file named without an archive extension is the one case where the fix changes ' +
      'the result: such a file is unpacked by `ADD` and copied as-is by `COPY`.',
    differences:
      'hadolint judges sources as written: `ADD ${URL} /x` is reported even when `URL` is an ARG or ENV ' +
      'holding an `https://` address (hadolint#769). dflint resolves ARG and ENV values first and treats ' +
      'the source as the URL it is; a source hidden by a variable with no known value is not reported. ' +
      'Git sources (`git@…`, `ssh://…`, `https://….git#ref`) are remote sources, and `.zst`/`.tzst` ' +
      'files count as archives since BuildKit unpacks zstd tarballs. Heredoc sources (`ADD <<EOF /x`) are ' +
      'reported, with the fix: `COPY` creates the same file.',
    references: [
      'https://docs.docker.com/build/building/best-practices/#add-or-copy',
      'https://docs.docker.com/reference/dockerfile/#add',
      'https://github.com/hadolint/hadolint/issues/769',
    ],
  },
  create(context) {
    return {
      ADD(add) {
        const { sources } = copyOperands(context.model, add);
        if (!sources.some(isPlainFile)) return;
        const fixable = !sources.some(needsAdd) && !ADD_ONLY_FLAGS.some((name) => flagNamed(add, name));
        context.report({
          range: add.keywordRange,
          message: 'Use `COPY` instead of `ADD` for files and folders',
          ...(fixable ? { fix: replaceKeyword(add) } : {}),
        });
      },
    };
  },
});
