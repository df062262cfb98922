import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import { initShellParser } from '../../src/model/shell/parser.js';
import type { Model } from '../../src/model/types.js';

beforeAll(() => initShellParser());

/** The instruction starting on a 1-based line. */
const at = (model: Model, line: number) => model.instructions.find((i) => i.range.start.line === line - 1)!;

describe('working directory before each instruction', () => {
  const text = [
    'FROM node:20 AS base',
    'RUN make',
    'WORKDIR /srv',
    'WORKDIR app',
    'COPY . .',
    'FROM base AS test',
    'RUN npm test',
    'FROM scratch',
    'COPY --from=test /srv/app /app',
    'ARG DIR',
    'WORKDIR $DIR',
    'ONBUILD COPY . .',
  ].join('\n');
  let model: Model;
  beforeAll(() => {
    model = buildModel(text);
  });

  it('is unknown in an image until a WORKDIR sets it, and joins relative ones', () => {
    expect(model.workdirAt(at(model, 2))).toEqual({ path: undefined, set: false });
    expect(model.workdirAt(at(model, 4))).toEqual({ path: '/srv', set: true });
    expect(model.workdirAt(at(model, 5))).toEqual({ path: '/srv/app', set: true });
  });

  it('carries over to a stage built on an earlier one', () => {
    expect(model.workdirAt(at(model, 7))).toEqual({ path: '/srv/app', set: true });
  });

  it('starts at the root in scratch, and is unknown after a WORKDIR with an unknown variable', () => {
    expect(model.workdirAt(at(model, 9))).toEqual({ path: '/', set: false });
    expect(model.workdirAt(at(model, 12)!.trigger!)).toEqual({ path: undefined, set: true });
  });
});

describe('user before each instruction and at the end of each stage', () => {
  const text = [
    'FROM debian:12 AS base',
    'ARG NAME=app',
    'USER root',
    'RUN apt-get update',
    'USER ${NAME}:staff',
    'FROM base AS runtime',
    'CMD ["run"]',
    'FROM alpine:3',
    'USER',
  ].join('\n');
  let model: Model;
  beforeAll(() => {
    model = buildModel(text);
  });

  it('is the last USER before the instruction, resolved, group left out', () => {
    expect(model.userAt(at(model, 3))).toBeUndefined();
    expect(model.userAt(at(model, 4))).toMatchObject({ user: 'root', instruction: at(model, 3) });
    expect(model.finalUser(model.stages[0]!)).toMatchObject({ user: 'app', instruction: at(model, 5) });
  });

  it('is inherited through FROM <stage>, naming the stage that set it', () => {
    expect(model.userAt(at(model, 7))).toMatchObject({ user: 'app', stage: model.stages[0] });
    expect(model.finalUser(model.stages[1]!)?.stage).toBe(model.stages[0]);
  });

  it('ignores a USER without a value', () => {
    expect(model.finalUser(model.stages[2]!)).toBeUndefined();
  });
});
