import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import { initShellParser } from '../../src/model/shell/parser.js';
import { UnknownTargetError } from '../../src/model/targets.js';

beforeAll(() => initShellParser());

const FILE = [
  'FROM golang:1.23 AS deps',
  'FROM deps AS build',
  'RUN --mount=type=cache,from=cache,target=/root/.cache go build -o /out/app .',
  'FROM alpine:3.20 AS cache',
  'FROM alpine:3.20 AS tools',
  'FROM alpine:3.20 AS Release',
  'COPY --from=build /out/app /app',
  'FROM release AS debug',
  'COPY --from=tools /bin/busybox /bin/',
].join('\n');

const built = (target?: string) => {
  const model = buildModel(FILE, { target });
  return { target: model.target?.name, built: model.stages.filter((stage) => model.isBuilt(stage)).map((stage) => stage.name) };
};

describe('the target stage and the stages it builds', () => {
  it('is the last stage by default, which reaches every stage it builds on or copies from', () => {
    expect(built()).toEqual({ target: 'debug', built: ['deps', 'build', 'cache', 'tools', 'Release', 'debug'] });
  });

  it('is the stage --target names, compared case-insensitively, with what it reaches through FROM, COPY --from and RUN --mount from', () => {
    expect(built('release')).toEqual({ target: 'Release', built: ['deps', 'build', 'cache', 'Release'] });
    expect(built('BUILD')).toEqual({ target: 'build', built: ['deps', 'build', 'cache'] });
    expect(built('tools')).toEqual({ target: 'tools', built: ['tools'] });
  });

  it('ships the layers of the target and the stages it is built on', () => {
    const model = buildModel(FILE, { target: 'build' });
    expect(model.stages.map((stage) => model.shipped(stage).kind)).toEqual(['layers', 'layers', 'copied', 'nothing', 'nothing', 'nothing']);
  });

  it('refuses a target no stage has, naming the stages, as docker build does', () => {
    expect(() => buildModel(FILE, { target: 'prod' })).toThrow(UnknownTargetError);
    expect(() => buildModel(FILE, { target: 'prod' })).toThrow('target stage "prod" could not be found; the stages are "deps", "build", "cache", "tools", "Release", "debug"');
    expect(() => buildModel('FROM alpine:3.20', { target: 'x' })).toThrow('target stage "x" could not be found: no stage has a name');
  });

  it('has no target in a file without stages', () => {
    expect(buildModel('ARG A=1').target).toBeUndefined();
  });
});
