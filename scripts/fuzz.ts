import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { caseFragments } from './fuzz/fragments.js';
import { lintAndFixProperty } from './fuzz/properties.js';

/**
 * `npm run fuzz -- --runs 1000000 [--seed N] [--minutes M]`: the fuzz test's property
 * (test/fuzz.test.ts), run long; `--minutes` stops it early, as a passed partial run. Prints the
 * seed, the runs, the time and the fragments used; a failure prints the smallest Dockerfile
 * found and exits with 1.
 */
const { values } = parseArgs({ options: { runs: { type: 'string', default: '100000' }, seed: { type: 'string' }, minutes: { type: 'string' } } });
const runs = Number.parseInt(values.runs, 10);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number.parseInt(values.seed, 10);
const fragments = caseFragments();
const started = process.hrtime.bigint();
const cpu = process.cpuUsage();
const limit = values.minutes === undefined ? {} : { interruptAfterTimeLimit: Number.parseFloat(values.minutes) * 60_000, markInterruptAsFailure: false };
const report = await fc.check(lintAndFixProperty(fragments), { numRuns: runs, seed, endOnFailure: true, ...limit });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const used = process.cpuUsage(cpu);
console.log(`seed ${seed}: ${report.numRuns} runs${report.interrupted ? ' (stopped by --minutes)' : ''} (${report.numSkips} skipped) from ${fragments.length} fragments in ${seconds.toFixed(0)} s wall, ${((used.user + used.system) / 1e6).toFixed(0)} s CPU, ${((seconds * 1000) / Math.max(1, report.numRuns)).toFixed(2)} ms per run`);
if (report.failed) {
  console.error(fc.defaultReportMessage(report));
  console.error(report.errorInstance);
  process.exit(1);
}
