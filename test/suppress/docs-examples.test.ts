import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { initShellParser } from '../../src/model/shell/parser.js';
import { at } from './support.js';

beforeAll(() => initShellParser());

const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'suppressions.md'), 'utf8');
const examples = [...doc.matchAll(/```dockerfile\n([\s\S]*?)```/g)].map((m) => m[1]!.replace(/^ {2}/gm, ''));

/** Lints an example with and without its pragmas: what the pragmas suppress. */
async function suppressedBy(text: string): Promise<string[]> {
  const kept = new Set(at(await lint(text)));
  return at(await lint(text, { disablePragmas: true })).filter((f) => !kept.has(f));
}

describe('docs/suppressions.md examples', () => {
  it('has the examples this test expects', () => {
    expect(examples).toHaveLength(6);
  });

  it('the opening example suppresses what its comments say', async () => {
    expect(await suppressedBy(examples[0]!)).toEqual(['DL3015@6:31', 'DL3008@6:42', 'DL3004@11:5']);
  });

  it('both reason forms suppress DL3006 on the FROM below', async () => {
    expect(await suppressedBy(`${examples[1]!}FROM ubuntu`)).toEqual(['DL3006@3:6']);
  });

  it('stacked pragmas above one instruction all apply', async () => {
    const findings = at(await lint(`FROM debian:12\n${examples[2]!}`));
    expect(findings.filter((f) => f.startsWith('DL3015'))).toEqual([]);
  });

  it('a pragma inside a continuation covers the next line', async () => {
    expect(await suppressedBy(`FROM debian:12\n${examples[3]!}`)).toEqual(['DL3015@4:13']);
  });

  it('the stage pragma covers the FROM line and the rest of the stage', async () => {
    expect(await suppressedBy(examples[4]!)).toEqual(['DL3006@5:6', 'DL3002@6:6']);
  });

  it('the shell pragma after an escape directive stops POSIX shell analysis', async () => {
    const findings = await lint(`${examples[5]!}RUN sudo Get-Item x\n`);
    expect(findings.filter((f) => f.code === 'DL3004')).toEqual([]);
  });
});
