import { onePerStageRule } from '../../src/rule-kit/one-per-stage.js';

export default onePerStageRule('ENTRYPOINT', {
  code: 'DL4004',
  name: 'no-multiple-entrypoint',
  aliases: ['MultipleInstructionsDisallowed'],
  severity: 'error',
  category: 'correctness',
  fixable: 'safe',
  docs: {
    summary: 'Use at most one ENTRYPOINT per stage',
    why:
      'Only the last `ENTRYPOINT` of a stage is kept in the image; earlier ones are silently ' +
      'dropped, and each ENTRYPOINT also resets a `CMD` inherited from the base image. Keep the ' +
      'one the image should start with.',
    bad: 'FROM debian:12\nENTRYPOINT ["/setup.sh"]\nENTRYPOINT ["/app"]',
    good: 'FROM debian:12\nENTRYPOINT ["/app"]',
    fixSafety:
      'Safe: the fix deletes the earlier `ENTRYPOINT` (all its lines), which the later one replaces ' +
      'before the image is written. An `ENTRYPOINT` also clears the `CMD` inherited from the base ' +
      'image unless the stage set one before it; the later `ENTRYPOINT` does that too, and a `CMD` ' +
      'written between the two sets the command anyway, so the image keeps the same entrypoint and ' +
      'command. Comments above the deleted `ENTRYPOINT` are kept: they may describe more than that line. No fix deletes an ' +
      'instruction with a syntax error, whose deletion would let a failing build pass.',
    fixed: 'FROM debian:12\nENTRYPOINT ["/app"]',
    differences:
      'BuildKit\'s MultipleInstructionsDisallowed reports the earlier, ignored ENTRYPOINT; dflint ' +
      'reports the later ones on their keyword, as hadolint does, and names the line of the one replaced.',
    references: ['https://docs.docker.com/reference/dockerfile/#entrypoint'],
  },
});
