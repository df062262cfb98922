import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-copy-whole-stage.js';

const build = 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\n';

testRule(rule, {
  valid: [
    `${build}FROM debian:12\nCOPY --from=build /out/app /usr/local/bin/app`,
    `${build}FROM debian:12\nCOPY --from=build /out /`,
    `${build}FROM debian:12\nCOPY --from=build / /rootfs/`,
    { name: 'a plain COPY of the context root', code: 'FROM debian:12\nCOPY / /' },
    { name: 'a stage built on scratch holds only its own files', code: 'FROM scratch AS artifacts\nCOPY app /usr/bin/app\nFROM debian:12\nCOPY --from=artifacts / /' },
    { name: 'through FROM <alias> down to scratch', code: 'FROM scratch AS base\nCOPY a /a\nFROM base AS artifacts\nCOPY b /b\nFROM debian:12\nCOPY --from=artifacts / /' },
    { name: 'a variable with no known value is not judged', code: `${build}FROM debian:12\nARG DEST\nCOPY --from=build / $DEST` },
  ],
  invalid: [
    { code: `${build}FROM debian:12\nCOPY --from=build / /`, errors: [{ line: 4, column: 19, endColumn: 20, message: /whole filesystem of `build`/ }] },
    { name: 'by stage index', code: `${build}FROM debian:12\nCOPY --from=0 / /`, errors: [{ line: 4, column: 15, message: 'Do not copy the whole filesystem of `0`: copy only the directories you need' }] },
    { name: 'an external image', code: 'FROM debian:12\nCOPY --from=busybox:1.36 / /', errors: [{ line: 2, column: 26, message: 'Do not copy the whole filesystem of `busybox:1.36`: copy only the directories you need' }] },
    { name: 'quoted and with --link', code: `${build}FROM debian:12\nCOPY --link --from=build "/" '/'`, errors: [{ line: 4, column: 26, endColumn: 29, message: 'Do not copy the whole filesystem of `build`: copy only the directories you need' }] },
    { name: 'exec form', code: `${build}FROM debian:12\nCOPY --from=build ["/", "/"]`, errors: [{ line: 4, column: 20, endColumn: 23, message: 'Do not copy the whole filesystem of `build`: copy only the directories you need' }] },
    { name: 'written as /. and //', code: `${build}FROM debian:12\nCOPY --from=build /. //`, errors: [{ line: 4, column: 19, message: 'Do not copy the whole filesystem of `build`: copy only the directories you need' }] },
    { name: 'a variable holding /', code: `${build}FROM debian:12\nARG ROOT=/\nCOPY --from=build \${ROOT} /`, errors: [{ line: 5, column: 19, message: 'Do not copy the whole filesystem of `build`: copy only the directories you need' }] },
    { name: 'squashing into scratch is still reported', code: `${build}FROM scratch\nCOPY --from=build / /`, errors: [{ line: 4, column: 19, message: 'Do not copy the whole filesystem of `build`: copy only the directories you need' }] },
  ],
});
