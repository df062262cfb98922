import { isFormatterPath } from '../formatters/load.js';
import { FORMAT_NAMES, isFormatName } from '../formatters/names.js';
import { FAILURE_THRESHOLDS, type FailureThreshold } from './exit-code.js';
import { quickParse } from './quick-args.js';

export interface CliOptions {
  readonly paths: readonly string[];
  /** Undefined when not given: the config's `format`, else stylish. */
  readonly format: string | undefined;
  readonly output: string | undefined;
  /** Undefined when not given: each file's configured threshold, else info. */
  readonly failureThreshold: FailureThreshold | undefined;
  readonly quiet: boolean;
  readonly color: boolean | undefined;
  readonly context: string | undefined;
  readonly stdinFilename: string | undefined;
  readonly listRules: boolean;
  readonly explain: string | undefined;
  /** A config file for every Dockerfile, false for `--no-config`, undefined to search. */
  readonly config: string | false | undefined;
  readonly printConfig: string | undefined;
  readonly init: boolean;
  /** `--rule` values as given (each `CODE:SEVERITY`, or a comma list of them). */
  readonly rules: readonly string[];
  /** `--ignore` values as given (each a code, or a comma list). */
  readonly ignore: readonly string[];
  /** `--report-unused-ignores`; undefined leaves it to the config files. */
  readonly reportUnusedIgnores: boolean | undefined;
  /** `--shellcheck PATH`, or false for `--no-shellcheck`; undefined leaves it to the config files. */
  readonly shellcheck: string | false | undefined;
  /** `--sarif-category`: the code-scanning category of a SARIF report. */
  readonly sarifCategory: string | undefined;
  /** `--include-suppressed`: also report the findings inline pragmas suppressed (SARIF marks them). */
  readonly includeSuppressed: boolean;
  /** `--fix`: apply safe fixes in place, then report what remains. */
  readonly fix: boolean;
  /** `--unsafe-fixes`: with `--fix` or `--diff`, apply unsafe fixes too. */
  readonly unsafeFixes: boolean;
  /** `--diff`: print what `--fix` would change as a unified diff, write nothing. */
  readonly diff: boolean;
  /** `--jobs N`: threads that lint at once (1: none besides the main one); undefined: one per core. NaN when not a number. */
  readonly jobs: number | undefined;
  /** `--cache`: keep results between runs; `--cache-location` says where (undefined: the OS cache folder). */
  readonly cache: boolean;
  readonly cacheLocation: string | undefined;
  /** `--build-arg` values as given (each `NAME=VALUE`, or `NAME` to read the environment). */
  readonly buildArgs: readonly string[];
  /** `--target STAGE`: the stage built; undefined leaves it to the config files (else the last stage). */
  readonly target: string | undefined;
  /** `--lsp`: run the language server on standard input and output (`--stdio`, which clients add, is accepted and changes nothing). */
  readonly lsp: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

export type ParsedArgs =
  | { readonly ok: true; readonly options: CliOptions; readonly help: () => Promise<string> }
  | { readonly ok: false; readonly message: string };

/** `--format`'s help: each built-in format with its description (which loads every formatter: only for --help). */
async function formatHelp(): Promise<string> {
  const { formatters } = await import('../formatters/index.js');
  return [...formatters.values()].map((f) => `${f.name}: ${f.description}`).join('; ');
}

/** `--format` takes a built-in name or a module path, which yargs' `choices` cannot express. */
function formatProblem(format: string | undefined): string | undefined {
  if (format === undefined || isFormatName(format) || isFormatterPath(format)) return undefined;
  return `unknown format ${format}: use one of ${FORMAT_NAMES.join(', ')}, or the path of a formatter module such as ./my-formatter.js`;
}

/** Options that hold one value: the last one given wins (repeatable ones collect every value). */
const last = <T>(value: T | T[]): T => (Array.isArray(value) ? value[value.length - 1]! : value);
const lastString = (value: string | string[]): string => last(value);
const lastFlag = (value: boolean | boolean[]): boolean => last(value);

/** Parses the command line; usage problems come back as a message, never as an exit. */
export async function parseArgs(argv: readonly string[], terminalWidth: number | undefined): Promise<ParsedArgs> {
  const quick = quickParse(argv);
  const quickProblem = quick && formatProblem(quick.format);
  if (!quick || quickProblem !== undefined) return parseWithYargs(argv, terminalWidth);
  const help = async () => {
    const parsed = await parseWithYargs([], terminalWidth);
    return parsed.ok ? parsed.help() : '';
  };
  return { ok: true, options: quick, help };
}

/** Parses any command line with yargs, which also words every usage problem and renders --help. */
export async function parseWithYargs(argv: readonly string[], terminalWidth: number | undefined): Promise<ParsedArgs> {
  const { default: yargs } = await import('yargs');
  const formats = await formatHelp();
  let failure: string | undefined;
  const parser = yargs([...argv])
    .scriptName('dflint')
    .usage('Usage: $0 [options] [paths..]\n\nLint Dockerfiles: files, folders (searched for Dockerfile, *.Dockerfile, Containerfile...), globs, or - for standard input.')
    .help(false)
    .version(false)
    .parserConfiguration({ 'parse-positional-numbers': false, 'duplicate-arguments-array': true, 'flatten-duplicate-arrays': true })
    .option('format', { alias: 'f', type: 'string', requiresArg: true, coerce: lastString, describe: `Report format (${formats}; default: the config's format, else stylish), or the path of a formatter module (./my-formatter.js; see docs/formatters.md)` })
    .option('output', { alias: 'o', type: 'string', requiresArg: true, coerce: lastString, describe: 'Write the report to this file instead of standard output' })
    .option('failure-threshold', { alias: 't', type: 'string', choices: [...FAILURE_THRESHOLDS], requiresArg: true, coerce: lastString, describe: "Exit with 1 when a finding has this severity or a higher one (none: never; default: the config's, else info)" })
    .option('quiet', { alias: 'q', type: 'boolean', coerce: lastFlag, describe: 'Report errors only (the exit code then ignores the rest too)' })
    .option('color', { type: 'boolean', coerce: lastFlag, describe: 'Colour the report (default: when standard output is a terminal; honours NO_COLOR and FORCE_COLOR)' })
    .option('config', { alias: 'c', type: 'string', requiresArg: true, coerce: lastString, describe: 'Use this config file for every Dockerfile (.dflint.yaml, .dflint.json, package.json or .hadolint.yaml) instead of searching; --no-config: none' })
    .option('rule', { type: 'string', array: true, nargs: 1, requiresArg: true, describe: 'Set a rule\'s severity, winning over config files: CODE:SEVERITY (off, error, warning, info, style); repeatable, comma lists allowed' })
    .option('ignore', { type: 'string', array: true, nargs: 1, requiresArg: true, describe: 'Turn a rule off (code, name or alias), on top of the config files\' ignore lists; repeatable, comma lists allowed' })
    .option('report-unused-ignores', { type: 'boolean', coerce: lastFlag, describe: 'Report ignore pragmas that suppress nothing, and mistyped codes in them (DF0002 unused-ignore)' })
    .option('shellcheck', { type: 'string', requiresArg: true, coerce: lastString, describe: 'Check RUN scripts with this ShellCheck executable (default: `shellcheck` on PATH, when installed); --no-shellcheck: do not run ShellCheck' })
    .option('sarif-category', { type: 'string', requiresArg: true, coerce: lastString, describe: "SARIF: the code-scanning category (automationDetails.id; a trailing / is added), so several SARIF uploads for one commit don't replace each other" })
    .option('include-suppressed', { type: 'boolean', coerce: lastFlag, describe: 'SARIF: also report the findings inline pragmas suppressed, marked as suppressed (other formats leave them out)' })
    .option('fix', { type: 'boolean', coerce: lastFlag, describe: 'Apply the safe fixes in place, then report what remains (with -: print the fixed text, the report goes to standard error)' })
    .option('unsafe-fixes', { type: 'boolean', coerce: lastFlag, describe: 'With --fix or --diff: apply the unsafe fixes too (they may change what the image contains or does; see --explain CODE)' })
    .option('diff', { type: 'boolean', coerce: lastFlag, describe: 'Print the changes --fix would make as a unified diff and write nothing; exit 1 when there are any' })
    .option('jobs', { alias: 'j', type: 'string', requiresArg: true, coerce: lastString, describe: 'Lint with this many threads when there are more than a few dozen files (default: one per core; 1: no worker threads)' })
    .option('cache', { type: 'boolean', coerce: lastFlag, describe: 'Keep results between runs and lint only the files that changed (ShellCheck included); not used with --fix or --diff' })
    .option('cache-location', { type: 'string', requiresArg: true, coerce: lastString, describe: 'With --cache: the cache file, or a folder for it (default: the OS cache folder, e.g. ~/.cache/dflint)' })
    .option('build-arg', { type: 'string', array: true, nargs: 1, requiresArg: true, describe: 'A build argument, as docker build --build-arg takes it: NAME=VALUE, or NAME for the value of the environment variable NAME; repeatable. It overrides the default of a declared ARG; BUILDKIT_DOCKERFILE_CHECK replaces the # check= directive' })
    .option('target', { type: 'string', requiresArg: true, coerce: lastString, describe: "The stage built, as docker build --target names it (default: the config's target, else the last stage): the rules about the final image judge it" })
    .option('context', { type: 'string', requiresArg: true, coerce: lastString, describe: "Build context folder for every Dockerfile (default: the config's context, else each Dockerfile's folder)" })
    .option('stdin-filename', { type: 'string', requiresArg: true, coerce: lastString, describe: 'Name shown for - (standard input), also locating its build context and config file' })
    .option('print-config', { type: 'string', requiresArg: true, coerce: lastString, describe: 'Print the configuration this Dockerfile gets, with the source of each value (YAML, or JSON with --format json)' })
    .option('init', { type: 'boolean', coerce: lastFlag, describe: 'Write a commented .dflint.yaml in the current folder, or convert the .hadolint.yaml there' })
    .option('list-rules', { type: 'boolean', coerce: lastFlag, describe: 'List the rules (respects --format json)' })
    .option('explain', { type: 'string', requiresArg: true, coerce: lastString, describe: 'Show the documentation of a rule by code, name or alias' })
    .option('lsp', { type: 'boolean', coerce: lastFlag, describe: 'Run the language server on standard input and output, for editors (see docs/language-server.md); --stdio, which clients add, is accepted' })
    .option('stdio', { type: 'boolean', hidden: true, coerce: lastFlag, describe: 'With --lsp: talk over standard input and output (the only way it talks)' })
    .option('help', { alias: 'h', type: 'boolean', coerce: lastFlag, describe: 'Show this help' })
    .option('version', { alias: 'v', type: 'boolean', coerce: lastFlag, describe: 'Show the version' })
    .example('$0 Dockerfile', 'Lint one file')
    .example('$0 .', 'Lint every Dockerfile under the current folder')
    .example("$0 'services/**/Dockerfile*'", 'Lint the files a glob matches (quote it so the shell does not expand it)')
    .example('$0 - < Dockerfile', 'Lint standard input')
    .example('$0 --stdin-filename api/Dockerfile', 'Lint standard input as api/Dockerfile (api/ is its build context)')
    .example('$0 -f json -o report.json .', 'Write a JSON report')
    .example('$0 -f ./my-formatter.js .', 'Write the report with a formatter module of your own')
    .example('$0 -f sarif -o dflint.sarif .', 'Write SARIF for GitHub code scanning')
    .example('$0 --fix .', 'Apply the safe fixes to every Dockerfile under the current folder')
    .example('$0 --diff --unsafe-fixes Dockerfile', 'Show what every fix, unsafe ones included, would change')
    .example('$0 --explain DL3004', 'Explain a rule')
    .example('$0 --ignore DL3059 --rule DL3006:error .', 'Turn a rule off and raise another, over the config files')
    .example('$0 --target release --build-arg VARIANT=slim Dockerfile', 'Lint the image docker build --target release --build-arg VARIANT=slim builds')
    .example('$0 --print-config services/api/Dockerfile', 'Show the configuration a Dockerfile gets')
    .epilogue('Exit codes: 0 nothing reaches the failure threshold, 1 a finding does, 2 usage error, invalid configuration, or a path that is missing or unreadable.\n\nConfiguration: the nearest .dflint.yaml, .dflint.yml, .dflint.json, package.json "dflint" key or .hadolint.yaml above each Dockerfile (up to the repository root). See docs/configuration.md.')
    .strictOptions()
    .exitProcess(false)
    .wrap(Math.min(terminalWidth ?? 100, 120))
    .fail((message, error) => {
      failure = message ?? error?.message ?? 'Invalid arguments';
    });

  const args = await parser.parseAsync();
  failure ??= formatProblem(args.format);
  if (failure !== undefined) return { ok: false, message: failure };
  return {
    ok: true,
    help: () => parser.getHelp(),
    options: {
      paths: args._.map(String),
      format: args.format,
      output: args.output,
      failureThreshold: args['failure-threshold'] as FailureThreshold | undefined,
      quiet: args.quiet ?? false,
      color: args.color,
      context: args.context,
      stdinFilename: args['stdin-filename'],
      listRules: args['list-rules'] ?? false,
      explain: args.explain,
      config: args.config as string | false | undefined,
      printConfig: args['print-config'],
      init: args.init ?? false,
      rules: args.rule ?? [],
      ignore: args.ignore ?? [],
      reportUnusedIgnores: args['report-unused-ignores'],
      shellcheck: args.shellcheck as string | false | undefined,
      sarifCategory: args['sarif-category'],
      includeSuppressed: args['include-suppressed'] ?? false,
      fix: args.fix ?? false,
      unsafeFixes: args['unsafe-fixes'] ?? false,
      diff: args.diff ?? false,
      jobs: args.jobs === undefined ? undefined : Number(args.jobs),
      cache: args.cache ?? false,
      cacheLocation: args['cache-location'],
      buildArgs: args['build-arg'] ?? [],
      target: args.target,
      lsp: args.lsp ?? false,
      help: args.help ?? false,
      version: args.version ?? false,
    },
  };
}
