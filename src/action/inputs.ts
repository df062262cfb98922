import { readBuildArgs } from '../config/build-args.js';
import { FAILURE_THRESHOLDS, type FailureThreshold } from '../config/types.js';
import { STDIN } from '../files/discover.js';
import { formatters } from '../formatters/index.js';

/**
 * Every input the Action reads, with the default it has when the variable is absent (a run
 * outside GitHub, or a test). action.yml declares the same names and defaults; a test keeps
 * the two equal.
 */
export const INPUT_DEFAULTS = {
  paths: '.',
  config: '',
  format: '',
  'output-file': '',
  'failure-threshold': '',
  'sarif-file': 'dflint.sarif',
  category: '',
  'build-args': '',
  target: '',
  'no-fail': 'false',
} as const;

export type InputName = keyof typeof INPUT_DEFAULTS;

export interface ActionInputs {
  /** Files, folders and globs, relative to the workspace. */
  readonly paths: readonly string[];
  /** One config file for every Dockerfile; undefined: each Dockerfile's nearest one. */
  readonly config: string | undefined;
  /** An extra report: a built-in format, written to `outputFile`, or to the log when no file is given. */
  readonly report: { readonly format: string; readonly file: string | undefined } | undefined;
  /** Wins over the config files' `failureThreshold`. */
  readonly failureThreshold: FailureThreshold | undefined;
  /** Where the SARIF report goes; undefined: no SARIF. */
  readonly sarifFile: string | undefined;
  /** The code-scanning category (SARIF `automationDetails.id`). */
  readonly category: string | undefined;
  /** Report, but do not fail the step for findings. */
  readonly noFail: boolean;
  /** Build arguments by name (`build-args`, one `NAME=VALUE` per line); undefined: none. */
  readonly buildArgs: Readonly<Record<string, string>> | undefined;
  /** The stage built (`target`); undefined: the config's, else the last stage. */
  readonly target: string | undefined;
}

export type InputsRead = { readonly ok: true; readonly inputs: ActionInputs } | { readonly ok: false; readonly problems: readonly string[] };

/**
 * The variable GitHub passes an input in, named as the runner and @actions/core's `getInput`
 * name it: `INPUT_` and the name upper-cased with spaces made `_` (hyphens are kept).
 */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** YAML 1.2 core schema booleans, the only ones @actions/core's `getBooleanInput` accepts. */
const BOOLEANS: Readonly<Record<string, boolean>> = { true: true, True: true, TRUE: true, false: false, False: false, FALSE: false };

/**
 * One path per line when the value has several lines (so a path may hold spaces), otherwise
 * paths separated by spaces; blank lines and surrounding spaces are dropped.
 */
export function splitPaths(value: string): string[] {
  const lines = value.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  return lines.length === 1 ? lines[0]!.split(/\s+/) : lines;
}

/**
 * Reads and checks every input at once from the environment, so that a workflow with several
 * mistakes learns of all of them in one run. Values are trimmed, as `getInput` trims them.
 */
export function readInputs(env: NodeJS.ProcessEnv): InputsRead {
  const input = (name: InputName): string => (env[inputVariable(name)] ?? INPUT_DEFAULTS[name]).trim();
  const problems: string[] = [];

  // An empty value (a workflow passing on an unset variable) means the default, as for no-fail.
  const paths = splitPaths(input('paths') || INPUT_DEFAULTS.paths);
  if (paths.includes(STDIN)) problems.push('paths: `-` (standard input) cannot be linted by the Action: name the files');

  const format = input('format');
  const outputFile = input('output-file');
  if (format !== '' && !formatters.has(format)) {
    problems.push(`format: unknown format \`${format}\`; choose one of ${[...formatters.keys()].join(', ')}`);
  }
  if (format === '' && outputFile !== '') problems.push('output-file: also set `format`, the format of the report written to it');

  const threshold = input('failure-threshold');
  if (threshold !== '' && !(FAILURE_THRESHOLDS as readonly string[]).includes(threshold)) {
    problems.push(`failure-threshold: unknown value \`${threshold}\`; choose one of ${FAILURE_THRESHOLDS.join(', ')}`);
  }

  const noFail = BOOLEANS[input('no-fail') || INPUT_DEFAULTS['no-fail']];
  if (noFail === undefined) problems.push(`no-fail: \`${input('no-fail')}\` is not a boolean; use true or false`);

  // One argument per line: a value may hold spaces. `getInput` trims the whole input, not each line.
  const buildArgs = readBuildArgs(input('build-args').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== ''), env, 'build-args:');
  if (!buildArgs.ok) problems.push(buildArgs.message);

  if (problems.length > 0) return { ok: false, problems };
  const optional = (name: InputName) => input(name) || undefined;
  return {
    ok: true,
    inputs: {
      paths,
      config: optional('config'),
      report: format === '' ? undefined : { format, file: outputFile || undefined },
      failureThreshold: (threshold || undefined) as FailureThreshold | undefined,
      sarifFile: optional('sarif-file'),
      category: optional('category'),
      noFail: noFail!,
      buildArgs: buildArgs.ok ? buildArgs.buildArgs : undefined,
      target: optional('target'),
    },
  };
}
