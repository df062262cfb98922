import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import { initShellParser } from '../../src/model/shell/parser.js';
import { resolveBaseStage, resolveFromStage } from '../../src/model/stage-names.js';

beforeAll(() => initShellParser());

const stages = [{ name: 'Build' }, { name: undefined }, { name: 'build' }, { name: 'runtime' }];

describe('stage references resolved as BuildKit resolves them', () => {
  it('compares names case-insensitively and maps a name to its last definition', () => {
    expect(resolveFromStage(stages, 'BUILD')).toBe(stages[2]);
    expect(resolveBaseStage(stages, 'build', 4)).toBe(stages[2]);
  });

  it('lets FROM see only the stages defined before it', () => {
    expect(resolveBaseStage(stages, 'build', 2)).toBe(stages[0]);
    expect(resolveBaseStage(stages, 'runtime', 3)).toBeUndefined();
  });

  it('reads a number in --from as a stage index, never as a name', () => {
    expect(resolveFromStage(stages, '1')).toBe(stages[1]);
    expect(resolveFromStage(stages, '7')).toBeUndefined();
    expect(resolveFromStage([{ name: '0' }, { name: 'x' }], '1')?.name).toBe('x');
  });

  it('leaves a name no stage has to an image', () => {
    expect(resolveFromStage(stages, 'alpine')).toBeUndefined();
  });
});

describe('the model uses the one resolver', () => {
  it('builds a stage on an earlier stage of that name rather than on the image', () => {
    const model = buildModel('FROM golang:1.22 AS alpine\nFROM alpine\nFROM debian AS late\nFROM node AS x\nFROM late\n');
    expect(model.stages.map((s) => s.parent?.index)).toEqual([undefined, 0, undefined, undefined, 2]);
  });

  it('does not build on a stage of that name defined later', () => {
    const model = buildModel('FROM builder\nFROM golang:1.22 AS builder\n');
    expect(model.stages[0]!.parent).toBeUndefined();
  });

  it('points --from at the last stage of a name, or at a stage by index', () => {
    const model = buildModel([
      'FROM alpine AS deps', 'FROM debian AS DEPS', 'FROM scratch',
      'COPY --from=deps /a /a', 'COPY --from=0 /b /b', 'RUN --mount=type=cache,from=Deps,target=/c true',
      'COPY --from=9 /d /d', 'COPY --from=nginx:1 /e /e',
    ].join('\n'));
    const targets = model.stages[2]!.dependencies.map((d) => d.stage?.index ?? d.image?.text);
    expect(targets).toEqual([1, 0, 1, '9', 'nginx:1']);
  });
});
