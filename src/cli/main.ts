import { availableParallelism } from 'node:os';
import { resolve, sep } from 'node:path';
import { runLayer } from '../config/command-line.js';
import { ConfigError } from '../config/problems.js';
import { ConfigResolver } from '../config/resolver.js';
import { allRules } from '../rule-set.js';
import { DEFAULT_FORMAT } from '../formatters/names.js';
import { FormatterError, formatterFor, type ReportFormatter } from '../formatters/load.js';
import { STDIN } from '../files/discover.js';
import { readStdin } from '../files/read.js';
import { isDirectory } from '../files/stat.js';
import { lintFiles, type FileResult } from '../lint-files.js';
import { useColor } from './color.js';
import { countFailing, EXIT, exitCodeOf, type ExitCode } from './exit-code.js';
import { explain, unknownRuleMessage } from './explain.js';
import { rulesAsJson, rulesAsTable } from './list-rules.js';
import { parseArgs, type CliOptions } from './options.js';
import { init, printConfig, reportConfigError } from './config-commands.js';
import { parseRuleFlags } from './rule-flags.js';
import { readBuildArgs } from '../config/build-args.js';
import { packageVersion } from './version.js';
import { writeFileAtomically } from '../files/write-file.js';
import { errorMessage } from '../error-message.js';
import { addToTally, EMPTY_TALLY, plural, type Tally } from '../formatters/tally.js';
import { unifiedDiff } from './unified-diff.js';
import { reportWriter } from './report-writer.js';

export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { readonly isTTY?: boolean; readonly columns?: number };
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

const HELP_HINT = 'Run `dflint --help` for usage.';

/** Runs dflint with command-line arguments; the report goes to stdout (or `-o`), problems to stderr. */
export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const usageError = (message: string): ExitCode => {
    io.stderr.write(`dflint: ${message}\n${HELP_HINT}\n`);
    return EXIT.usage;
  };

  const parsed = await parseArgs(argv, io.stdout.columns);
  if (!parsed.ok) return usageError(parsed.message);
  const { options } = parsed;

  const emit = (text: string): ExitCode => {
    if (options.output === undefined) {
      io.stdout.write(text);
      return EXIT.ok;
    }
    try {
      writeFileAtomically(resolve(io.cwd, options.output), text);
      return EXIT.ok;
    } catch (error) {
      io.stderr.write(`dflint: cannot write ${options.output}: ${errorMessage(error)}\n`);
      return EXIT.usage;
    }
  };

  if (options.help) {
    io.stdout.write(`${await parsed.help()}\n`);
    return EXIT.ok;
  }
  if (options.lsp) {
    // The server answers until the client says exit, which ends the process.
    await (await import('./language-server.js')).startLanguageServer();
    return EXIT.ok;
  }
  if (options.version) {
    io.stdout.write(`${packageVersion()}\n`);
    return EXIT.ok;
  }
  if (options.listRules) {
    return emit(options.format === 'json' ? rulesAsJson(allRules()) : rulesAsTable(allRules()));
  }
  if (options.explain !== undefined) {
    const explanation = explain(options.explain, allRules());
    if (!explanation.found) {
      io.stderr.write(`dflint: ${unknownRuleMessage(options.explain, explanation.suggestions)}\n`);
      return EXIT.usage;
    }
    return emit(explanation.text);
  }

  if (options.init) return init(io);

  if (options.sarifCategory !== undefined && options.sarifCategory.trim() === '') return usageError('--sarif-category needs a category, such as dflint');
  if (options.jobs !== undefined && !(Number.isInteger(options.jobs) && options.jobs >= 1)) return usageError('--jobs needs a whole number of threads, 1 or more');
  const flags = parseRuleFlags(options.rules, options.ignore);
  if (!flags.ok) return usageError(flags.message);
  const buildArgs = readBuildArgs(options.buildArgs, io.env);
  if (!buildArgs.ok) return usageError(buildArgs.message);
  if (options.target !== undefined && options.target.trim() === '') return usageError('--target needs a stage name');
  if (options.context !== undefined && !isDirectory(resolve(io.cwd, options.context))) {
    return usageError(`the build context ${options.context} is not a directory`);
  }
  const resolver = new ConfigResolver({
    cwd: io.cwd,
    config: options.config,
    env: io.env,
    cli: runLayer({
      rules: flags.rules,
      ignore: flags.ignore,
      failureThreshold: options.failureThreshold,
      context: options.context === undefined ? undefined : resolve(io.cwd, options.context),
      reportUnusedIgnores: options.reportUnusedIgnores,
      shellcheck: typeof options.shellcheck === 'string' && options.shellcheck.includes('/') ? resolve(io.cwd, options.shellcheck) : options.shellcheck,
      buildArgs: buildArgs.buildArgs,
      target: options.target,
    }),
  });

  try {
    if (options.printConfig !== undefined) return emit(await printConfig(options.printConfig, options.format, resolver, io.cwd));
    const paths = options.paths.length === 0 && options.stdinFilename !== undefined ? [STDIN] : options.paths;
    if (paths.length === 0) return usageError('no Dockerfile given: pass files, folders, globs, or - to read standard input');
    if (options.stdinFilename !== undefined && !paths.includes(STDIN)) {
      return usageError('--stdin-filename names standard input, but - is not among the paths');
    }
    return await lintAndReport(paths, options, resolver, io, emit);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return reportConfigError(error, io);
  }
}

