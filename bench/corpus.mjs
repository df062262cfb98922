// Lints the whole corpus (../shared/corpus) in one process with the built dist and reports CPU
// and wall time per file, peak RSS and the cold start of the CLI on one small file. The peer,
// measured in the same run, is parsing alone with dockerfile-ast (the parser dflint builds on).
//
//   npm run bench:in-process               build, then measure
//   node bench/corpus.mjs [--rounds N] [--cold-runs N] [--shellcheck] [--write]
//
// --shellcheck also lints the corpus once with ShellCheck on every RUN script (the shellcheck on
// PATH), counting the CPU of the shellcheck processes too. --write also rewrites
// bench/RESULTS.md. Exits 1 when a figure is over budget.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DockerfileParser } from 'dockerfile-ast';
import { allRules } from '../dist/src/engine/registry.js';
import { lintModel } from '../dist/src/lint.js';
import { findShellcheck, runShellcheck } from '../dist/src/shellcheck/index.js';
import { buildModel } from '../dist/src/model/build.js';
import { initShellParser } from '../dist/src/model/shell/parser.js';

const BUDGET_CPU_MS_PER_FILE = 5;
const BUDGET_COLD_S = 0.3;
const HADOLINT_REFERENCE = 'hadolint 2.15.1: about 74 ms CPU per file on comparable real files, with ShellCheck built in (figure given in issue #2 of this project; hadolint cannot be installed here, so it is not measured in this run)';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const corpusDir = join(root, '..', 'shared', 'corpus');
const cliPath = join(root, 'dist', 'src', 'cli', 'bin.js');
// The committed single-file CLI that the package's bin, pre-commit and the GitHub Action run.
const bundlePath = join(root, 'bundle', 'dflint.mjs');

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    'cold-runs': { type: 'string', default: '15' },
    write: { type: 'boolean', default: false },
    shellcheck: { type: 'boolean', default: false },
  },
});
const rounds = Number(options.rounds);
const coldRuns = Number(options['cold-runs']);

