// Measures dflint as users run it: the npm bin (bundle/dflint.mjs) as a whole process, with
// `--format json` and the report sent to /dev/null, over ../shared/corpus. Each run is timed by
// GNU time (`/usr/bin/time -f '%e %U %S %M'`): wall, user + system CPU (the shellcheck processes
// dflint starts and waits for included) and peak RSS.
//
//   npm run bench                     bundle, then measure (ShellCheck off)
//   node bench/cli.mjs [--cold-runs N] [--shellcheck] [--write]
//
// Runs: one small file (cold start, next to `node -e ''`), 1,000 files, every file, and ten copies
// of the corpus in one call; two peers as processes over the same files: dockerfile-ast's parse
// alone (bench/peers/dockerfile-ast-parse.mjs) and dockerfilelint from npm
// (bench/peers/dockerfilelint.mjs, installed on first use with `npm ci` in bench/peers/dockerfilelint).
// --shellcheck also lints the whole corpus with ShellCheck twice with `--cache` in a new cache
// folder: a first run (nothing cached) and a second one (every file cached). --write rewrites bench/RESULTS.md. Exits 1 when
// a figure is over budget.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const BUDGET = { cpuMsPerFile: 1.5, peakMb: 250, tenCopiesPeakMb: 300, coldRatio: 1.6, shellcheckFirstMs: 30, shellcheckCachedMs: 3 };
const TIME = '/usr/bin/time';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const corpusFiles = join(root, '..', 'shared', 'corpus', 'files');
const bin = join(root, 'bundle', 'dflint.mjs');
const peer = join(root, 'bench', 'peers', 'dockerfile-ast-parse.mjs');
const dockerfilelint = join(root, 'bench', 'peers', 'dockerfilelint.mjs');
const dockerfilelintPackage = join(root, 'bench', 'peers', 'dockerfilelint');

const { values: options } = parseArgs({
  options: {
    'cold-runs': { type: 'string', default: '15' },
    write: { type: 'boolean', default: false },
    shellcheck: { type: 'boolean', default: false },
  },
});
const coldRuns = Number(options['cold-runs']);

for (const [what, path] of [['corpus', corpusFiles], ['npm bin (run `npm run bundle`)', bin], ['GNU time', TIME]]) {
  if (!existsSync(path)) {
    console.error(`No ${what} at ${path}: nothing to measure`);
    process.exit(2);
  }
}

// The dockerfilelint peer is pinned by its own lockfile and installed here, never by dflint's `npm ci`.
if (!existsSync(join(dockerfilelintPackage, 'node_modules', 'dockerfilelint'))) {
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', dockerfilelintPackage], { stdio: 'inherit' });
  if (install.status !== 0) {
    console.error(`Could not install the dockerfilelint peer in ${dockerfilelintPackage}`);
    process.exit(2);
  }
}

