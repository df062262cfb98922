// Checks that linting time grows linearly with the size of a Dockerfile (issue 11): generates
// files of N instructions from a realistic mix (apt-get update/install with and without
// --no-install-recommends, WORKDIR, USER, ENV, COPY, pip/npm/apk installs, several stages with
// COPY --from) and runs the built CLI on each as a whole process, as users run it.
//
//   npx tsc -p tsconfig.json && node bench/scaling.mjs [--sizes 500,5000,50000] [--budget 12] [--keep DIR]
//
// Prints wall and CPU (user + system, of the child process) per size and the ratio of each size
// to the one ten times smaller. Exits 1 when 50,000 instructions take more than `--budget` times
// the CPU of 5,000 (the criterion: linear time plus a margin for start-up and GC).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const cliPath = join(root, 'dist', 'src', 'cli', 'bin.js');

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '500,5000,50000' },
    budget: { type: 'string', default: '12' },
    keep: { type: 'string' },
  },
});
const sizes = options.sizes.split(',').map(Number);
const budget = Number(options.budget);

/** The body of a stage, cycled through: each entry is one instruction. */
const BODY = [
  (i) => `RUN apt-get update && apt-get install -y curl=7.88.${i} ca-certificates`,
  (i) => `RUN apt-get update && apt-get install -y --no-install-recommends git=1:2.${i} && rm -rf /var/lib/apt/lists/*`,
  (i) => `WORKDIR /app/dir${i}`,
  (i) => `ENV VERSION_${i}=1.${i} PATH=/opt/bin${i}:$PATH`,
  (i) => `COPY src${i}/ ./src${i}/`,
  (i) => `RUN pip install --no-cache-dir requests==2.${i}.0 flask`,
  (i) => `RUN npm install -g typescript@5.${i}.0`,
  (i) => `RUN apk add --no-cache bash=5.${i}-r0`,
  (i) => `USER user${i % 7}`,
  (i) => `RUN cd /app && make build${i} && echo done > /tmp/log${i}`,
  (i) => `WORKDIR sub${i}`,
  (i) => `RUN apt-get install -y libssl-dev && apt-get clean`,
];
const STAGES = 8;

/** A Dockerfile of about `size` instructions: STAGES stages, each later one copying from the one before. */
function dockerfile(size) {
  const lines = ['# syntax=docker/dockerfile:1', 'ARG BASE=debian:bookworm'];
  const perStage = Math.max(1, Math.floor((size - lines.length + 1) / STAGES) - 2);
  for (let s = 0; s < STAGES; s++) {
    lines.push(s % 3 === 2 ? `FROM stage${s - 1} AS stage${s}` : `FROM \${BASE} AS stage${s}`);
    if (s > 0) lines.push(`COPY --from=stage${s - 1} /app /app`);
    for (let i = 0; i < perStage; i++) lines.push(BODY[i % BODY.length](i));
  }
  lines.push('CMD ["/app/run"]');
  return `${lines.join('\n')}\n`;
}

/** Runs the CLI on one file; wall time and the child's CPU time, in seconds. */
function lint(file) {
  // `time -f` prints the child's own user and system CPU on stderr, apart from this script's.
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, cliPath, file, '-f', 'json', '--no-shellcheck'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const wall = (performance.now() - started) / 1000;
  const [user, system, rssKb] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  if (result.status !== 0 && result.status !== 1) throw new Error(`dflint exited ${result.status}: ${result.stderr}`);
  return { wall, cpu: user + system, rssMb: rssKb / 1024 };
}

// --keep <dir> writes the generated files there and leaves them, to profile one (`node --cpu-prof`).
const dir = options.keep ?? mkdtempSync(join(tmpdir(), 'dflint-scaling-'));
mkdirSync(dir, { recursive: true });
const figures = new Map();
try {
  console.log('instructions   wall s    CPU s   peak RSS MB   CPU ratio to 10x smaller');
  for (const size of sizes) {
    const file = join(dir, `Dockerfile.${size}`);
    writeFileSync(file, dockerfile(size));
    const figure = lint(file);
    figures.set(size, figure);
    const smaller = figures.get(size / 10);
    const ratio = smaller ? (figure.cpu / smaller.cpu).toFixed(1) : '';
    console.log(`${String(size).padStart(12)} ${figure.wall.toFixed(2).padStart(8)} ${figure.cpu.toFixed(2).padStart(8)} ${figure.rssMb.toFixed(0).padStart(13)}   ${ratio}`);
  }
} finally {
  if (!options.keep) rmSync(dir, { recursive: true, force: true });
}

const small = figures.get(5000);
const large = figures.get(50000);
if (small && large) {
  const ratio = large.cpu / small.cpu;
  const verdict = ratio <= budget ? 'within' : 'OVER';
  console.log(`50,000 vs 5,000 instructions: ${ratio.toFixed(1)}x CPU (${(large.wall / small.wall).toFixed(1)}x wall), ${verdict} the budget of ${budget}x`);
  if (ratio > budget) process.exitCode = 1;
}
