import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../src/rule-set.js';
import { INTERNAL_ERROR } from '../src/engine/run.js';
import type { Finding } from '../src/engine/types.js';
import { corpusDir, expectNone, hasCorpus, readManifest, sharedCorpusWithoutUnusedIgnores, type Outcome } from './support/corpus.js';
import { renderFindingsSnapshot } from './support/findings-snapshot.js';

/**
 * Files hadolint parses but BuildKit rejects, so a syntax finding on them is right. Each entry
 * says what BuildKit reports.
 */
const BUILDKIT_REJECTS = new Map<string, string>([
  [
    'files/moby__buildkit/frontend__dockerfile__parser__testfiles-negative__shykes-nested-json__Dockerfile',
    'a JSON array holding an array: BuildKit fails with "arrays must be comprised of strings only" (one of its own negative parser tests)',
  ],
  [
    'files/nicholasdille__docker-setup/tools__npm__Dockerfile.template',
    'a COPY heredoc that is never terminated: BuildKit fails with "unterminated heredoc"',
  ],
  [
    'files/vimagick__dockerfiles/obs-web-arm__Dockerfile',
    '`COPY --from build ...` writes the stage after a space: BuildKit fails with "missing a value on flag: --from"',
  ],
  [
    'files/sclorg__s2i-python-container/3.12__test__from-dockerfile__Dockerfile_no_s2i.tpl',
    '`FROM #IMAGE_NAME# # Replaced by sed…` has five arguments: BuildKit fails with "FROM requires either one or three arguments"',
  ],
  [
    'files/sclorg__s2i-python-container/src__test__from-dockerfile__Dockerfile.tpl',
    '`FROM #IMAGE_NAME# # Replaced by sed…` has five arguments: BuildKit fails with "FROM requires either one or three arguments"',
  ],
]);

/** A file that takes longer than this is treated as a hang (the whole corpus takes seconds). */
const SLOW_FILE_MS = 5_000;

/** Files hadolint 2.15.1 parsed: those without a DL1000 finding. */
function readHadolintParsed(): Set<string> {
  const parsed = new Set<string>();
  for (const line of readFileSync(join(corpusDir, 'hadolint-2.15.1.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const entry = JSON.parse(line) as { file: string; findings: ReadonlyArray<{ code: string }> };
    if (!entry.findings.some((f) => f.code === 'DL1000')) parsed.add(entry.file);
  }
  return parsed;
}

/** Whether a finding's range lies inside the file and starts before it ends. */
function insideFile(f: Finding, lines: readonly string[]): boolean {
  const fits = (line: number, column: number) => line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1]!.length + 1;
  const ordered = f.line < f.endLine || (f.line === f.endLine && f.column <= f.endColumn);
  return fits(f.line, f.column) && fits(f.endLine, f.endColumn) && ordered;
}

if (!hasCorpus()) {
  const reason = `skipped: no corpus at ${corpusDir} (MANIFEST.tsv not found)`;
  console.warn(`corpus tests ${reason}`);
  describe('corpus', () => {
    it.skip(reason, () => {});
  });
} else {
  describe('corpus: every file of ../shared/corpus with every rule', () => {
    const files = readManifest();
    const outcomes: Outcome[] = [];

    beforeAll(async () => {
      outcomes.push(...(await sharedCorpusWithoutUnusedIgnores()));
    }, 180_000);

    // Every change in what dflint reports must be reviewed: `npm run snapshot` rewrites the file.
    it('reports what the committed snapshot of findings lists', async () => {
      await expect(renderFindingsSnapshot(outcomes)).toMatchFileSnapshot('snapshots/corpus-findings.txt');
    });

    it('lints every file without throwing', () => {
      expect(outcomes).toHaveLength(files.length);
      expectNone(outcomes.filter((o) => o.error).map((o) => `${o.file}: ${o.error}`), 'files threw');
    });

    it(`reports no ${INTERNAL_ERROR.code} ${INTERNAL_ERROR.name}`, () => {
      const crashes = outcomes.flatMap((o) => o.findings.filter((f) => f.code === INTERNAL_ERROR.code).map((f) => `${o.file}: ${f.message}`));
      expectNone(crashes, 'rule crashes');
    });

    it(`takes less than ${SLOW_FILE_MS} ms on every file`, () => {
      expectNone(outcomes.filter((o) => o.ms > SLOW_FILE_MS).map((o) => `${o.file}: ${Math.round(o.ms)} ms`), 'slow files');
    });

    it('reports ranges inside the file', () => {
      const outside = outcomes.flatMap((o) =>
        o.findings.filter((f) => !insideFile(f, o.lines)).map((f) => `${o.file}: ${f.code} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`),
      );
      expectNone(outside, 'findings outside the file');
    });

    it('reports no syntax finding (rules aliased DL1000) on a file hadolint parses, unless BuildKit rejects it', () => {
      const syntaxCodes = new Set(allRules().filter((r) => r.aliases.some((a) => a.toUpperCase() === 'DL1000')).map((r) => r.code));
      const parsed = readHadolintParsed();
      const unexpected = outcomes
        .filter((o) => parsed.has(o.file) && !BUILDKIT_REJECTS.has(o.file))
        .flatMap((o) => o.findings.filter((f) => syntaxCodes.has(f.code)).map((f) => `${o.file}:${f.line}:${f.column} ${f.code} ${f.message}`));
      expectNone(unexpected, 'syntax findings on files hadolint and BuildKit accept');
    });

    it('allows only files of the manifest that hadolint parses', () => {
      const parsed = readHadolintParsed();
      expect([...BUILDKIT_REJECTS.keys()].filter((file) => !files.includes(file) || !parsed.has(file))).toEqual([]);
    });
  });
}
