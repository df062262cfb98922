import { onePerStageRule } from '../../src/rule-kit/one-per-stage.js';

export default onePerStageRule('CMD', {
  code: 'DL4003',
  name: 'no-multiple-cmd',
  aliases: ['MultipleInstructionsDisallowed'],
  severity: 'warning',
  category: 'correctness',
  fixable: 'safe',
  docs: {
    summary: 'Use at most one CMD per stage',
    why:
      'Only the last `CMD` of a stage is kept in the image; earlier ones are silently dropped. Two ' +
      'CMDs usually mean an attempt to start two processes, which needs a script or a process ' +
      'manager, or a leftover from an edit.',
    bad: 'FROM nginx:1.27\nCMD ["php-fpm"]\nCMD ["nginx", "-g", "daemon off;"]',
    good: 'FROM nginx:1.27\nCOPY start.sh /usr/local/bin/\nCMD ["start.sh"]',
    fixSafety:
      'Safe: the fix deletes the earlier `CMD` (all its lines), which the later one replaces before the ' +
      'image is written, so the image keeps the same command. An `ONBUILD CMD` is not counted, and a ' +
      'stage built on this one inherits only the last `CMD` either way. Comments above the deleted ' +
      '`CMD` are kept: they may describe more than that line. No fix deletes an ' +
      'instruction with a syntax error, whose deletion would let a failing build pass.',
    fixed: 'FROM nginx:1.27\nCMD ["nginx", "-g", "daemon off;"]',
    differences:
      'BuildKit\'s MultipleInstructionsDisallowed reports the earlier, ignored CMD; dflint reports ' +
      'the later ones on their keyword, as hadolint does, and names the line of the one replaced.',
    references: ['https://docs.docker.com/reference/dockerfile/#cmd'],
  },
});
