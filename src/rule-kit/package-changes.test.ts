import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../model/build.js';
import { initShellParser } from '../model/shell/parser.js';
import { isRemovedLater, packageInstalls, packageName, packageRemovals } from './package-changes.js';

function run(script: string) {
  return buildModel(`FROM x\nRUN ${script}`).instructions[1]!;
}

describe('package changes', () => {
  beforeAll(() => initShellParser());

  it('reads installs through wrappers, with the apk virtual package', () => {
    const installs = packageInstalls(run('sudo apk add --no-cache -t .deps gcc=12.2 && xargs apt-get install -y < list'));
    expect(installs.map((i) => [i.family, i.packages.map((w) => w.value), i.virtual])).toEqual([
      ['apk', ['gcc=12.2'], '.deps'],
      ['apt', [], undefined],
    ]);
  });

  it('reads removals, dynamic operands and auto-removal', () => {
    const removals = packageRemovals(run('apt-get purge -y --auto-remove $buildDeps && apk del .deps && dnf autoremove -y'));
    expect(removals.map((r) => [r.family, r.packages, r.dynamic, r.autoRemove])).toEqual([
      ['apt', [], true, true],
      ['apk', ['.deps'], false, false],
      ['rpm', [], false, true],
    ]);
  });

  it.each([
    ['apt-get install -y gcc && apt-get purge -y gcc', true],
    ['apt-get install -y gcc && sudo apt-get remove gcc', true],
    ['apt-get install -y gcc && apt-get purge -y make', false],
    ['apk add --virtual .deps gcc && apk del .deps', true],
    ['apk add gcc && apt-get purge -y gcc', false],
    ['apt-mark auto x; apt-get install -y gcc && apt-get purge -y --auto-remove', true],
    ['sudo apt-mark auto x; apt-get install -y gcc && apt-get autoremove -y', true],
    ['apt-get install -y gcc && apt-get purge -y --auto-remove', false],
    ['apt-get purge -y gcc && apt-get install -y gcc', false],
  ])('%s: removed later %s', (script, removed) => {
    const instruction = run(script);
    const install = packageInstalls(instruction)[0]!;
    expect(isRemovedLater(instruction, install, 'gcc')).toBe(removed);
  });

  it.each([
    ['gcc=4:12.2', 'gcc'],
    ['gcc~12', 'gcc'],
    ['"libc6:amd64"', 'libc6'],
  ])('package name of %s is %s', (word, name) => {
    expect(packageName(word)).toBe(name);
  });
});