/** Every regular file under a folder, sorted, as the CLI's glob finds them. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true }).map((name) => join(dir, name)).filter((path) => statSync(path).isFile()).sort();
}

/** Wall (s), CPU (s, user + system, waited-for children included) and peak RSS (MB) of one process. */
function timed(args, env = process.env) {
  const dir = mkdtempSync(join(tmpdir(), 'dflint-bench-time-'));
  try {
    const out = join(dir, 'time');
    const run = spawnSync(TIME, ['-o', out, '-f', '%e %U %S %M', process.execPath, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    const line = readFileSync(out, 'utf8').trim().split('\n').pop();
    const [wall, user, sys, maxKb] = line.split(' ').map(Number);
    if (![wall, user, sys, maxKb].every(Number.isFinite)) throw new Error(`unreadable timing ${line}: ${run.stderr}`);
    return { wall, cpu: user + sys, peakMb: maxKb / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const all = filesUnder(corpusFiles);
const thousand = Array.from({ length: Math.min(1000, all.length) }, (_, index) => all[Math.floor(index * all.length / Math.min(1000, all.length))]);
const work = mkdtempSync(join(tmpdir(), 'dflint-bench-'));
// The bin keeps V8's compiled code in the OS cache folder (XDG_CACHE_HOME on Linux): the runs
// share one of the bench's own, filled by the first, so the user's cache plays no part.
const withCacheHome = (folder) => ({ ...process.env, XDG_CACHE_HOME: join(work, folder) });
const lint = (paths, extra = ['--no-shellcheck'], env = withCacheHome('cache-home')) => timed([bin, ...paths, '--format', 'json', ...extra], env);
try {
  const small = join(work, 'small', 'Dockerfile');
  mkdirSync(dirname(small));
  writeFileSync(small, 'FROM alpine:3.20\nRUN apk add --no-cache curl\nUSER nobody\nCMD ["curl", "--version"]\n');
  writeFileSync(join(work, 'list-all'), `${all.join('\n')}\n`);
  writeFileSync(join(work, 'list-thousand'), `${thousand.join('\n')}\n`);
  cpSync(corpusFiles, join(work, 'copies', 'c0'), { recursive: true });
  for (let copy = 1; copy < 10; copy++) cpSync(join(work, 'copies', 'c0'), join(work, 'copies', `c${copy}`), { recursive: true });

  const started = loadavg()[0];
  const coldDflint = median(Array.from({ length: coldRuns }, () => lint([small]).wall));
  // A first start: a cache folder of its own each time, so there is no compiled code to reuse.
  const firstRuns = Math.min(5, coldRuns);
  const firstDflint = median(Array.from({ length: firstRuns }, (_, run) => lint([small], undefined, withCacheHome(`empty-cache-home-${run}`)).wall));
  const coldNode = median(Array.from({ length: coldRuns }, () => timed(['-e', '']).wall));
  const one = lint([small]);
  const runs = [
    { label: '1 file', files: 1, dflint: one, peer: timed([peer, small]), dockerfilelint: timed([dockerfilelint, small]) },
    { label: '1,000 files', files: thousand.length, dflint: lint(thousand), peer: timed([peer, '--list', join(work, 'list-thousand')]), dockerfilelint: timed([dockerfilelint, '--list', join(work, 'list-thousand')]) },
    { label: 'whole corpus', files: all.length, dflint: lint([`${corpusFiles}/**/*`]), peer: timed([peer, '--list', join(work, 'list-all')]), dockerfilelint: timed([dockerfilelint, '--list', join(work, 'list-all')]) },
    { label: 'whole corpus, `--jobs 1` (no worker threads)', files: all.length, dflint: lint([`${corpusFiles}/**/*`], ['--no-shellcheck', '--jobs', '1']) },
    { label: 'ten copies of the corpus', files: all.length * 10, dflint: lint([`${join(work, 'copies')}/**/*`]) },
  ];
  const cache = ['--cache', '--cache-location', join(work, 'cache')];
  const shellcheck = options.shellcheck
    ? [['first run', lint([`${corpusFiles}/**/*`], cache)], ['second run, cached', lint([`${corpusFiles}/**/*`], cache)]]
    : [];

  const ms = (seconds, files) => (seconds * 1000 / files).toFixed(2);
  const mb = (value) => value.toFixed(0);
  const whole = runs[2].dflint;
  const tenCopies = runs[4].dflint;
  const checks = [
    [`≤ ${BUDGET.cpuMsPerFile} ms CPU per file, whole corpus`, whole.cpu * 1000 / all.length <= BUDGET.cpuMsPerFile],
    [`≤ ${BUDGET.peakMb} MB peak RSS, whole corpus`, whole.peakMb <= BUDGET.peakMb],
    [`≤ ${BUDGET.tenCopiesPeakMb} MB peak RSS, ten copies of the corpus`, tenCopies.peakMb <= BUDGET.tenCopiesPeakMb],
    ...(shellcheck.length > 0
      ? [
          [`≤ ${BUDGET.shellcheckFirstMs} ms CPU per file with ShellCheck, first run`, shellcheck[0][1].cpu * 1000 / all.length <= BUDGET.shellcheckFirstMs],
          [`≤ ${BUDGET.shellcheckCachedMs} ms CPU per file with ShellCheck, cached run`, shellcheck[1][1].cpu * 1000 / all.length <= BUDGET.shellcheckCachedMs],
        ]
      : []),
    [`≤ ${BUDGET.coldRatio}× \`node -e ''\` wall cold for one small file`, coldDflint <= BUDGET.coldRatio * coldNode],
  ];

  const table = [
    '| Run | Files | dflint CPU per file | dflint CPU | dflint wall | dflint peak RSS | dockerfile-ast parse alone: CPU per file, peak RSS | dockerfilelint: CPU per file, peak RSS | dflint ÷ dockerfilelint CPU |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...runs.map(({ label, files, dflint, peer: p, dockerfilelint: d }) => `| ${label} | ${files} | **${ms(dflint.cpu, files)} ms** | ${dflint.cpu.toFixed(2)} s | ${dflint.wall.toFixed(2)} s | **${mb(dflint.peakMb)} MB** | ${p ? `${ms(p.cpu, files)} ms, ${mb(p.peakMb)} MB` : '—'} | ${d ? `${ms(d.cpu, files)} ms, ${mb(d.peakMb)} MB` : '—'} | ${d ? `${(dflint.cpu / d.cpu).toFixed(1)}×` : '—'} |`),
  ];
  const shellcheckRows = shellcheck.map(([label, run]) => `| ShellCheck on, whole corpus, ${label} | ${all.length} | **${ms(run.cpu, all.length)} ms** | ${run.cpu.toFixed(2)} s | ${run.wall.toFixed(2)} s | **${mb(run.peakMb)} MB** | — | — | — |`);
  const report = [
    '# Benchmark results',
    '',
    `Command: \`npm run bench -- ${process.argv.slice(2).join(' ')}\` (\`npm run bundle\`, then \`node bench/cli.mjs\`).`,
    '',
    `Date: ${new Date().toISOString().slice(0, 10)}. Machine: Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${process.platform}/${process.arch}, load average ${started.toFixed(2)} at start; the machine is shared with other jobs, so expect some noise.`,
    '',
    'dflint is measured as users run it: the npm bin (`bundle/dflint.mjs`) as a whole process, one call per row, with',
    '`--format json`, the report on standard output sent to /dev/null (and `--no-shellcheck` unless said), over `../shared/corpus`. Each process is',
    "timed by GNU time (`/usr/bin/time -f '%e %U %S %M'`): wall, CPU as user + system time (including the",
    'shellcheck processes dflint starts), and peak RSS. CPU per file is the whole process (start-up included)',
    'divided by the number of files. "1,000 files" takes 1,000 files spread evenly over the sorted corpus, passed as',
    'paths; the whole corpus and its ten copies (copied into a temporary folder) are given as one glob each.',
    'dflint runs with its default of one worker thread per core unless the row says `--jobs 1`: threads cut the wall',
    'time and add CPU (each thread compiles and warms up its own copy of the code).',
    '',
    'The peers run in the same way and the same run, over the same files. `bench/peers/dockerfile-ast-parse.mjs` parses',
    'them with dockerfile-ast alone, the parser dflint builds on, so it is a floor for dflint. `bench/peers/dockerfilelint.mjs`',
    'runs dockerfilelint 1.8.0 (npm; a line-by-line linter of about 20 regular-expression checks, no shell parsing) as its',
    'CLI does, except that a file on which one of its checks throws is counted and skipped instead of ending the run',
    '(17 of the corpus files). hadolint cannot be installed here, so it is not measured.',
    '',
    ...table,
    ...shellcheckRows,
    '',
    `One small file, cold (median wall of ${coldRuns} runs): **${coldDflint.toFixed(3)} s**; \`node -e ''\` alone: ${coldNode.toFixed(3)} s (**${(coldDflint / coldNode).toFixed(2)}×**). Each run is a new process; the compile cache (docs/cli.md#compile-cache) is the one the first run of the bench filled, as it is for a user after the first start.`,
    `The first start, with an empty compile cache (median wall of ${firstRuns} runs, each with a new cache folder): ${firstDflint.toFixed(3)} s (${(firstDflint / coldNode).toFixed(2)}× \`node -e ''\`); it also writes the cache.`,
    ...(shellcheck.length > 0 ? ['', `With ShellCheck (${shellcheckVersion()}), CPU includes the shellcheck processes. Both runs pass \`--cache --cache-location\` with a folder that is new for the first run, so the first run checks every distinct script and the second finds every file in the cache.`] : []),
    '',
    'The in-process figure of earlier reports (every file read first, then `buildModel` + `lintModel` in a warm loop)',
    'is still measured by `node bench/corpus.mjs` (`npm run bench:in-process`); it leaves out start-up, file',
    'discovery, configuration, build contexts and the report, so it is not what users see.',
    '',
    'Budget:',
    '',
    ...checks.map(([label, ok]) => `- ${label}: ${ok ? 'within budget' : '**over budget**'}`),
    '',
  ].join('\n');
  process.stdout.write(report);
  if (options.write) writeFileSync(join(root, 'bench', 'RESULTS.md'), report);
  process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}

function shellcheckVersion() {
  const version = /version: (\S+)/.exec(spawnSync('shellcheck', ['--version'], { encoding: 'utf8' }).stdout ?? '')?.[1];
  return version ? `ShellCheck ${version}` : 'ShellCheck';
}
