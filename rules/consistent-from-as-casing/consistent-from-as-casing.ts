import { defineRule } from '../../src/engine/define-rule.js';
import { keywordCasing } from '../../src/rule-kit/casing.js';

export default defineRule({
  code: 'DF2005',
  name: 'consistent-from-as-casing',
  aliases: ['FromAsCasing'],
  severity: 'style',
  category: 'style',
  fixable: 'safe',
  docs: {
    summary: 'Write `AS` in the same case as `FROM`',
    why:
      'Keywords are case-insensitive, but `FROM alpine as build` mixes two casings on one line. ' +
      'Docker\'s own build check warns about it on every build; writing `AS` as `FROM` is written ' +
      'keeps the file uniform and the warning away.',
    bad: 'FROM golang:1.23 as build\nRUN go build -o /out/app .\n\nfrom alpine:3.20 AS app\nCOPY --from=build /out/app /app',
    good: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\n\nfrom alpine:3.20 as app\nCOPY --from=build /out/app /app',
    fixed: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\n\nfrom alpine:3.20 as app\nCOPY --from=build /out/app /app',
    fixSafety: 'The fix changes the case of `AS`, which the build reads case-insensitively: the image is the same.',
    differences:
      'As BuildKit, dflint says nothing when `FROM` itself mixes cases (`From`): ' +
      '`consistent-instruction-casing` (ConsistentInstructionCasing) reports that keyword, and once ' +
      'it is fixed this rule reports `AS` if it still differs.',
    references: ['https://docs.docker.com/reference/build-checks/from-as-casing/'],
  },
  create(context) {
    return {
      FROM(from) {
        const stage = context.model.stageOf(from);
        const as = from.args[1];
        if (!stage?.nameRange || !as) return;
        const casing = keywordCasing(from.keyword);
        if (casing === 'mixed' || keywordCasing(as.raw) === casing) return;
        const written = casing === 'lower' ? 'as' : 'AS';
        context.report({
          range: as.range,
          message: `\`${as.raw}\` does not match the casing of \`${from.keyword}\`: write \`${written}\``,
          fix: { description: `Write \`${written}\``, safety: 'safe', edits: [{ range: as.range, text: written }] },
        });
      },
    };
  },
});
