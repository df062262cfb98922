import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import { initShellParser } from '../../src/model/shell/parser.js';

beforeAll(() => initShellParser());

const image = (text: string, stage = 0) => {
  const { registry, repository, tag, digest, resolved, isResolved, unresolved, isScratch } = buildModel(text).stages[stage]!.image;
  return { registry, repository, tag, digest, resolved, isResolved, unresolved, isScratch };
};

describe('FROM image after variable resolution', () => {
  it('splits a literal reference', () => {
    expect(image('FROM registry.example.com:5000/team/app:1.2@sha256:abc')).toEqual({
      registry: 'registry.example.com:5000', repository: 'team/app', tag: '1.2', digest: 'sha256:abc',
      resolved: 'registry.example.com:5000/team/app:1.2@sha256:abc', isResolved: true, unresolved: [], isScratch: false,
    });
  });

  it('does not take a registry port for a tag', () => {
    expect(image('FROM localhost:5000/app')).toMatchObject({ registry: 'localhost:5000', repository: 'app', tag: undefined });
  });

  it('resolves the tag from a global ARG default', () => {
    expect(image('ARG TAG=3.12\nFROM python:${TAG}')).toMatchObject({ repository: 'python', tag: '3.12', isResolved: true });
  });

  it('resolves the whole image from a global ARG default', () => {
    expect(image('ARG IMAGE=python:3.12\nFROM $IMAGE')).toMatchObject({ repository: 'python', tag: '3.12', resolved: 'python:3.12' });
  });

  it('uses the `:-` fallback of an undeclared variable but still lists it', () => {
    expect(image('FROM node:${NODE:-22}')).toMatchObject({ tag: '22', isResolved: false, unresolved: ['NODE'] });
  });

  it('keeps an ARG without default unresolved, as written', () => {
    expect(image('ARG TAG\nFROM python:${TAG}')).toMatchObject({ tag: '${TAG}', resolved: 'python:${TAG}', isResolved: false, unresolved: ['TAG'] });
    expect(image('ARG IMAGE\nFROM ${IMAGE}')).toMatchObject({ tag: undefined, resolved: '${IMAGE}', isResolved: false });
  });

  it('sees only global ARGs, not the ARGs of an earlier stage', () => {
    expect(image('FROM alpine:3.20\nARG TAG=1\nFROM python:${TAG}', 1)).toMatchObject({ tag: '${TAG}', isResolved: false });
  });

  it('treats platform ARGs as declared but unknown', () => {
    expect(image('FROM base-${TARGETARCH}')).toMatchObject({ resolved: 'base-${TARGETARCH}', unresolved: ['TARGETARCH'] });
  });

  it('recognises scratch in any case', () => {
    expect(image('FROM Scratch').isScratch).toBe(true);
  });
});

describe('stage parents', () => {
  const parents = (text: string) => buildModel(text).stages.map((s) => s.parent?.index);

  it('links FROM <alias> to the earlier stage, case-insensitively', () => {
    expect(parents('FROM golang:1.23 AS Build\nFROM build AS test\nFROM TEST')).toEqual([undefined, 0, 1]);
  });

  it('does not link to a stage defined later', () => {
    expect(parents('FROM build\nFROM golang:1.23 AS build')).toEqual([undefined, undefined]);
  });

  it('links through a global ARG default', () => {
    expect(parents('ARG BASE=build\nFROM golang:1.23 AS build\nFROM ${BASE}')).toEqual([undefined, 0]);
  });

  it('takes the latest definition of a duplicate alias before the FROM', () => {
    expect(parents('FROM a:1 AS x\nFROM b:1 AS x\nFROM x')).toEqual([undefined, undefined, 1]);
  });
});

describe('stage dependencies', () => {
  const dependencies = (text: string, stage: number) =>
    buildModel(text).stages[stage]!.dependencies.map((d) => ({ kind: d.kind, reference: d.reference, stage: d.stage?.index, image: d.image?.repository }));

  it('lists COPY --from and RUN --mount from= by alias and index', () => {
    const text = 'FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=build /a /a\nCOPY --from=0 /b /b\nRUN --mount=type=bind,from=BUILD,target=/c true';
    expect(dependencies(text, 1)).toEqual([
      { kind: 'copy', reference: 'build', stage: 0, image: undefined },
      { kind: 'copy', reference: '0', stage: 0, image: undefined },
      { kind: 'mount', reference: 'BUILD', stage: 0, image: undefined },
    ]);
  });

  it('resolves an alias defined later and an index of a later stage', () => {
    expect(dependencies('FROM alpine:3.20\nCOPY --from=late /a /a\nCOPY --from=1 /b /b\nFROM alpine:3.20 AS late', 0)).toEqual([
      { kind: 'copy', reference: 'late', stage: 1, image: undefined },
      { kind: 'copy', reference: '1', stage: 1, image: undefined },
    ]);
  });

  it('takes a name that matches no stage for an image', () => {
    expect(dependencies('FROM alpine:3.20\nCOPY --from=nginx:1.27 /a /a\nCOPY --from=9 /b /b', 0)).toEqual([
      { kind: 'copy', reference: 'nginx:1.27', stage: undefined, image: 'nginx' },
      { kind: 'copy', reference: '9', stage: undefined, image: '9' },
    ]);
  });

  it('points the range at the value of --from', () => {
    const [dependency] = buildModel('FROM alpine:3.20 AS a\nFROM alpine:3.20\nCOPY --link --from=a /x /x').stages[1]!.dependencies;
    expect(dependency!.range).toEqual({ start: { line: 2, character: 19 }, end: { line: 2, character: 20 } });
  });

  it('leaves out ONBUILD triggers, which run in the downstream build', () => {
    expect(dependencies('FROM alpine:3.20 AS a\nONBUILD COPY --from=a /x /x', 0)).toEqual([]);
  });

  it('ignores --from without a value', () => {
    expect(dependencies('FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from build /x /x', 1)).toEqual([]);
  });
});
