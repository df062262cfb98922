import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from './package-root.js';
import { HADOLINT_OUTPUT, runParity } from './parity/run.js';
import { renderParity } from './parity/render.js';

/**
 * Lints the shared corpus with every default rule and writes docs/hadolint-parity.md: per DL code,
 * the instructions dflint and hadolint 2.15.1 both report, and those only one of them reports.
 *
 *   npm run parity                       build, then compare ../shared/corpus
 *   node dist/scripts/parity.js [--corpus DIR] [--output FILE]
 */
async function main(): Promise<number> {
  const root = packageRoot();
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: join(root, '..', 'shared', 'corpus') },
      output: { type: 'string', default: join(root, 'docs', 'hadolint-parity.md') },
    },
  });
  const corpus = resolve(values.corpus);
  if (!existsSync(join(corpus, HADOLINT_OUTPUT))) {
    console.error(`No ${HADOLINT_OUTPUT} in ${corpus}: nothing to compare`);
    return 2;
  }
  const started = performance.now();
  const result = await runParity(corpus);
  writeFileSync(values.output, renderParity(result));
  const sum = (pick: (row: (typeof result.rows)[number]) => number) => result.rows.reduce((total, row) => total + pick(row), 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Wrote ${values.output} in ${seconds} s: ${sum((r) => r.both)} both, ${sum((r) => r.hadolintOnly)} hadolint only, ${sum((r) => r.dflintOnly)} dflint only`);
  return 0;
}

process.exitCode = await main();
