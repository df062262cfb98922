import { defineRule } from '../../src/engine/define-rule.js';
import { copyOperands, flagNamed, gitReferenceOf, type CopySource } from '../../src/rule-kit/copy.js';

/** A full Git commit id (SHA-1 or SHA-256 object format): the only immutable ref. */
const COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;

/** Whether a Git URL pins a commit (as its ref or its `checksum` parameter); undefined when a variable hides it. */
function pinsCommit(source: CopySource): boolean | undefined {
  const { ref, checksum } = gitReferenceOf(source.value);
  const pins = [ref, checksum].filter((p) => p !== undefined);
  if (pins.some((p) => COMMIT_ID.test(p))) return true;
  if (source.unresolved.length > 0 && pins.some((p) => p.includes('$'))) return undefined;
  return false;
}

export default defineRule({
  code: 'DF3001',
  name: 'no-add-remote-without-checksum',
  aliases: [],
  severity: 'warning',
  category: 'security',
  fixable: false,
  docs: {
    summary: 'Verify files that `ADD` downloads with `--checksum`, and pin Git sources to a commit',
    why:
      '`ADD <url>` trusts whatever the server returns at build time: a moved release, a compromised ' +
      'mirror or a changed "latest" file silently changes the image, and the build is not reproducible. ' +
      '`--checksum=sha256:<digest>` makes BuildKit fail when the content differs (and lets it cache the ' +
      'download). A Git source is pinned by a full commit id: as the URL\'s `#<commit>` ref, which every ' +
      'Dockerfile frontend understands, or with `--checksum=<commit>`, which newer frontends accept ' +
      '(moby/buildkit#5975; older ones reject a checksum on Git sources). Branch and tag names can move.',
    bad:
      'FROM alpine:3.20\n' +
      'ADD https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /usr/local/bin/tini',
    good:
      'FROM alpine:3.20\n' +
      'ADD --checksum=sha256:c5b0666b4cb676901f90dfcb37106783c5fe2077b04590973b885950611b30ee \\\n' +
      '    https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /usr/local/bin/tini',
    references: [
      'https://docs.docker.com/reference/dockerfile/#add---checksum',
      'https://docs.docker.com/reference/dockerfile/#adding-files-from-a-git-repository',
    ],
  },
  create(context) {
    return {
      ADD(add) {
        if (flagNamed(add, 'checksum')) return;
        for (const source of copyOperands(context.model, add).sources) {
          if (source.kind === 'http') {
            context.report({
              range: source.range,
              message: 'Add `--checksum=sha256:<digest>` so the build fails when the downloaded file changes',
            });
          } else if (source.kind === 'git' && pinsCommit(source) === false) {
            context.report({
              range: source.range,
              message: 'Pin the Git source to a commit with `#<commit-sha>` or `--checksum=<commit-sha>`: branches and tags can move',
            });
          }
        }
      },
    };
  },
});
