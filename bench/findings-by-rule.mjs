// Counts what dflint reports on the corpus (../shared/corpus), per rule, before and after a
// change, running the CLI users run (the package's bin, bundle/dflint.mjs) as a whole process:
//   - "after" is this checkout's bundle/dflint.mjs (run `npm run bundle` first);
//   - "before" is the bundle committed at --base (a git ref), extracted to a temporary folder
//     with `git archive`: the bundle is self-contained, so no build or install is needed.
// For DL codes the table adds hadolint 2.15.1's count on the same files
// (../shared/corpus/hadolint-2.15.1.jsonl). ShellCheck is off: its findings are not ours.
//
//   npm run bundle && node bench/findings-by-rule.mjs --base <ref> [--write docs/findings-by-rule.md]
//
// Prints the Markdown table; --write also saves it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const corpusDir = join(root, '..', 'shared', 'corpus');

const { values: options } = parseArgs({ options: { base: { type: 'string' }, write: { type: 'string' } } });
if (!options.base) {
  console.error('usage: node bench/findings-by-rule.mjs --base <git ref> [--write <file.md>]');
  process.exit(2);
}

function git(...args) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
}

/** The committed bundle of a ref, extracted to a temporary folder; returns its bin. */
function bundleAt(ref, work) {
  execFileSync('sh', ['-c', `git archive "$1" bundle | tar -x -C "$2"`, 'sh', ref, work], { cwd: root });
  return join(work, 'bundle', 'dflint.mjs');
}

/** Runs one CLI over every corpus file; returns its JSON findings. */
function lintCorpus(bin) {
  const run = spawnSync(process.execPath, [bin, '--no-shellcheck', '-f', 'json', 'files/**/*'], {
    cwd: corpusDir,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (run.status === 2 || run.error) throw new Error(`${bin} failed: ${run.error?.message ?? run.stderr}`);
  return JSON.parse(run.stdout);
}

/** Per code: findings, files and the rule's name. */
function tally(findings) {
  const counts = new Map();
  for (const f of findings) {
    const entry = counts.get(f.code) ?? { findings: 0, files: new Set(), name: f.name };
    entry.findings += 1;
    entry.files.add(f.file);
    counts.set(f.code, entry);
  }
  return counts;
}

/** hadolint's findings per DL code, and the number of files it was run on. */
function hadolintCounts() {
  const counts = new Map();
  let files = 0;
  for (const line of readFileSync(join(corpusDir, 'hadolint-2.15.1.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    files += 1;
    for (const f of JSON.parse(line).findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  }
  return { counts, files };
}

const work = mkdtempSync(join(tmpdir(), 'dflint-findings-'));
try {
  const baseCommit = git('rev-parse', '--short', options.base);
  const headCommit = git('rev-parse', '--short', 'HEAD');
  const dirty = git('status', '--porcelain', '--', 'bundle') !== '';
  const before = tally(lintCorpus(bundleAt(options.base, work)));
  const after = tally(lintCorpus(join(root, 'bundle', 'dflint.mjs')));
  const hadolint = hadolintCounts();

  const codes = [...new Set([...before.keys(), ...after.keys()])].sort();
  const sum = (map) => [...map.values()].reduce((s, e) => s + e.findings, 0);
  const signed = (n) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
  const share = (n) => `${((100 * n) / hadolint.files).toFixed(1)}%`;
  const rows = codes.map((code) => {
    const b = before.get(code);
    const a = after.get(code);
    const was = b?.findings ?? 0;
    const now = a?.findings ?? 0;
    const peer = code.startsWith('DL') ? String(hadolint.counts.get(code) ?? 0) : '';
    const files = a?.files.size ?? 0;
    return `| ${code} | ${a?.name ?? b?.name} | ${was} | ${now} | ${signed(now - was)} | ${files} (${share(files)}) | ${peer} |`;
  });
  const table = [
    `Findings per rule on ../shared/corpus (${hadolint.files} files), measured by \`node bench/findings-by-rule.mjs --base ${options.base}\`:`,
    `before is the bundle committed at ${baseCommit}, after the bundle of ${headCommit}${dirty ? ' with uncommitted changes' : ''}.`,
    'Both run as `node bundle/dflint.mjs --no-shellcheck -f json \'files/**/*\'` in the corpus folder; hadolint is',
    'hadolint 2.15.1 on the same files (../shared/corpus/hadolint-2.15.1.jsonl).',
    '',
    '| Rule | Name | Before | After | Change | Files after (share) | hadolint |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    `| **All** | | ${sum(before)} | ${sum(after)} | ${signed(sum(after) - sum(before))} | | |`,
    '',
  ].join('\n');
  process.stdout.write(table);
  if (options.write) writeFileSync(join(root, options.write), table);
} finally {
  rmSync(work, { recursive: true, force: true });
}
