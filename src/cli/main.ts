import { resolve } from 'node:path';
import { runLayer } from '../config/command-line.js';
import { ConfigError } from '../config/problems.js';
import { ConfigResolver } from '../config/resolver.js';
import { allRules } from '../engine/registry.js';
import { DEFAULT_FORMAT } from '../formatters/index.js';
import { FormatterError, formatterFor, type ReportFormatter } from '../formatters/load.js';
import { STDIN } from '../files/discover.js';
import { readStdin } from '../files/read.js';
import { isDirectory } from '../files/stat.js';
import { lintFiles, type FileResult } from '../lint-files.js';
import { useColor } from './color.js';
import { EXIT, exitCodeFor, type ExitCode } from './exit-code.js';
import { explain, unknownRuleMessage } from './explain.js';
import { rulesAsJson, rulesAsTable } from './list-rules.js';
import { parseArgs, type CliOptions } from './options.js';
import { init, printConfig, reportConfigError } from './config-commands.js';
import { parseRuleFlags } from './rule-flags.js';
import { packageVersion } from './version.js';
import { writeFileAtomically } from './write-file.js';
import { errorMessage } from '../error-message.js';

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
      writeFileAtomically(options.output, text);
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
  const flags = parseRuleFlags(options.rules, options.ignore);
  if (!flags.ok) return usageError(flags.message);
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
  const result = await lintFiles(paths, {
    resolver,
    cwd: io.cwd,
    stdinFilename: options.stdinFilename,
    stdin: paths.includes(STDIN) ? await readStdin(io.stdin) : undefined,
    includeSuppressed: options.includeSuppressed,
  });
  for (const warning of result.warnings) io.stderr.write(`dflint: warning: ${warning}\n`);
  for (const error of result.errors) io.stderr.write(`dflint: ${error.path}: ${error.message}\n`);
  if (result.files.length === 0 && result.errors.length === 0) {
    io.stderr.write(`dflint: no Dockerfiles found in ${paths.join(', ')}\n`);
  }

  const results: FileResult[] = options.quiet ? result.results.map(errorsOnly) : [...result.results];
  const color = useColor({ flag: options.color ?? here.color.value, env: io.env, isTTY: io.stdout.isTTY === true, toFile: options.output !== undefined });
  let report: string;
  try {
    report = await formatter.format(results, { color, cwd: io.cwd, version: packageVersion(), rules: allRules(), category: options.sarifCategory });
  } catch (error) {
    return formatterFailure(error, io);
  }
  const written = emit(report);
  const code = exitCodeFor(results, result.errors.length);
  return written === EXIT.usage ? EXIT.usage : code;
}

/** A custom formatter that cannot be loaded, throws or returns no text: say so and exit with 2 (built-in formatters' errors are bugs, rethrown). */
function formatterFailure(error: unknown, io: CliIo): ExitCode {
  if (!(error instanceof FormatterError)) throw error;
  io.stderr.write(`dflint: ${error.message}\n`);
  return EXIT.usage;
}

/** `--quiet`: only errors, suppressed ones included (they never count for the exit code). */
function errorsOnly(result: FileResult): FileResult {
  const findings = result.findings.filter((f) => f.severity === 'error');
  if (!result.suppressed) return { ...result, findings };
  return { ...result, findings, suppressed: result.suppressed.filter((s) => s.finding.severity === 'error') };
}
