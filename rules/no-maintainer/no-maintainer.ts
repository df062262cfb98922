import { defineRule } from '../../src/engine/define-rule.js';
import type { Fix } from '../../src/engine/types.js';
import type { Instruction, Model } from '../../src/model/types.js';

/**
 * `LABEL maintainer="..."` carrying the MAINTAINER text. MAINTAINER takes its text literally,
 * while LABEL expands variables and reads quotes and escapes, so `"`, `$` and the escape
 * character are escaped to keep the text as it was.
 */
function toLabel(model: Model, maintainer: Instruction): Fix | undefined {
  if (!maintainer.argsRange) return undefined;
  const escape = model.escapeChar;
  const text = maintainer.argsText.trim();
  const escaped = [...text].map((c) => (c === '"' || c === '$' || c === escape ? `${escape}${c}` : c)).join('');
  const keyword = maintainer.keyword === maintainer.keyword.toLowerCase() ? 'label' : 'LABEL';
  return {
    description: 'Replace `MAINTAINER` with `LABEL maintainer=...`',
    safety: 'unsafe',
    edits: [{ range: { start: maintainer.keywordRange.start, end: maintainer.argsRange.end }, text: `${keyword} maintainer="${escaped}"` }],
  };
}

export default defineRule({
  code: 'DL4000',
  name: 'no-maintainer',
  aliases: ['MaintainerDeprecated'],
  severity: 'error',
  category: 'maintainability',
  fixable: 'unsafe',
  editorTag: 'deprecated',
  docs: {
    summary: '`MAINTAINER` is deprecated: use `LABEL maintainer=...`',
    why:
      '`MAINTAINER` has been deprecated since Docker 1.13. It fills the image\'s legacy `Author` field, ' +
      'which tools no longer read; a `maintainer` label is what registries, scanners and `docker inspect` ' +
      'users look for, and labels can carry any other metadata the same way.',
    bad: 'FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>',
    good: 'FROM alpine:3.20\nLABEL maintainer="Jane Doe <jane@example.com>"',
    fixed: 'FROM alpine:3.20\nLABEL maintainer="Jane Doe <jane@example.com>"',
    fixSafety:
      'The fix rewrites the instruction as `LABEL maintainer="<text>"`, escaping quotes, `$` and the ' +
      'escape character so the label holds exactly the MAINTAINER text. It is unsafe because the image ' +
      'changes: it loses its `Author` field and gains a `maintainer` label, which matters to anything ' +
      'that reads `Author` (old tooling, image comparisons) or already sets a `maintainer` label.',
    references: [
      'https://docs.docker.com/reference/dockerfile/#maintainer-deprecated',
      'https://docs.docker.com/reference/build-checks/maintainer-deprecated/',
    ],
  },
  create(context) {
    return {
      MAINTAINER(maintainer) {
        const fix = toLabel(context.model, maintainer);
        context.report({
          range: maintainer.keywordRange,
          message: '`MAINTAINER` is deprecated: use `LABEL maintainer="..."` instead',
          ...(fix ? { fix } : {}),
        });
      },
    };
  },
});
