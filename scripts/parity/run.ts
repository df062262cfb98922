import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare, parseHadolintJsonl, type ParityResult } from './compare.js';
import { lintCorpus, ruleFacts } from './lint-corpus.js';

/** hadolint's findings for every corpus file, beside MANIFEST.tsv. */
export const HADOLINT_OUTPUT = 'hadolint-2.15.1.jsonl';

/** Lints every file hadolint's output names (paths relative to the corpus folder) and compares. */
/** `rules`: the rule facts to compare against (all registered rules by default). */
export async function runParity(corpusDir: string, rules = ruleFacts()): Promise<ParityResult> {
  const hadolint = parseHadolintJsonl(readFileSync(join(corpusDir, HADOLINT_OUTPUT), 'utf8'));
  const linted = await lintCorpus(corpusDir, hadolint.map((entry) => entry.file));
  return compare(hadolint, linted, rules);
}
