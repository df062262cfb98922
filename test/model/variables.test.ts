import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import { initShellParser } from '../../src/model/shell/parser.js';
import type { Model } from '../../src/model/types.js';

beforeAll(() => initShellParser());

function at(model: Model, line: number) {
  const instruction = model.instructions.find((i) => i.range.start.line === line - 1);
  if (!instruction) throw new Error(`no instruction on line ${line}`);
  return instruction;
}

describe('variable scopes', () => {
  it('global ARGs are visible to FROM but not inside a stage unless re-declared', () => {
    const model = buildModel('ARG TAG=3.12\nARG OTHER=x\nFROM python:${TAG}\nARG TAG\nRUN echo\nLABEL a=$TAG b=$OTHER');
    expect(model.stages[0]!.image.tag).toBe('3.12');
    expect(model.variables.resolve('$TAG', at(model, 5)).value).toBe('3.12');
    expect(model.variables.resolve('$OTHER', at(model, 5))).toEqual({ value: '$OTHER', unresolved: ['OTHER'] });
  });

  it('an ARG without default is unresolved', () => {
    const model = buildModel('ARG TAG\nFROM python:${TAG}');
    expect(model.stages[0]!.image.isResolved).toBe(false);
    expect(model.stages[0]!.image.unresolved).toEqual(['TAG']);
  });

  it('a value spanning lines loses its continuations and the comment lines between them, as in BuildKit', () => {
    const model = buildModel('FROM a\nENV P="\\\n    musl \\\n    git \\\n"\nARG R="\\\n  # utils\\\n  curl \\\n\n  tzdata"\nRUN true');
    expect(model.variables.lookup('P', model.instructions.at(-1)!)?.value).toBe('    musl     git ');
    expect(model.variables.lookup('R', model.instructions.at(-1)!)?.value).toBe('  curl   tzdata');
  });

  it('a value spanning lines with the backtick escape', () => {
    const model = buildModel('# escape=`\nFROM a\nENV P="a `\n  b"\nRUN true');
    expect(model.variables.lookup('P', model.instructions.at(-1)!)?.value).toBe('a   b');
  });

  it('ENV items see the values from before the instruction', () => {
    const model = buildModel('FROM a\nENV X=old\nENV X=new Y=$X\nRUN true');
    expect(model.variables.lookup('Y', at(model, 4))?.value).toBe('old');
    expect(model.variables.lookup('X', at(model, 4))?.value).toBe('new');
  });

  it('ENV and ARG are inherited through FROM <stage>, as BuildKit keeps the parent state', () => {
    const model = buildModel('FROM node:22 AS deps\nENV NODE_ENV=production\nARG LOCAL=1\nFROM deps AS build\nRUN true\nFROM node:22\nRUN true');
    const run = at(model, 5);
    expect(model.variables.lookup('NODE_ENV', run)?.value).toBe('production');
    expect(model.variables.lookup('LOCAL', run)?.value).toBe('1');
    expect(model.variables.lookup('LOCAL', at(model, 7))).toBeUndefined();
    expect(model.stages[1]!.parent?.index).toBe(0);
  });

  it('resolves values recursively at declaration', () => {
    const model = buildModel('FROM a\nARG V=1.2\nENV APP=app-${V}\nRUN true');
    expect(model.variables.resolve('${APP}', at(model, 4)).value).toBe('app-1.2');
  });

  it('FROM resolves an image built from global ARGs with modifiers', () => {
    const model = buildModel('ARG REGISTRY=registry.example.com:5000\nARG IMAGE=team/app\nFROM ${REGISTRY}/${IMAGE}:${VERSION:-1.0}@sha256:abc');
    const image = model.stages[0]!.image;
    expect(image).toMatchObject({ registry: 'registry.example.com:5000', repository: 'team/app', tag: '1.0', digest: 'sha256:abc', unresolved: ['VERSION'] });
  });

  it('platform ARGs are declared but unknown', () => {
    const model = buildModel('FROM --platform=$BUILDPLATFORM golang:1.22 AS build');
    expect(model.stages[0]!.platform).toMatchObject({ value: '$BUILDPLATFORM', resolved: '$BUILDPLATFORM' });
  });
});

describe('build args', () => {
  const args = { TAG: '3.13', LOCAL: 'given', UNDECLARED: 'x', TARGETARCH: 'arm64' };

  it('override the default of a declared global ARG, and fill one without default', () => {
    expect(buildModel('ARG TAG=3.12\nFROM python:${TAG}', { buildArgs: args }).stages[0]!.image.tag).toBe('3.13');
    expect(buildModel('ARG TAG\nFROM python:${TAG}', { buildArgs: args }).stages[0]!.image).toMatchObject({ tag: '3.13', isResolved: true });
  });

  it('override the default of an ARG declared in a stage, and reach a re-declared global ARG', () => {
    const model = buildModel('ARG TAG=3.12\nFROM python\nARG TAG\nARG LOCAL=default\nRUN true', { buildArgs: args });
    expect(model.variables.lookup('TAG', at(model, 5))?.value).toBe('3.13');
    expect(model.variables.lookup('LOCAL', at(model, 5))?.value).toBe('given');
  });

  it('do nothing for an ARG the file does not declare, in FROM or in a stage', () => {
    const model = buildModel('FROM python:${UNDECLARED}\nRUN true', { buildArgs: args });
    expect(model.stages[0]!.image.unresolved).toEqual(['UNDECLARED']);
    expect(model.variables.lookup('UNDECLARED', at(model, 2))).toBeUndefined();
  });

  it('set the predefined platform ARGs, which a stage sees only after declaring them', () => {
    const model = buildModel('FROM --platform=linux/$TARGETARCH alpine\nRUN true\nARG TARGETARCH\nRUN true', { buildArgs: args });
    expect(model.stages[0]!.platform?.resolved).toBe('linux/arm64');
    expect(model.variables.lookup('TARGETARCH', at(model, 2))).toBeUndefined();
    expect(model.variables.lookup('TARGETARCH', at(model, 4))?.value).toBe('arm64');
  });

  it('leave the predefined ARGs of unknown value without them', () => {
    const model = buildModel('FROM alpine\nARG TARGETSTAGE BUILDOSVERSION\nRUN true');
    expect(model.variables.lookup('TARGETSTAGE', at(model, 3))).toMatchObject({ value: null });
    expect(model.variables.lookup('BUILDOSVERSION', at(model, 3))).toMatchObject({ value: null });
  });
});