async function lintAndReport(paths: readonly string[], options: CliOptions, resolver: ConfigResolver, io: CliIo, emit: (text: string) => ExitCode): Promise<ExitCode> {
  // The format and colour are run-wide: they come from the configuration of the current folder.
  const here = await resolver.forFolder(io.cwd);
  // A name was checked by parseArgs or the config schema; a module is loaded before linting, so that a broken one fails fast.
  let formatter: ReportFormatter;
  try {
    formatter = await formatterFor(options.format ?? here.format.value ?? DEFAULT_FORMAT, io.cwd);
  } catch (error) {
    return formatterFailure(error, io);
  }
  const stdin = paths.includes(STDIN) ? await readStdin(io.stdin) : undefined;
  // `--fix -`: standard output carries the fixed text, and the report goes to standard error.
  const fixedStdin = options.fix && stdin !== undefined;
  const reportToStderr = fixedStdin && options.output === undefined;
  const reportStream = reportToStderr ? io.stderr : io.stdout;
  const color = useColor({
    flag: options.color ?? here.color.value,
    env: io.env,
    isTTY: (reportStream as { readonly isTTY?: boolean }).isTTY === true,
    toFile: options.output !== undefined,
  });
  const writer = reportWriter(formatter, {
    color,
    cwd: io.cwd,
    version: packageVersion(),
    rules: allRules(),
    category: options.sarifCategory,
    unsafeFixes: options.unsafeFixes,
  });
  // The report goes out file by file, except into a file (written whole at the end, atomically),
  // before standard input's fixed text, and with --diff (which prints no report).
  const held: string[] = [];
  const print = (text: string) => {
    if (text === '') return;
    if (options.output === undefined && !fixedStdin && !options.diff) reportStream.write(text);
    else held.push(text);
  };
  // Of each file the run keeps counts; the whole result only where a diff or standard input's fix needs it.
  let tally = EMPTY_TALLY;
  let failing = 0;
  const changed: FileResult[] = [];
  const result = await lintFiles(paths, {
    resolver,
    cwd: io.cwd,
    stdinFilename: options.stdinFilename,
    stdin,
    includeSuppressed: options.includeSuppressed,
    quiet: options.quiet,
    fix: options.fix || options.diff,
    unsafeFixes: options.unsafeFixes,
    dryRun: options.diff,
    jobs: options.jobs ?? availableParallelism(),
    onResult(file) {
      if (!options.diff) print(writer.file(file));
      tally = addToTally(tally, file);
      failing += countFailing([file]);
      if ((options.diff || file.stdin) && file.source !== undefined) changed.push(file);
    },
    cache: options.cache,
    cacheLocation: options.cacheLocation,
    env: io.env,
  });
  for (const warning of result.warnings) io.stderr.write(`dflint: warning: ${warning}\n`);
  for (const skipped of result.skipped) io.stderr.write(`dflint: warning: ${skipped.path}: ${skipped.message}\n`);
  for (const error of result.errors) io.stderr.write(`dflint: ${error.path}: ${error.message}\n`);
  if (result.files.length === 0 && result.errors.length === 0 && result.skipped.length === 0) {
    io.stderr.write(`dflint: no Dockerfiles found in ${paths.join(', ')}\n`);
  }
  if (options.diff) return reportDiff(changed, tally.fixed, result.errors.length, io);

  // `--fix -`: the input's own bytes when nothing could be fixed or linted, so a pipe never loses them.
  if (fixedStdin) {
    const fixed = changed.find((r) => r.stdin);
    io.stdout.write(fixed ? fixed.text : stdin);
  }
  try {
    print(await writer.end(tally));
  } catch (error) {
    return formatterFailure(error, io);
  }
  const report = held.join('');
  if (reportToStderr) io.stderr.write(report);
  const written = reportToStderr || options.output === undefined && !fixedStdin ? EXIT.ok : emit(report);
  if (options.fix && formatter.name !== 'stylish') io.stderr.write(fixSummary(tally, options.unsafeFixes));
  const code = exitCodeOf(failing, result.errors.length);
  return written === EXIT.usage ? EXIT.usage : code;
}

/**
 * `--diff`: each changed file's unified diff on standard output and one line on standard error;
 * exit 1 when something would change, 0 when nothing would, 2 when a path failed.
 */
function reportDiff(changed: readonly FileResult[], fixes: number, errorCount: number, io: CliIo): ExitCode {
  for (const r of changed) io.stdout.write(unifiedDiff(r.file.split(sep).join('/'), r.source!, r.text));
  io.stderr.write(changed.length === 0
    ? 'dflint: no fixes to apply\n'
    : `dflint: would apply ${plural(fixes, 'fix', 'fixes')} to ${plural(changed.length, 'file')}\n`);
  if (errorCount > 0) return EXIT.usage;
  return changed.length > 0 ? EXIT.findings : EXIT.ok;
}

/** After `--fix` with a machine format, whose output stays clean: what was fixed, on standard error. */
function fixSummary(tally: Tally, unsafeFixes: boolean): string {
  const unsafe = unsafeFixes ? 0 : tally.fixable.unsafe;
  const hint = unsafe > 0 ? ` (${plural(unsafe, 'more fix', 'more fixes')} with --fix --unsafe-fixes)` : '';
  return `dflint: ${tally.fixed} fixed, ${tally.findings} remaining${hint}\n`;
}

/** A custom formatter that cannot be loaded, throws or returns no text: say so and exit with 2 (built-in formatters' errors are bugs, rethrown). */
function formatterFailure(error: unknown, io: CliIo): ExitCode {
  if (!(error instanceof FormatterError)) throw error;
  io.stderr.write(`dflint: ${error.message}\n`);
  return EXIT.usage;
}
