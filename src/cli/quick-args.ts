import { parseArgs, type ParseArgsConfig } from 'node:util';
import { FAILURE_THRESHOLDS, type FailureThreshold } from './exit-code.js';
import type { CliOptions } from './options.js';

/**
 * The everyday command lines (paths and known options, each written plainly) parsed with
 * node:util, because loading yargs costs more than linting a small file. Anything unusual
 * (--help, camelCase or abbreviated names, `--no-` forms other than these, a value that looks
 * like an option, an invalid choice) gives undefined, and yargs parses it and words any problem:
 * the results are the same (test/cli/quick-args.test.ts).
 */
const STRINGS = ['format', 'output', 'failure-threshold', 'config', 'shellcheck', 'sarif-category', 'context', 'stdin-filename', 'print-config', 'explain', 'rule', 'ignore', 'jobs', 'cache-location', 'build-arg', 'target'] as const;
const FLAGS = ['quiet', 'color', 'report-unused-ignores', 'include-suppressed', 'fix', 'unsafe-fixes', 'diff', 'cache', 'init', 'list-rules', 'version', 'lsp', 'stdio'] as const;
/** The `--no-` forms read here: of a flag, false; of --config and --shellcheck, none. */
const NEGATED = ['color', 'report-unused-ignores', 'config', 'shellcheck'] as const;
const SHORT: Readonly<Record<string, string>> = { jobs: 'j', format: 'f', output: 'o', 'failure-threshold': 't', config: 'c', quiet: 'q', version: 'v' };

const OPTIONS: ParseArgsConfig['options'] = Object.fromEntries([
  ...STRINGS.map((name) => [name, { type: 'string', multiple: true, ...(SHORT[name] ? { short: SHORT[name] } : {}) }]),
  ...FLAGS.map((name) => [name, { type: 'boolean', multiple: true, ...(SHORT[name] ? { short: SHORT[name] } : {}) }]),
  ...NEGATED.map((name) => [`no-${name}`, { type: 'boolean', multiple: true }]),
]);

type Values = Readonly<Record<string, readonly (string | boolean)[] | undefined>>;

export function quickParse(argv: readonly string[]): CliOptions | undefined {
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true }) as { values: Values; positionals: string[] });
  } catch {
    return undefined;
  }
  const strings = STRINGS.flatMap((name) => (values[name] ?? []) as string[]);
  // yargs reads `--format --quiet` or `--rule ''` its own way.
  if (strings.some((value) => value === '' || (value.startsWith('-') && value !== '-'))) return undefined;
  // `--color --no-color`: the last one wins in yargs; which one is last is not kept here.
  if (NEGATED.some((name) => values[name] && values[`no-${name}`])) return undefined;
  const text = (name: (typeof STRINGS)[number]) => (values[name] as string[] | undefined)?.at(-1);
  const flag = (name: (typeof FLAGS)[number] | (typeof NEGATED)[number]) => (values[`no-${name}`] ? false : (values[name] as boolean[] | undefined)?.at(-1));
  const threshold = text('failure-threshold');
  if (threshold !== undefined && !(FAILURE_THRESHOLDS as readonly string[]).includes(threshold)) return undefined;
  const orNone = (name: 'config' | 'shellcheck') => (values[`no-${name}`] ? false : text(name));
  return {
    paths: positionals,
    format: text('format'),
    output: text('output'),
    failureThreshold: threshold as FailureThreshold | undefined,
    quiet: flag('quiet') ?? false,
    color: flag('color'),
    context: text('context'),
    stdinFilename: text('stdin-filename'),
    listRules: flag('list-rules') ?? false,
    explain: text('explain'),
    config: orNone('config'),
    printConfig: text('print-config'),
    init: flag('init') ?? false,
    rules: (values.rule ?? []) as string[],
    ignore: (values.ignore ?? []) as string[],
    reportUnusedIgnores: flag('report-unused-ignores'),
    shellcheck: orNone('shellcheck'),
    sarifCategory: text('sarif-category'),
    includeSuppressed: flag('include-suppressed') ?? false,
    fix: flag('fix') ?? false,
    unsafeFixes: flag('unsafe-fixes') ?? false,
    diff: flag('diff') ?? false,
    jobs: text('jobs') === undefined ? undefined : Number(text('jobs')),
    cache: flag('cache') ?? false,
    cacheLocation: text('cache-location'),
    buildArgs: (values['build-arg'] ?? []) as string[],
    target: text('target'),
    lsp: flag('lsp') ?? false,
    help: false,
    version: flag('version') ?? false,
  };
}
