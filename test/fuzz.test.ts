import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { initShellParser } from '../src/model/shell/parser.js';
import { caseFragments } from '../scripts/fuzz/fragments.js';
import { lintAndFixProperty } from '../scripts/fuzz/properties.js';

/** Enough to meet each fragment many times in many neighbourhoods, within about a minute of CPU. */
const RUNS = Number.parseInt(process.env.DFLINT_FUZZ_RUNS ?? '10000', 10);
/** A fixed seed keeps CI repeatable; `npm run fuzz` explores new ones. */
const SEED = Number.parseInt(process.env.DFLINT_FUZZ_SEED ?? '1', 10);

beforeAll(() => initShellParser());

describe('fuzzed Dockerfiles (npm run fuzz runs the same property long)', () => {
  it(`lint and fix ${RUNS} Dockerfiles made of the rules' case lines, damaged: no exception, every range inside the text`, async () => {
    await fc.assert(lintAndFixProperty(caseFragments()), { numRuns: RUNS, seed: SEED });
  }, 600_000);
});
