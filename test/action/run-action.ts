import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { BUNDLE_DIR } from '../../scripts/bundle/build-bundle.js';
import { readYaml } from './read-yaml.js';

const root = join(import.meta.dirname, '..', '..');

/** What a step of the Action left behind, read the way the runner reads it. */
export interface ActionRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** From the GITHUB_OUTPUT file. */
  readonly outputs: Readonly<Record<string, string>>;
  /** The GITHUB_STEP_SUMMARY file's Markdown. */
  readonly summary: string;
  /** Every workflow command on stdout that makes an annotation. */
  readonly annotations: readonly Annotation[];
}

export interface Annotation {
  readonly level: 'error' | 'warning' | 'notice';
  readonly properties: Readonly<Record<string, string>>;
  readonly message: string;
  /** The line as printed. */
  readonly line: string;
}

/**
 * Copies the committed bundle/ to a temporary folder, alone, so that the Action runs as on a
 * runner: with no node_modules and no package.json anywhere above it.
 */
export function bundledAction(): string {
  const scratch = mkdtempSync(join(tmpdir(), 'dflint-action-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  cpSync(join(root, BUNDLE_DIR), join(scratch, 'action', BUNDLE_DIR), { recursive: true });
  return join(scratch, 'action', BUNDLE_DIR, 'action.mjs');
}

const declared = readYaml<{ inputs: Record<string, { default?: string }> }>(join(root, 'action.yml')).inputs;

/** Variables of the machine running the tests that would leak into the Action (CI runs on GitHub, too). */
const LEAKING = /^(INPUT_|GITHUB_|RUNNER_|HADOLINT_|DFLINT_)|^(FORCE_COLOR|NO_COLOR|CI)$/;

/**
 * Runs the bundled Action as the runner does: every input of action.yml in an `INPUT_<NAME>`
 * variable (its default unless given), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY in fresh files, the
 * workspace in GITHUB_WORKSPACE, and another working folder, so that only GITHUB_WORKSPACE can
 * make paths relative to the repository.
 */
export function runAction(entry: string, workspace: string, inputs: Readonly<Record<string, string>> = {}, env: NodeJS.ProcessEnv = {}): Promise<ActionRun> {
  const files = mkdtempSync(join(tmpdir(), 'dflint-step-'));
  const outputFile = join(files, 'output');
  const summaryFile = join(files, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !LEAKING.test(name)));
  const given = Object.fromEntries(Object.entries(declared).map(([name, input]) => [`INPUT_${name.toUpperCase()}`, inputs[name] ?? input.default ?? '']));
  const unknown = Object.keys(inputs).filter((name) => !(name in declared));
  if (unknown.length > 0) throw new Error(`action.yml has no input ${unknown.join(', ')}`);
  const child = spawn(process.execPath, [entry], {
    cwd: files,
    env: {
      ...clean,
      ...given,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'octo/app',
      GITHUB_SHA: 'abc123',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8'); });
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
      const run = { status, stdout, stderr, outputs: parseOutputFile(read(outputFile)), summary: read(summaryFile), annotations: parseAnnotations(stdout) };
      rmSync(files, { recursive: true, force: true });
      resolve(run);
    });
  });
}

/**
 * The runner's GITHUB_OUTPUT file: `name<<DELIMITER`, the value's lines, `DELIMITER`, as
 * @actions/core writes it; `name=value` lines too.
 */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (!heredoc) {
      const equals = line.indexOf('=');
      if (equals < 0) throw new Error(`Not an output line: ${line}`);
      outputs[line.slice(0, equals)] = line.slice(equals + 1);
      continue;
    }
    const [, name, delimiter] = heredoc;
    const end = lines.indexOf(delimiter!, i + 1);
    if (end < 0) throw new Error(`No closing ${delimiter} for output ${name}`);
    outputs[name!] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}

const unescape = (value: string) => value.replace(/%(0D|0A|3A|2C|25)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** `::error file=…,line=…::message` lines, unescaped as the runner reads them. */
export function parseAnnotations(stdout: string): Annotation[] {
  return stdout.split('\n').flatMap((line) => {
    const command = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!command) return [];
    const properties = Object.fromEntries((command[2] ?? '').split(',').filter(Boolean).map((pair) => {
      const equals = pair.indexOf('=');
      return [pair.slice(0, equals), unescape(pair.slice(equals + 1))];
    }));
    return [{ level: command[1] as Annotation['level'], properties, message: unescape(command[3]!), line }];
  });
}
