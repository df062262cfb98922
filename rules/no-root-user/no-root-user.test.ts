import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-root-user.js';

testRule(rule, {
  valid: [
    'FROM debian:12\nUSER app',
    { name: 'root first, then an unprivileged user', code: 'FROM debian:12\nUSER root\nRUN apt-get update\nUSER app' },
    { name: 'no USER at all (see DF5001)', code: 'FROM debian:12\nRUN make' },
    { name: 'a user whose name starts with root', code: 'FROM debian:12\nUSER rootless' },
    { name: 'root group only', code: 'FROM debian:12\nUSER 1000:0' },
    { name: 'uid 0 inside a larger number', code: 'FROM debian:12\nUSER 1000' },
    {
      name: 'root in a build stage that is only copied from',
      code: 'FROM golang:1.22 AS build\nUSER root\nRUN go build -o /out/app\nFROM debian:12\nCOPY --from=build /out/app /app\nUSER app',
    },
    {
      name: 'root in a stage used by a RUN mount',
      code: 'FROM alpine:3.20 AS assets\nUSER root\nRUN make assets\nFROM alpine:3.20\nRUN --mount=type=bind,from=assets,target=/assets cp -r /assets /srv\nUSER 10001',
    },
    {
      name: 'a base stage whose child switches user',
      code: 'FROM debian:12 AS base\nUSER root\nRUN apt-get update\nFROM base\nUSER app',
    },
    { name: 'an unknown variable', code: 'FROM debian:12\nARG APP_USER\nUSER ${APP_USER}' },
    { name: 'a default that is not root', code: 'FROM debian:12\nUSER ${APP_USER:-app}' },
    { name: 'a variable that resolves to a non-root user', code: 'FROM debian:12\nARG APP_USER=app\nUSER $APP_USER' },
    { name: 'ONBUILD USER root is for downstream images', code: 'FROM debian:12\nUSER app\nONBUILD USER root' },
    { name: 'a USER without arguments', code: 'FROM debian:12\nUSER' },
  ],
  invalid: [
    {
      name: 'an ARG of the parent stage is inherited, as BuildKit does',
      code: 'FROM debian:12 AS base\nARG U=root\nFROM base\nUSER ${U:-app}',
      errors: [{ line: 4, column: 6, message: /`root`/ }],
    },
    {
      code: 'FROM debian:12\nUSER root',
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 10, message: "The image's last `USER` is `root`: switch to a non-root user after the steps that need root" }],
    },
    { name: 'uid 0', code: 'FROM debian:12\nUSER 0', errors: [{ line: 2, column: 6, endColumn: 7, message: 'The image\'s last `USER` is `0`: switch to a non-root user after the steps that need root' }] },
    { name: 'root with a group', code: 'FROM debian:12\nUSER root:root', errors: [{ line: 2, column: 6, endColumn: 15, message: 'The image\'s last `USER` is `root`: switch to a non-root user after the steps that need root' }] },
    { name: 'uid and gid 0', code: 'FROM debian:12\nUSER 0:0', errors: [{ line: 2, column: 6, message: 'The image\'s last `USER` is `0`: switch to a non-root user after the steps that need root' }] },
    { name: 'lower-case keyword', code: 'FROM debian:12\nuser root', errors: [{ line: 2, column: 6, message: 'The image\'s last `USER` is `root`: switch to a non-root user after the steps that need root' }] },
    { name: 'trailing spaces', code: 'FROM debian:12\nUSER root  ', errors: [{ line: 2, column: 6, endColumn: 10, message: 'The image\'s last `USER` is `root`: switch to a non-root user after the steps that need root' }] },
    { name: 'app, then back to root', code: 'FROM debian:12\nUSER app\nRUN make\nUSER root\nCMD ["app"]', errors: [{ line: 4, column: 6, message: 'The image\'s last `USER` is `root`: switch to a non-root user after the steps that need root' }] },
    {
      name: 'an ARG default of root',
      code: 'FROM debian:12\nARG APP_USER=root\nUSER ${APP_USER}',
      errors: [{ line: 3, column: 6, endColumn: 17, message: "The image's last `USER` resolves to `root`: switch to a non-root user after the steps that need root" }],
    },
    { name: 'a global ARG re-declared in the stage', code: 'ARG UID=0\nFROM debian:12\nARG UID\nUSER $UID:$UID', errors: [{ line: 4, column: 6, message: /resolves to `0`/ }] },
    {
      name: 'an ENV inherited from a parent stage',
      code: 'FROM debian:12 AS base\nENV RUN_AS=root\nFROM base\nUSER ${RUN_AS}',
      errors: [{ line: 4, column: 6, message: 'The image\'s last `USER` resolves to `root`: switch to a non-root user after the steps that need root' }],
    },
    {
      name: 'root inherited from the base stage',
      code: 'FROM debian:12 AS base\nUSER root\nFROM base\nRUN make',
      errors: [{ line: 2, column: 6, message: "The image's last `USER` is `root` (inherited by stage `1`): switch to a non-root user after the steps that need root" }],
    },
    {
      name: 'reported once when two stages inherit it',
      code: 'FROM debian:12 AS base\nUSER root\nFROM base AS dev\nRUN make dev\nFROM base AS prod\nRUN make',
      errors: [{ line: 2, column: 6, message: /inherited by stage `dev`/ }],
    },
    {
      name: 'a stage nothing uses is another build target',
      code: 'FROM debian:12 AS debug\nUSER root\nFROM debian:12 AS release\nUSER app',
      errors: [{ line: 2, column: 6, message: 'The image\'s last `USER` is `root`: switch to a non-root user after the steps that need root' }],
    },
    {
      name: 'root in the final stage of a multi-stage build',
      code: 'FROM golang:1.22 AS build\nUSER app\nRUN go build\nFROM debian:12\nCOPY --from=build /out /app\nUSER root',
      errors: [{ line: 6, column: 6, message: 'The image\'s last `USER` is `root`: switch to a non-root user after the steps that need root' }],
    },
  ],
});
