import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-copy-ignored-file.js';

const ignore = (text: string) => ({ '.dockerignore': text });

testRule(rule, {
  valid: [
    { name: 'not ignored', code: 'FROM alpine\nCOPY src/ /app/src/', context: ignore('node_modules\n*.log\n') },
    { name: 'ignore pattern is anchored at the root', code: 'FROM alpine\nCOPY app/node_modules /x', context: ignore('node_modules\n') },
    { name: 'no ignore file', code: 'FROM alpine\nCOPY build/app /app', context: { 'README.md': '' } },
    { name: 'without a build context the rule does not run', code: 'FROM alpine\nCOPY build/out /app' },
    { name: 'the context is copied, some files are ignored', code: 'FROM alpine\nCOPY . /app', context: ignore('.git\nnode_modules\n') },
    { name: 're-included file inside an ignored folder', code: 'FROM alpine\nCOPY build/app /app', context: ignore('build\n!build/app\n') },
    { name: 'ignored folder with a re-included file inside', code: 'FROM alpine\nCOPY build /app', context: ignore('build\n!build/app\n') },
    { name: 'everything ignored but a re-included folder', code: 'FROM alpine\nCOPY . /app', context: ignore('*\n!src\n') },
    { name: 'glob with re-inclusions is not judged', code: 'FROM alpine\nCOPY *.json /app/', context: ignore('*.json\n!package.json\n') },
    { name: 'a glob may match files that are kept', code: 'FROM alpine\nCOPY *.json /app/', context: ignore('tsconfig.json\n') },
    { name: 'COPY --from another stage', code: 'FROM alpine AS a\nFROM alpine\nCOPY --from=a build/app /app', context: ignore('build\n') },
    { name: 'URL source', code: 'FROM alpine\nADD https://example.com/build /app', context: ignore('https:\n') },
    { name: 'unknown variable', code: 'FROM alpine\nARG DIR\nCOPY ${DIR}/app /app', context: ignore('build\n') },
    { name: 'heredoc source', code: 'FROM alpine\nCOPY <<build /app\nx\nbuild', context: ignore('build\n') },
    { name: 'pattern for a deeper path', code: 'FROM alpine\nCOPY docs /docs', context: ignore('docs/*.tmp\n') },
  ],
  invalid: [
    {
      code: 'FROM alpine\nCOPY build/app /usr/local/bin/app',
      context: ignore('build\n'),
      errors: [{
        line: 2, column: 6, endLine: 2, endColumn: 15,
        message: '`build/app` is excluded by the `.dockerignore` pattern `build`, so `COPY` cannot use it: change the source or the pattern',
      }],
    },
    { name: 'each ignored source', code: 'FROM alpine\nCOPY a.log src/ b.log /app/', context: ignore('*.log\n'), errors: [{ line: 2, column: 6, endColumn: 11, message: '`a.log` is excluded by the `.dockerignore` pattern `*.log`, so `COPY` cannot use it: change the source or the pattern' }, { line: 2, column: 17, endColumn: 22, message: '`b.log` is excluded by the `.dockerignore` pattern `*.log`, so `COPY` cannot use it: change the source or the pattern' }] },
    { name: 'ignored folder', code: 'FROM alpine\nADD node_modules/ /app/node_modules/', context: ignore('node_modules\n'), errors: [{ line: 2, column: 5, message: /`ADD` cannot use it/ }] },
    { name: 'leading ./ and /', code: 'FROM alpine\nCOPY ./secrets/key /k\nCOPY /secrets /s', context: ignore('/secrets/\n'), errors: [{ line: 2, column: 6, message: '`./secrets/key` is excluded by the `.dockerignore` pattern `/secrets/`, so `COPY` cannot use it: change the source or the pattern' }, { line: 3, column: 6, message: '`/secrets` is excluded by the `.dockerignore` pattern `/secrets/`, so `COPY` cannot use it: change the source or the pattern' }] },
    { name: 'the whole context with *', code: 'FROM alpine\nCOPY . /app', context: ignore('*\n'), errors: [{ line: 2, column: 6, message: /pattern `\*`/ }] },
    { name: 'the whole context with **', code: 'FROM alpine\nCOPY ./ /app', context: ignore('**\n'), errors: [{ line: 2, column: 6, message: '`./` is excluded by the `.dockerignore` pattern `**`, so `COPY` cannot use it: change the source or the pattern' }] },
    { name: 'glob matching an ignore pattern', code: 'FROM alpine\nCOPY *.env /app/', context: ignore('*.env\n'), errors: [{ line: 2, column: 6, message: '`*.env` is excluded by the `.dockerignore` pattern `*.env`, so `COPY` cannot use it: change the source or the pattern' }] },
    { name: 'names the last pattern that applies', code: 'FROM alpine\nCOPY tmp/cache /c', context: ignore('tmp\ntmp/cache\n'), errors: [{ line: 2, column: 6, message: /pattern `tmp\/cache`/ }] },
    {
      name: 're-inclusion elsewhere does not help',
      code: 'FROM alpine\nCOPY build/app /app',
      context: ignore('build\n!docs/keep.md\n'),
      errors: [{ line: 2, column: 6, message: '`build/app` is excluded by the `.dockerignore` pattern `build`, so `COPY` cannot use it: change the source or the pattern' }],
    },
    { name: 'variable resolving to an ignored path', code: 'FROM alpine\nARG OUT=dist\nCOPY ${OUT}/app /app', context: ignore('dist\n'), errors: [{ line: 3, column: 6, message: '`dist/app` is excluded by the `.dockerignore` pattern `dist`, so `COPY` cannot use it: change the source or the pattern' }] },
    { name: 'exec form', code: 'FROM alpine\nCOPY [".env", "/app/"]', context: ignore('.env\n'), errors: [{ line: 2, column: 7, endColumn: 13, message: '`.env` is excluded by the `.dockerignore` pattern `.env`, so `COPY` cannot use it: change the source or the pattern' }] },
    {
      name: 'Dockerfile-specific ignore file wins',
      code: 'FROM alpine\nCOPY docs /docs',
      context: { 'Dockerfile.dockerignore': 'docs\n', '.dockerignore': 'build\n' },
      errors: [{ line: 2, column: 6, message: /`Dockerfile\.dockerignore` pattern `docs`/ }],
    },
  ],
});
