import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dflint } from './run-cli.js';
import { tempTree } from './temp-tree.js';

/** `--format json` findings of BuildKit checks (and DF5001) as `CODE@line:column severity`. */
function found(stdout: string): string[] {
  const report = JSON.parse(stdout) as Array<{ code: string; line: number; column: number; severity: string }>;
  return report.filter((f) => ['DL3025', 'DF2010', 'DF5001'].includes(f.code)).map((f) => `${f.code}@${f.line}:${f.column} ${f.severity}`);
}

// A stable BuildKit check (DL3025 JSONArgsRecommended, a warning) and the experimental one (DF2010).
const CHECKED = '# Base stage\nFROM alpine:3.20 AS base\nCMD node app.js\n';
// The app stage runs as root; the hardened one, which is last, does not.
const STAGES = 'FROM node:22-slim AS app\nCOPY . /app\nCMD ["node", "/app/server.js"]\n\nFROM node:22-slim AS hardened\nCOPY --from=app /app /app\nUSER 10001\nCMD ["node", "/app/server.js"]\n';

describe('--build-arg BUILDKIT_DOCKERFILE_CHECK and the environment variable', () => {
  const tree = tempTree({
    'check/Dockerfile': CHECKED,
    'check/.dflint.yaml': 'buildArgs:\n  BUILDKIT_DOCKERFILE_CHECK: "experimental=all"\n',
    'plain/Dockerfile': CHECKED,
  });
  const plain = join(tree, 'plain', 'Dockerfile');
  const notRoot = (findings: string[]) => findings.filter((f) => !f.startsWith('DF5001'));

  it('error=true makes the BuildKit checks errors: exit 1 even at --failure-threshold error', async () => {
    const run = await dflint(['-f', 'json', '-t', 'error', '--ignore', 'DF5001', '--build-arg', 'BUILDKIT_DOCKERFILE_CHECK=error=true', plain]);
    expect(run.status).toBe(1);
    expect(found(run.stdout)).toEqual(['DL3025@3:5 error']);
    expect((await dflint(['-f', 'json', '-t', 'error', '--ignore', 'DF5001', plain])).status).toBe(0);
  });

  it('reads the environment variable, below the config and --build-arg', async () => {
    const env = { BUILDKIT_DOCKERFILE_CHECK: 'skip=JSONArgsRecommended' };
    expect(notRoot(found((await dflint(['-f', 'json', plain], { env })).stdout))).toEqual([]);
    // The config file's buildArgs win over the environment...
    expect(notRoot(found((await dflint(['-f', 'json', join(tree, 'check', 'Dockerfile')], { env })).stdout))).toEqual(['DF2010@2:21 info', 'DL3025@3:5 warning']);
    // ...and --build-arg over both.
    expect(notRoot(found((await dflint(['-f', 'json', '--build-arg', 'BUILDKIT_DOCKERFILE_CHECK=error=true', plain], { env })).stdout))).toEqual(['DL3025@3:5 error']);
  });

  it('takes a bare --build-arg NAME from the environment, as docker build does', async () => {
    const run = await dflint(['-f', 'json', '--build-arg', 'BUILDKIT_DOCKERFILE_CHECK', plain], { env: { BUILDKIT_DOCKERFILE_CHECK: 'skip=all' } });
    expect(notRoot(found(run.stdout))).toEqual([]);
  });

  it('refuses values BuildKit refuses, with exit 2', async () => {
    const flag = await dflint(['--build-arg', 'BUILDKIT_DOCKERFILE_CHECK=error=yes', plain]);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain('--build-arg BUILDKIT_DOCKERFILE_CHECK=error=yes: Invalid check option `error=yes`: `error` takes `true` or `false`');
    const env = await dflint([plain], { env: { BUILDKIT_DOCKERFILE_CHECK: 'nonsense' } });
    expect(env.status).toBe(2);
    expect(env.stderr).toContain('environment variable BUILDKIT_DOCKERFILE_CHECK');
    expect((await dflint(['--build-arg', '=1', plain])).stderr).toContain('--build-arg =1: expected NAME=VALUE');
  });
});

describe('--target and the config target', () => {
  const tree = tempTree({
    'Dockerfile': STAGES,
    'configured/Dockerfile': STAGES,
    'configured/.dflint.yaml': 'target: app\n',
  });
  const file = join(tree, 'Dockerfile');
  const args = ['-f', 'json', '--rule', 'DL3002:warning,DF5001:warning'];

  it('judges the last stage by default and the target stage when given', async () => {
    const last = await dflint([...args, file]);
    expect(found(last.stdout).filter((f) => f.startsWith('DF5001'))).toEqual([]);
    const target = await dflint([...args, '--target', 'app', file]);
    expect(found(target.stdout).filter((f) => f.startsWith('DF5001'))).toEqual(['DF5001@1:6 warning']);
  });

  it('reads the target from the config, and --target wins over it', async () => {
    const configured = join(tree, 'configured', 'Dockerfile');
    expect(found((await dflint([...args, configured])).stdout).filter((f) => f.startsWith('DF5001'))).toEqual(['DF5001@1:6 warning']);
    expect(found((await dflint([...args, '--target', 'hardened', configured])).stdout).filter((f) => f.startsWith('DF5001'))).toEqual([]);
  });

  it('fails a target no stage has with exit 2, naming the stages', async () => {
    const run = await dflint(['--target', 'release', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('target stage "release" could not be found; the stages are "app", "hardened"');
  });

  it('keeps cached results apart per target', async () => {
    const cache = join(tree, 'cache.json');
    const cached = ['--cache', '--cache-location', cache, ...args];
    expect(found((await dflint([...cached, file])).stdout).filter((f) => f.startsWith('DF5001'))).toEqual([]);
    expect(found((await dflint([...cached, '--target', 'app', file])).stdout).filter((f) => f.startsWith('DF5001'))).toEqual(['DF5001@1:6 warning']);
    expect(found((await dflint([...cached, '--build-arg', 'BUILDKIT_DOCKERFILE_CHECK=error=true', '--target', 'app', file])).stdout).filter((f) => f.startsWith('DF5001'))).toEqual(['DF5001@1:6 warning']);
  });
});
