import { onePerStageRule } from '../../src/rule-kit/one-per-stage.js';

export default onePerStageRule('HEALTHCHECK', {
  code: 'DL3012',
  name: 'no-multiple-healthcheck',
  aliases: ['MultipleInstructionsDisallowed'],
  severity: 'error',
  category: 'correctness',
  fixable: 'safe',
  docs: {
    summary: 'Use at most one HEALTHCHECK per stage',
    why:
      'Only the last `HEALTHCHECK` of a stage is kept in the image; earlier ones are silently ' +
      'dropped. A container has one health status, so two checks usually mean a leftover from an ' +
      'edit or an attempt to check two things, which needs one command that checks both.',
    bad: 'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\nHEALTHCHECK CMD curl -f http://localhost/health || exit 1',
    good: 'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/health || exit 1',
    fixSafety:
      'Safe: the fix deletes the earlier `HEALTHCHECK` (all its lines, options included), which the ' +
      'later one replaces whole, options and all (`HEALTHCHECK NONE` included), before the image is ' +
      'written. Comments above the deleted `HEALTHCHECK` are kept: they may describe more than that line. No fix deletes an ' +
      'instruction with a syntax error, whose deletion would let a failing build pass.',
    fixed: 'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/health || exit 1',
    differences:
      'BuildKit\'s MultipleInstructionsDisallowed reports the earlier, ignored HEALTHCHECK; dflint ' +
      'reports the later ones on their keyword, as hadolint does, and names the line of the one replaced.',
    references: ['https://docs.docker.com/reference/dockerfile/#healthcheck'],
  },
});