if (!existsSync(join(corpusDir, 'MANIFEST.tsv'))) {
  console.error(`No corpus at ${corpusDir}: nothing to measure`);
  process.exit(2);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** CPU (user + system) and wall time of one call, in ms. */
function measure(run) {
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  run();
  const cpu = process.cpuUsage(cpu0);
  return { cpu: (cpu.user + cpu.system) / 1000, wall: performance.now() - wall0 };
}

const files = readFileSync(join(corpusDir, 'MANIFEST.tsv'), 'utf8').trimEnd().split('\n').slice(1).map((row) => row.split('\t')[0]);
const texts = files.map((file) => readFileSync(join(corpusDir, file), 'utf8'));
const loadAtStart = loadavg()[0];

const initStarted = performance.now();
await initShellParser();
const initWall = performance.now() - initStarted;

let findings = 0;
const lintAll = () => {
  findings = 0;
  texts.forEach((text, i) => {
    findings += lintModel(buildModel(text), { filename: files[i] }).length;
  });
};
const parseAll = () => {
  for (const text of texts) DockerfileParser.parse(text);
};

// Warm up both, so neither pays for the other's JIT compilation of shared code.
const warm = texts.slice(0, 300);
for (const [i, text] of warm.entries()) {
  lintModel(buildModel(text), { filename: files[i] });
  DockerfileParser.parse(text);
}

const lintRuns = [];
const parseRuns = [];
for (let round = 0; round < rounds; round++) {
  parseRuns.push(measure(parseAll));
  lintRuns.push(measure(lintAll));
}
const lint = { cpu: median(lintRuns.map((r) => r.cpu)), wall: median(lintRuns.map((r) => r.wall)) };
const parse = { cpu: median(parseRuns.map((r) => r.cpu)), wall: median(parseRuns.map((r) => r.wall)) };
const maxRssMb = process.resourceUsage().maxRSS / 1024;

function coldStart() {
  if (!existsSync(cliPath)) return { skipped: "skipped: dist/src/cli/bin.js does not exist (no CLI in this build)" };
  const dir = mkdtempSync(join(tmpdir(), 'dflint-bench-'));
  const small = join(dir, 'Dockerfile');
  writeFileSync(small, 'FROM alpine:3.20\nRUN apk add --no-cache curl\nUSER nobody\nCMD ["curl", "--version"]\n');
  const time = (args) => {
    const walls = [];
    for (let i = 0; i < coldRuns; i++) {
      const started = performance.now();
      const result = spawnSync(process.execPath, args, { stdio: 'pipe' });
      if (result.error) throw result.error;
      walls.push((performance.now() - started) / 1000);
    }
    return median(walls);
  };
  try {
    return { dflint: time([cliPath, small]), bundle: existsSync(bundlePath) ? time([bundlePath, small]) : undefined, node: time(['-e', '']) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const cold = coldStart();

/** CPU of this process's ended children (user + system, ms): Linux's cutime and cstime, which Node does not expose. */
function childrenCpuMs() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
  // Fields 16 and 17 of stat(5), counted from the state field (3rd) here.
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / ticks;
}

/** One round of the whole corpus with ShellCheck: models, every RUN script in batched shellcheck processes, rules. */
async function withShellcheck() {
  const executable = findShellcheck(true);
  if (!executable) return { skipped: 'skipped: `shellcheck` is not on PATH' };
  const version = spawnSync(executable, ['--version'], { encoding: 'utf8' }).stdout.match(/version: (\S+)/)?.[1] ?? 'unknown';
  const children0 = childrenCpuMs();
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  const models = texts.map((text) => buildModel(text));
  const run = await runShellcheck(models.map((model, i) => ({ model, file: files[i], rules: {} })), { setting: executable });
  let total = 0;
  let sc = 0;
  models.forEach((model, i) => {
    const found = lintModel(model, { filename: files[i] }, run.findings[i]);
    total += found.length;
    sc += found.filter((f) => f.name === 'shellcheck').length;
  });
  const own = process.cpuUsage(cpu0);
  return {
    version,
    notice: run.notice,
    findings: total,
    shellcheckFindings: sc,
    ownCpu: (own.user + own.system) / 1000,
    childCpu: childrenCpuMs() - children0,
    wall: performance.now() - wall0,
  };
}
const shellcheck = options.shellcheck ? await withShellcheck() : undefined;

const n = files.length;
const cpuPerFile = lint.cpu / n;
const fmt = (value, digits = 2) => value.toFixed(digits);
const rows = [
  ['Corpus', `${n} files, ${allRules().length} rules, ${findings} findings`],
  ['Shell parser start-up (once)', `${fmt(initWall, 0)} ms wall`],
  [`dflint, whole corpus (median of ${rounds})`, `${fmt(lint.cpu / 1000)} s CPU, ${fmt(lint.wall / 1000)} s wall`],
  ['dflint per file', `**${fmt(cpuPerFile)} ms CPU**, ${fmt(lint.wall / n)} ms wall`],
  ['Peer: dockerfile-ast parse alone, per file', `${fmt(parse.cpu / n)} ms CPU, ${fmt(parse.wall / n)} ms wall`],
  ['dflint ÷ parse alone (CPU)', `${fmt(lint.cpu / parse.cpu, 1)}×`],
  ['Peak RSS', `${fmt(maxRssMb, 0)} MB`],
  cold.skipped
    ? ['One small file, cold CLI', cold.skipped]
    : ['One small file, cold CLI (median wall)', `**${fmt(cold.dflint, 3)} s** (node alone: ${fmt(cold.node, 3)} s, ${coldRuns} runs each)`],
  ...(cold.bundle === undefined ? [] : [['The same, bundled CLI (bundle/dflint.mjs: npm bin, pre-commit, Action)', `**${fmt(cold.bundle, 3)} s** (${fmt(cold.bundle / cold.dflint, 2)}× the dist CLI's)`]]),
  ...(shellcheck === undefined ? [] : shellcheck.skipped ? [['dflint with ShellCheck', shellcheck.skipped]] : [
    ['dflint with ShellCheck, whole corpus (1 round)', `ShellCheck ${shellcheck.version}; ${shellcheck.findings} findings, ${shellcheck.shellcheckFindings} of them ShellCheck's${shellcheck.notice ? ` (${shellcheck.notice})` : ''}; ${fmt(shellcheck.ownCpu / 1000)} s CPU in dflint + ${fmt(shellcheck.childCpu / 1000)} s CPU in shellcheck processes, ${fmt(shellcheck.wall / 1000)} s wall`],
    ['dflint with ShellCheck per file', `**${fmt((shellcheck.ownCpu + shellcheck.childCpu) / n)} ms CPU** (${fmt(shellcheck.childCpu / n)} ms of it ShellCheck), ${fmt(shellcheck.wall / n)} ms wall`],
  ]),
  ['External reference', HADOLINT_REFERENCE],
];

const verdicts = [
  [`≤ ${BUDGET_CPU_MS_PER_FILE} ms CPU per file`, cpuPerFile <= BUDGET_CPU_MS_PER_FILE],
  ...(cold.skipped ? [] : [[`≤ ${BUDGET_COLD_S} s cold for one small file`, cold.dflint <= BUDGET_COLD_S]]),
  ...(cold.bundle === undefined ? [] : [[`≤ ${BUDGET_COLD_S} s cold for one small file, bundled CLI`, cold.bundle <= BUDGET_COLD_S]]),
];

const machine = `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${process.platform}/${process.arch}, load average ${fmt(loadAtStart)} at start`;
const table = ['| Measure | Result |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
const budget = verdicts.map(([what, ok]) => `- ${what}: ${ok ? 'within budget' : '**OVER BUDGET**'}`).join('\n');

console.log(`${machine}\n\n${table}\n\nBudget:\n${budget}`);

if (options.write) {
  const command = ['node bench/corpus.mjs', ...process.argv.slice(2)].join(' ');
  const report = [
    '# Benchmark results',
    '',
    `Command: \`npm run build && ${command}\` (the same as \`npm run bench\` with \`--write\`).`,
    '',
    `Date: ${new Date().toISOString().slice(0, 10)}. Machine: ${machine}.`,
    '',
    'The benchmark reads every file of `../shared/corpus` into memory first, then lints them all in one',
    'process with the default rule set (`buildModel` + `lintModel` from `dist/`), after a warm-up on 300',
    'files. CPU is `process.cpuUsage()` (user + system) and wall is `performance.now()`, each the median of the',
    'rounds. The peer is measured in the same run: `DockerfileParser.parse` of dockerfile-ast alone on the same',
    'texts, which is a floor, since dflint parses with it and then builds its model and runs the rules. The cold',
    'figure spawns `node dist/src/cli/bin.js` on a 4-line Dockerfile and also times `node -e ""` for',
    'comparison. Peak RSS is `process.resourceUsage().maxRSS` of the benchmark process.',
    ...(shellcheck && !shellcheck.skipped ? [
      '',
      'With `--shellcheck`, the corpus is linted once more as `lintFiles` does it: every model first, then every RUN',
      'script of every file written to a temporary file and checked by a few `shellcheck` processes (one per dialect',
      'and core, at most 200 files each), then the rules with ShellCheck\'s findings. Its CPU is dflint\'s own',
      '(`process.cpuUsage()`) plus that of the ended shellcheck processes (`cutime` + `cstime` of `/proc/self/stat`,',
      'which Node does not expose). ShellCheck is the Debian package (`apt-get install shellcheck`).',
    ] : []),
    '',
    table,
    '',
    'Budget:',
    '',
    budget,
    '',
    'hadolint is not installable here, so it is not measured in this run. The machine is shared with other',
    'jobs, so expect some noise in the timings.',
    '',
  ].join('\n');
  writeFileSync(join(root, 'bench', 'RESULTS.md'), report);
  console.log('\nWrote bench/RESULTS.md');
}

if (verdicts.some(([, ok]) => !ok)) process.exitCode = 1;
