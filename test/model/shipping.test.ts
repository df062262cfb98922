import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import { initShellParser } from '../../src/model/shell/parser.js';

beforeAll(() => initShellParser());

/** What of each stage ships, by stage index. */
const shipped = (text: string) => {
  const model = buildModel(text);
  return model.stages.map((stage) => model.shipped(stage));
};

describe('what of each stage reaches the final image', () => {
  it('ships the layers of the last stage and of the stages it is built on', () => {
    expect(shipped('FROM debian:12 AS base\nFROM base AS app\nFROM app\nCMD ["x"]')).toEqual([
      { kind: 'layers' }, { kind: 'layers' }, { kind: 'layers' },
    ]);
  });

  it('ships only what is copied out of a builder stage, from its root', () => {
    expect(shipped('FROM golang:1.23 AS build\nWORKDIR /src\nFROM alpine:3.20\nCOPY --from=build /src/bin/app dist/ /usr/bin/')).toEqual([
      { kind: 'copied', paths: ['/src/bin/app', '/dist'] }, { kind: 'layers' },
    ]);
  });

  it('passes copied paths on to the stage a builder is built on, and to stages it copies from', () => {
    const text =
      'FROM node:22 AS deps\nFROM deps AS build\nCOPY --from=tools /bin/tool /bin/\n' +
      'FROM node:22 AS tools\nFROM scratch\nCOPY --from=build /app/dist /srv';
    expect(shipped(text)).toEqual([
      { kind: 'copied', paths: ['/app/dist'] },
      { kind: 'copied', paths: ['/app/dist'] },
      { kind: 'copied', paths: ['/bin/tool'] },
      { kind: 'layers' },
    ]);
  });

  it('ships nothing of a stage no shipped stage uses, nor of one used only by such a stage', () => {
    expect(shipped('FROM alpine AS unused\nFROM alpine AS test\nCOPY --from=unused /x /x\nFROM alpine\nCMD ["x"]')).toEqual([
      { kind: 'nothing' }, { kind: 'nothing' }, { kind: 'layers' },
    ]);
  });

  it('takes a mount of a stage as a copy of its source, all of it by default', () => {
    const text = 'FROM alpine AS a\nFROM alpine AS b\nFROM alpine\nRUN --mount=from=a,src=/pkgs,target=/p --mount=type=bind,from=b true';
    expect(shipped(text)).toEqual([{ kind: 'copied', paths: ['/pkgs'] }, { kind: 'copied', paths: ['/'] }, { kind: 'layers' }]);
  });

  it('substitutes variables in copied paths and stage references where their value is known', () => {
    const text = 'ARG STAGE=build\nFROM alpine AS build\nFROM alpine AS other\nFROM alpine\nARG STAGE\nENV HOME_DIR=/opt/app\nCOPY --from=${STAGE} $HOME_DIR /app';
    expect(shipped(text)).toEqual([{ kind: 'copied', paths: ['/opt/app'] }, { kind: 'nothing' }, { kind: 'layers' }]);
  });

  it('counts every stage a FROM with an unknown variable could name', () => {
    const text = 'ARG VARIANT\nFROM alpine AS base-cpu\nFROM alpine AS base-gpu\nFROM alpine AS tools\nFROM base-${VARIANT}';
    expect(shipped(text)).toEqual([{ kind: 'layers' }, { kind: 'layers' }, { kind: 'nothing' }, { kind: 'layers' }]);
  });

  it('does not take a FROM naming an image through a known variable for a stage', () => {
    const text = 'ARG RUNTIME=nvidia/cuda:12.4.0-runtime\nFROM nvidia/cuda:12.4.0-devel AS build\nFROM ${RUNTIME}\nCOPY --from=build /app/lib /app';
    expect(shipped(text)).toEqual([{ kind: 'copied', paths: ['/app/lib'] }, { kind: 'layers' }]);
  });
});
