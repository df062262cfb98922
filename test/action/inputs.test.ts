import { describe, expect, it } from 'vitest';
import { INPUT_DEFAULTS, inputVariable, readInputs, splitPaths, type ActionInputs } from '../../src/action/inputs.js';

/** The environment GitHub gives an action: every input, with action.yml's defaults for the ones not set. */
function env(inputs: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const all = { ...INPUT_DEFAULTS, ...inputs };
  return Object.fromEntries(Object.entries(all).map(([name, value]) => [inputVariable(name), value]));
}

function inputs(values: Readonly<Record<string, string>>): ActionInputs {
  const read = readInputs(env(values));
  if (!read.ok) throw new Error(read.problems.join('\n'));
  return read.inputs;
}

function problems(values: Readonly<Record<string, string>>): readonly string[] {
  const read = readInputs(env(values));
  return read.ok ? [] : read.problems;
}

describe('inputVariable', () => {
  it('names variables as the runner does: upper case, spaces made _, hyphens kept', () => {
    expect(inputVariable('paths')).toBe('INPUT_PATHS');
    expect(inputVariable('failure-threshold')).toBe('INPUT_FAILURE-THRESHOLD');
    expect(inputVariable('a name')).toBe('INPUT_A_NAME');
  });
});

describe('splitPaths', () => {
  it('takes one path per line, so that a path may hold spaces', () => {
    expect(splitPaths('services/api\n  my folder/Dockerfile  \n\n*.Dockerfile\n')).toEqual(['services/api', 'my folder/Dockerfile', '*.Dockerfile']);
    expect(splitPaths('a\r\nb')).toEqual(['a', 'b']);
  });

  it('splits a single line at spaces', () => {
    expect(splitPaths('  Dockerfile  docker/*.Dockerfile ')).toEqual(['Dockerfile', 'docker/*.Dockerfile']);
    expect(splitPaths('')).toEqual([]);
  });
});

describe('readInputs', () => {
  it('gives the defaults when nothing is set, as GitHub passes them', () => {
    expect(inputs({})).toEqual({
      paths: ['.'],
      config: undefined,
      report: undefined,
      failureThreshold: undefined,
      sarifFile: 'dflint.sarif',
      category: undefined,
      noFail: false,
      buildArgs: undefined,
      target: undefined,
    });
  });

  it('applies the defaults to absent variables too (a run outside GitHub)', () => {
    expect(readInputs({})).toEqual(readInputs(env({})));
  });

  it('reads every input, trimmed', () => {
    expect(inputs({
      paths: ' Dockerfile\nservices/ ',
      config: ' ci/.dflint.yaml ',
      format: 'json',
      'output-file': 'reports/dflint.json',
      'failure-threshold': 'warning',
      'sarif-file': 'out/x.sarif',
      category: 'dockerfiles',
      'no-fail': 'True',
      'build-args': ' VARIANT=slim \nGREETING=hello world\n',
      target: ' release ',
    })).toEqual({
      paths: ['Dockerfile', 'services/'],
      config: 'ci/.dflint.yaml',
      report: { format: 'json', file: 'reports/dflint.json' },
      failureThreshold: 'warning',
      sarifFile: 'out/x.sarif',
      category: 'dockerfiles',
      noFail: true,
      buildArgs: { VARIANT: 'slim', GREETING: 'hello world' },
      target: 'release',
    });
  });

  it('reads build-args one per line, a bare NAME from the environment, and refuses check options BuildKit refuses', () => {
    const read = readInputs({ ...env({ 'build-args': 'A=1=2\nFROM_ENV\nUNSET' }), FROM_ENV: 'yes' });
    expect(read.ok && read.inputs.buildArgs).toEqual({ A: '1=2', FROM_ENV: 'yes' });
    expect(problems({ 'build-args': 'BUILDKIT_DOCKERFILE_CHECK=skip' })).toEqual([
      'build-args: BUILDKIT_DOCKERFILE_CHECK=skip: Invalid check option `skip`: BuildKit expects `skip=`, `error=` or `experimental=` (BuildKit refuses the build)',
    ]);
    expect(problems({ 'build-args': '=value' })).toEqual(['build-args: =value: expected NAME=VALUE, or NAME to take the value of the environment variable NAME']);
  });

  it('writes no SARIF when sarif-file is set empty', () => {
    expect(inputs({ 'sarif-file': '' }).sarifFile).toBeUndefined();
  });

  it('takes an empty paths or no-fail (a workflow passing an unset variable on) as the default', () => {
    expect(inputs({ paths: ' ', 'no-fail': '' })).toMatchObject({ paths: ['.'], noFail: false });
  });

  it('prints a report to the log when format has no output-file', () => {
    expect(inputs({ format: 'stylish' }).report).toEqual({ format: 'stylish', file: undefined });
  });

  it('accepts every failure threshold', () => {
    for (const threshold of ['error', 'warning', 'info', 'style', 'none']) {
      expect(inputs({ 'failure-threshold': threshold }).failureThreshold).toBe(threshold);
    }
  });

  it('reports every wrong input at once, naming the input and the choices', () => {
    const found = problems({ 'failure-threshold': 'high', format: 'html', 'no-fail': 'yes' });
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^format: unknown format `html`; choose one of stylish, json\b/);
    expect(found[1]).toBe('failure-threshold: unknown value `high`; choose one of error, warning, info, style, none');
    expect(found[2]).toBe('no-fail: `yes` is not a boolean; use true or false');
  });

  it('needs a format for output-file, and refuses standard input', () => {
    expect(problems({ 'output-file': 'report.txt' })).toEqual(['output-file: also set `format`, the format of the report written to it']);
    expect(problems({ paths: 'Dockerfile -' })).toEqual(['paths: `-` (standard input) cannot be linted by the Action: name the files']);
  });
});
