import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../model/build.js';
import { initShellParser } from '../model/shell/parser.js';
import { extractedName, extractionsOf, isTarName } from './archives.js';

beforeAll(() => initShellParser());

function extractions(script: string) {
  return extractionsOf(buildModel(`FROM x\nRUN ${script}`).instructions[1]!);
}

describe('isTarName', () => {
  it('knows tar archives, compressed or not', () => {
    expect(['a.tar', 'a.tar.gz', 'a.tar.zst', 'a.tgz', 'a.tbz2', 'a.txz'].every(isTarName)).toBe(true);
    expect(['a.gz', 'a.zip', 'a.xz', 'tar'].some(isTarName)).toBe(false);
  });
});

describe('extractionsOf', () => {
  it('reads tar -x in every spelling', () => {
    for (const run of ['tar -xzf /t/a.tgz', 'tar --extract -f /t/a.tgz', 'tar xvf /t/a.tgz', 'tar --file=/t/a.tgz --get', 'sudo tar -xf /t/a.tgz']) {
      expect(extractions(run).some((e) => extractedName(e) === 'a.tgz'), run).toBe(true);
    }
  });
  it('ignores tar that creates or lists', () => {
    expect(extractions('tar -czf /t/a.tgz /srv && tar -tf /t/a.tgz')).toEqual([]);
  });
  it('marks partial extractions', () => {
    expect(extractions('tar --strip=1 -xf a.tar').every((e) => !e.whole)).toBe(true);
    expect(extractions('tar -xOf a.tar x').every((e) => !e.whole)).toBe(true);
    expect(extractions('gunzip a.tar.gz').every((e) => e.whole)).toBe(true);
  });
});
