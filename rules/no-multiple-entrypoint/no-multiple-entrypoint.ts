import { onePerStageRule } from '../../src/rule-kit/one-per-stage.js';

export default onePerStageRule('ENTRYPOINT', {
  code: 'DL4004',
  name: 'no-multiple-entrypoint',
  aliases: ['MultipleInstructionsDisallowed'],
  severity: 'error',
  category: 'correctness',
  fixable: false,
  docs: {
    summary: 'Use at most one ENTRYPOINT per stage',
    why:
      'Only the last `ENTRYPOINT` of a stage is kept in the image; earlier ones are silently ' +
      'dropped, and each ENTRYPOINT also resets a `CMD` inherited from the base image. Keep the ' +
      'one the image should start with.',
    bad: 'FROM debian:12\nENTRYPOINT ["/setup.sh"]\nENTRYPOINT ["/app"]',
    good: 'FROM debian:12\nENTRYPOINT ["/app"]',
    differences:
      'BuildKit\'s MultipleInstructionsDisallowed reports the earlier, ignored ENTRYPOINT; dflint ' +
      'reports the later ones on their keyword, as hadolint does, and names the line of the one replaced.',
    references: ['https://docs.docker.com/reference/dockerfile/#entrypoint'],
  },
});
