import yargs from 'yargs';
import { DEFAULT_FORMAT, formatters } from '../formatters/index.js';
import { FAILURE_THRESHOLDS, type FailureThreshold } from './exit-code.js';

export interface CliOptions {
  readonly paths: readonly string[];
  readonly format: string;
  readonly output: string | undefined;
  readonly failureThreshold: FailureThreshold;
  readonly quiet: boolean;
  readonly color: boolean | undefined;
  readonly context: string | undefined;
  readonly stdinFilename: string | undefined;
  readonly listRules: boolean;
  readonly explain: string | undefined;
  readonly help: boolean;
  readonly version: boolean;
}

export type ParsedArgs =
  | { readonly ok: true; readonly options: CliOptions; readonly help: () => Promise<string> }
  | { readonly ok: false; readonly message: string };

const FORMAT_HELP = [...formatters.values()].map((f) => `${f.name}: ${f.description}`).join('; ');

/** Parses the command line; usage problems come back as a message, never as an exit. */
export async function parseArgs(argv: readonly string[], terminalWidth: number | undefined): Promise<ParsedArgs> {
  let failure: string | undefined;
  const parser = yargs([...argv])
    .scriptName('dflint')
    .usage('Usage: $0 [options] [paths..]\n\nLint Dockerfiles: files, folders (searched for Dockerfile, *.Dockerfile, Containerfile...), globs, or - for standard input.')
    .help(false)
    .version(false)
    .parserConfiguration({ 'parse-positional-numbers': false, 'duplicate-arguments-array': false })
    .option('format', { alias: 'f', type: 'string', choices: [...formatters.keys()], default: DEFAULT_FORMAT, requiresArg: true, describe: `Report format (${FORMAT_HELP})` })
    .option('output', { alias: 'o', type: 'string', requiresArg: true, describe: 'Write the report to this file instead of standard output' })
    .option('failure-threshold', { alias: 't', type: 'string', choices: [...FAILURE_THRESHOLDS], default: 'info', requiresArg: true, describe: 'Exit with 1 when a finding has this severity or a higher one (none: never)' })
    .option('quiet', { alias: 'q', type: 'boolean', describe: 'Report errors only (the exit code then ignores the rest too)' })
    .option('color', { type: 'boolean', describe: 'Colour the report (default: when standard output is a terminal; honours NO_COLOR and FORCE_COLOR)' })
    .option('context', { type: 'string', requiresArg: true, describe: "Build context folder for every Dockerfile (default: each Dockerfile's folder)" })
    .option('stdin-filename', { type: 'string', requiresArg: true, describe: 'Name shown for - (standard input), also locating its build context' })
    .option('list-rules', { type: 'boolean', describe: 'List the rules (respects --format json)' })
    .option('explain', { type: 'string', requiresArg: true, describe: 'Show the documentation of a rule by code, name or alias' })
    .option('help', { alias: 'h', type: 'boolean', describe: 'Show this help' })
    .option('version', { alias: 'v', type: 'boolean', describe: 'Show the version' })
    .example('$0 Dockerfile', 'Lint one file')
    .example('$0 .', 'Lint every Dockerfile under the current folder')
    .example("$0 'services/**/Dockerfile*'", 'Lint the files a glob matches (quote it so the shell does not expand it)')
    .example('$0 - < Dockerfile', 'Lint standard input')
    .example('$0 --stdin-filename api/Dockerfile', 'Lint standard input as api/Dockerfile (api/ is its build context)')
    .example('$0 -f json -o report.json .', 'Write a JSON report')
    .example('$0 --explain DL3004', 'Explain a rule')
    .epilogue('Exit codes: 0 nothing reaches the failure threshold, 1 a finding does, 2 usage error or a path that is missing or unreadable.')
    .strictOptions()
    .exitProcess(false)
    .wrap(Math.min(terminalWidth ?? 100, 120))
    .fail((message, error) => {
      failure = message ?? error?.message ?? 'Invalid arguments';
    });

  const args = await parser.parseAsync();
  if (failure !== undefined) return { ok: false, message: failure };
  return {
    ok: true,
    help: () => parser.getHelp(),
    options: {
      paths: args._.map(String),
      format: args.format,
      output: args.output,
      failureThreshold: args['failure-threshold'] as FailureThreshold,
      quiet: args.quiet ?? false,
      color: args.color,
      context: args.context,
      stdinFilename: args['stdin-filename'],
      listRules: args['list-rules'] ?? false,
      explain: args.explain,
      help: args.help ?? false,
      version: args.version ?? false,
    },
  };
}
