import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../model/build.js';
import { initShellParser } from '../model/shell/parser.js';
import { mayReachImage } from './shipping.js';

beforeAll(() => initShellParser());

const APT_LISTS = '/var/lib/apt/lists';

/** Whether the apt lists left by the RUN of the first stage may reach the image, the file ending with `last`. */
const reaches = (last: string, paths: readonly string[] = [APT_LISTS]) => {
  const model = buildModel(`FROM debian:12 AS build\nRUN apt-get update\nONBUILD RUN apt-get update\n${last}`);
  const [run, onbuild] = model.stages[0]!.instructions;
  return [mayReachImage(model, run!, paths), mayReachImage(model, onbuild!.trigger!, paths)];
};

describe('mayReachImage', () => {
  it.each([
    ['the stage is the last one', 'CMD ["x"]', true],
    ['the last stage is built on it', 'FROM build\nCMD ["x"]', true],
    ['the whole stage is copied', 'FROM scratch\nCOPY --from=build / /', true],
    ['a folder above the cache is copied', 'FROM scratch\nCOPY --from=build /var/lib /var/lib', true],
    ['a glob covering the cache is copied', 'FROM scratch\nCOPY --from=build /var/lib/* /var/lib/', true],
    ['part of the cache is copied', 'FROM scratch\nCOPY --from=build /var/lib/apt/lists/partial /tmp/', true],
    ['a path with an unknown start is copied', 'FROM scratch\nARG DIR\nCOPY --from=build ${DIR} /x', true],
    ['a path with an unknown end below a parent is copied', 'FROM scratch\nARG SUB\nCOPY --from=build /var/lib/${SUB} /x', true],
    ['only the build output is copied', 'FROM scratch\nCOPY --from=build /src/out /app', false],
    ['a sibling of the cache is copied', 'FROM scratch\nCOPY --from=build /var/lib/dpkg /var/lib/dpkg', false],
    ['a path with an unknown end elsewhere is copied', 'FROM scratch\nARG SUB\nCOPY --from=build /opt/${SUB} /x', false],
    ['nothing is taken from the stage', 'FROM scratch\nCOPY app /app', false],
  ])('%s', (_, last, expected) => {
    // ONBUILD triggers run in the images built on this one: always checked.
    expect(reaches(last)).toEqual([expected, true]);
  });

  it('takes a relative cache folder to be anywhere', () => {
    expect(reaches('FROM scratch\nCOPY --from=build /src/out /app', ['.cache/pip'])).toEqual([true, true]);
  });
});
