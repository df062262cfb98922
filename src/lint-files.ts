import { dirname, join, resolve } from 'node:path';
import { loadBuildContext, type BuildContext } from './engine/build-context.js';
import type { RuleConfig } from './engine/registry.js';
import type { Finding } from './engine/types.js';
import { runLayer } from './config/command-line.js';
import { lintSettingsOf, type LintSettings } from './config/effective.js';
import { ConfigError, type ConfigProblem } from './config/problems.js';
import { ConfigResolver } from './config/resolver.js';
import type { EffectiveConfig, FailureThreshold } from './config/types.js';
import { discover, STDIN, type PathError, type Source } from './files/discover.js';
import { SourceQueue } from './files/source-queue.js';
import { NOT_A_TEXT_FILE, readDockerfile, readStdin } from './files/read.js';
import { decodeDockerfile, type Decoded } from './files/decode.js';
import { invalidUtf8Finding, unsupportedEncodingFinding } from './engine/encoding-check.js';
import { compareFindings } from './engine/run.js';
import { isDirectory } from './files/stat.js';
import { lintModelWithSuppressions, modelOptionsOf } from './lint.js';
import type { Model } from './model/types.js';
import { runShellcheck, type ShellcheckSetting } from './shellcheck/index.js';
import { buildModel } from './model/build.js';
import { UnknownTargetError } from './model/targets.js';
import { CheckOptionsError } from './suppress/check-options.js';
import { initShellParser } from './model/shell/parser.js';
import type { SuppressedFinding, SuppressionResult } from './suppress/types.js';
import { fixLoop } from './fix/fix-loop.js';
import { textLinter } from './fix/fix.js';
import { describeWriteError, rewriteFileAtomically } from './files/write-file.js';
import { errorMessage } from './error-message.js';
import { detachFindings } from './engine/detach.js';
import type { CachedLint, LintCache } from './cache/lint-cache.js';

export type { PathError } from './files/discover.js';

export interface LintFilesOptions {
  /**
   * Per-rule settings by code, name or alias: a severity or `off`, or `[severity, options]`.
   * They win over config files, as the command line's `--rule` does.
   */
  readonly rules?: Readonly<Record<string, RuleConfig>>;
  /** Rules to turn off, by code, name or alias, on top of the config files' ignore lists (`--ignore`). */
  readonly ignore?: readonly string[];
  /**
   * Build arguments (`--build-arg`), by name, over the config files' `buildArgs`: they override
   * the defaults of declared ARGs; `BUILDKIT_DOCKERFILE_CHECK` replaces the `# check=` directive.
   */
  readonly buildArgs?: Readonly<Record<string, string>>;
  /** The stage built (`--target`), over the config files' `target`; a name no stage of a file has is an error for that file. */
  readonly target?: string;
  /** Report ignore pragmas that suppressed nothing (DF0002), over the config files' setting. */
  readonly reportUnusedIgnores?: boolean;
  /** The build context folder for every file; by default the config's `context`, else each Dockerfile's own folder. */
  readonly context?: string;
  /** Wins over the config files' `failureThreshold`; only read into each result's `failureThreshold`. */
  readonly failureThreshold?: FailureThreshold;
  /** Where relative paths start and what shown paths are relative to; default `process.cwd()`. */
  readonly cwd?: string;
  /** For `-`: the name shown in findings, used to locate the build context and the config file. */
  readonly stdinFilename?: string;
  /** For `-`: the text, or the bytes (decoded as a file's are), to lint; read from `process.stdin` when absent. */
  readonly stdin?: string | Uint8Array;
  /**
   * A config file for every Dockerfile (`--config`), or false to read none (`--no-config`).
   * By default each Dockerfile gets the nearest config file above it.
   */
  readonly config?: string | false;
  /** The environment the `HADOLINT_*` variables (and, with `cache`, the OS cache folder) are read from; default `process.env`. */
  readonly env?: NodeJS.ProcessEnv;
  /**
   * Check RUN scripts with ShellCheck: `true` for the `shellcheck` on PATH, an executable's path,
   * or `false`; wins over the config files' `shellcheck` (default: on when installed). When it
   * is wanted but missing, one of `warnings` says so and linting goes on.
   */
  readonly shellcheck?: boolean | string;
  /** Also keep the findings inline pragmas suppressed, in each result's `suppressed` (for SARIF). */
  readonly includeSuppressed?: boolean;
  /**
   * Fix what can be fixed, as `--fix` does: the safe fixes of the reported findings (and the
   * unsafe ones with `unsafeFixes`), in passes; each file whose text changes is rewritten
   * atomically (unless `dryRun`), and its result holds the findings that remain.
   */
  readonly fix?: boolean;
  /** With `fix`: apply unsafe fixes too (`--unsafe-fixes`). */
  readonly unsafeFixes?: boolean;
  /** With `fix`: compute the fixed texts (each result's `text`, beside its `source`) but write nothing (`--diff`). */
  readonly dryRun?: boolean;
  /**
   * Keep lint and ShellCheck results between runs (`--cache`), by content hash: an unchanged
   * file under unchanged settings, dflint and ShellCheck is not linted again. Not used with `fix`.
   */
  readonly cache?: boolean;
  /** With `cache`: the cache file, or a folder for it (`--cache-location`); default the OS cache folder. */
  readonly cacheLocation?: string;
  /** Report, and fix, only findings of severity `error` (`--quiet`). */
  readonly quiet?: boolean;
  /** A resolver to share (the CLI's); when given, `rules`, `ignore`, `context`, `failureThreshold`, `buildArgs`, `target`, `config` and `env` are its business. */
  readonly resolver?: ConfigResolver;
  /**
   * Called with each file's result as soon as it is linted, in input order (awaited before the
   * next): memory then holds no file's text or findings after its call, and the returned
   * `results` and `findings` stay empty (`files` still lists every file).
   */
  readonly onResult?: (result: FileResult) => void | Promise<void>;
  /**
   * How many threads lint files at once (default 1: this one). More than one spreads runs of
   * more than a few dozen files over worker threads; results still come in input order.
   */
  readonly jobs?: number;
}

/** What one file gave, for the loop that lints files here or in a worker thread. */
export type FileOutcome =
  | { readonly kind: 'result'; readonly result: FileResult }
  | { readonly kind: 'error'; readonly error: PathError }
  | { readonly kind: 'skipped'; readonly error: PathError };

/** One linted file with its text, which formatters need to show source lines. */
export interface FileResult {
  readonly file: string;
  /** The text the findings refer to: with `fix`, the fixed text. */
  readonly text: string;
  /** Read from standard input (`-`). */
  readonly stdin?: boolean;
  /** With `fix`, when fixing changed the file: its text before. */
  readonly source?: string;
  /** With `fix`: the findings whose fixes were applied (positions refer to the text of their pass). */
  readonly fixed?: readonly Finding[];
  readonly findings: readonly Finding[];
  /** The lowest severity that fails the run for this file, from its configuration (lintFiles always sets it; absent means `info`). */
  readonly failureThreshold?: FailureThreshold;
  /** The findings inline pragmas suppressed, each with its pragmas: only when asked for (`includeSuppressed`). */
  readonly suppressed?: readonly SuppressedFinding[];
}

export interface LintFilesResult {
  /** Every finding of every file, file by file in order, each sorted by position. */
  readonly findings: readonly Finding[];
  /** Paths that named nothing or could not be read or linted; the other files were still linted. */
  readonly errors: readonly PathError[];
  /** The files linted, as shown in findings. */
  readonly files: readonly string[];
  readonly results: readonly FileResult[];
  /** Files skipped because they are not text (binary data): each with why and what to do. */
  readonly skipped: readonly PathError[];
  /** Configuration settings that were accepted but have no effect in dflint, and ShellCheck's absence. */
  readonly warnings: readonly string[];
}

/** The resolver lintFiles uses for these options. */
function resolverFor(options: LintFilesOptions): ConfigResolver {
  if (options.resolver) return options.resolver;
  const cwd = resolve(options.cwd ?? process.cwd());
  return new ConfigResolver({
    cwd,
    config: options.config,
    env: options.env,
    cli: runLayer({
      rules: options.rules,
      ignore: options.ignore,
      failureThreshold: options.failureThreshold,
      context: options.context === undefined ? undefined : resolve(cwd, options.context),
      reportUnusedIgnores: options.reportUnusedIgnores,
      shellcheck: typeof options.shellcheck === 'string' && options.shellcheck.includes('/') ? resolve(cwd, options.shellcheck) : options.shellcheck,
      buildArgs: options.buildArgs,
      target: options.target,
    }),
  });
}

/**
 * Lints files, folders (searched for Dockerfiles), globs and `-` (standard input) in one
 * process. Every file's configuration is resolved first: an invalid config file rejects with a
 * ConfigError before any file is linted. Each file's build context (the configured one, or its
 * folder) is loaded so the `.dockerignore` rules run.
 */
export async function lintFiles(paths: readonly string[], options: LintFilesOptions = {}): Promise<LintFilesResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  if (options.context !== undefined && !isDirectory(resolve(cwd, options.context))) {
    throw new Error(`The build context \`${options.context}\` is not a directory`);
  }
  const resolver = resolverFor(options); // rejects unknown rule ids before any work
  const { queue, errors: pathErrors, parallel } = await discoverToLint(paths, resolver, options, cwd);
  const errors: PathError[] = [...pathErrors];
  const skipped: PathError[] = [];
  const results: FileResult[] = [];
  const files: string[] = [];
  const notices = new Set<string>();
  const take = async (outcome: FileOutcome) => {
    if (outcome.kind === 'error') errors.push(outcome.error);
    else if (outcome.kind === 'skipped') skipped.push(outcome.error);
    else {
      files.push(outcome.result.file);
      if (options.onResult) await options.onResult(outcome.result);
      else results.push(outcome.result);
    }
  };
  const workerNotices = parallel
    ? await (await import('./lint-parallel.js')).lintInWorkers(queue, resolver, optionsForWorkers(options, cwd), options.jobs!, take, async (chunk) => {
      const outcomes: FileOutcome[] = [];
      const chunkNotices = await lintSources(new SourceQueue([...chunk]), resolver, options, cwd, async (outcome) => {
        outcomes.push(outcome);
      });
      return { outcomes, notices: chunkNotices };
    })
    : await lintSources(queue, resolver, options, cwd, take);
  for (const notice of workerNotices) notices.add(notice);

  return {
    findings: results.flatMap((r) => r.findings),
    errors,
    files,
    results,
    skipped,
    warnings: [...resolver.warnings(), ...notices],
  };
}

/**
 * The files to lint, in a queue that forgets each once it is linted, after checking every
 * config file they use: an invalid one rejects with a ConfigError before any file is linted.
 */
async function discoverToLint(paths: readonly string[], resolver: ConfigResolver, options: LintFilesOptions, cwd: string): Promise<{ queue: SourceQueue; errors: readonly PathError[]; parallel: boolean }> {
  const { sources, errors } = discover(paths, cwd);
  await checkConfigs(sources, resolver, cwd, options.stdinFilename);
  // One process writes the cache file: with `cache`, files are linted in this thread (a cached
  // run is fast, and ShellCheck, the cost of a first run, runs in parallel processes anyway).
  const parallel = (options.jobs ?? 1) > 1 && !options.cache && sources.length >= PARALLEL_FROM && sources.every((source) => source.kind === 'file');
  return { queue: new SourceQueue([...sources]), errors, parallel };
}

/**
 * Loads every config file the sources use, once per folder (a config file's problems depend on
 * the folder, not the file), and throws all their problems at once in one ConfigError.
 */
async function checkConfigs(sources: readonly Source[], resolver: ConfigResolver, cwd: string, stdinFilename: string | undefined): Promise<void> {
  const folders = new Set<string>();
  for (const source of sources) {
    if (source.kind === 'file') folders.add(dirname(source.absolute));
    else folders.add(stdinFilename === undefined ? cwd : dirname(resolve(cwd, stdinFilename)));
  }
  throwProblems(await Promise.allSettled([...folders].map((folder) => resolver.forFolder(folder))));
}

/** Below this many files, starting worker threads costs more than it saves. */
const PARALLEL_FROM = 48;

/** What a worker thread needs of the options: plain data (the resolver is rebuilt from its own options). */
export type WorkerOptions = Omit<LintFilesOptions, 'resolver' | 'onResult' | 'stdin' | 'jobs'> & { readonly cwd: string };

function optionsForWorkers(options: LintFilesOptions, cwd: string): WorkerOptions {
  const { resolver: _resolver, onResult: _onResult, stdin: _stdin, jobs: _jobs, ...rest } = options;
  return { ...rest, cwd };
}

/**
 * Lints sources one after the other, handing each outcome over in order; the ShellCheck
 * notices come back. A file's model is dropped as soon as its findings are known, so memory
 * holds no model beyond a batch. ShellCheck gets the scripts of a batch of files at once, in a
 * few processes; without it each file is its own batch.
 */
export async function lintSources(
  queue: SourceQueue,
  resolver: ConfigResolver,
  options: LintFilesOptions,
  cwd: string,
  take: (outcome: FileOutcome) => Promise<void>,
): Promise<string[]> {
  const notices = new Set<string>();
  // Loaded only for --cache: it brings node:crypto and node:child_process, which a cold start pays for.
  const cache = options.cache && !options.fix ? new (await import('./cache/lint-cache.js')).LintCache({ location: options.cacheLocation, cwd, env: options.env }) : undefined;
  if (queue.remaining > 0) await initShellParser();
  while (queue.remaining > 0) {
    const sources = queue.take(SHELLCHECK_BATCH);
    const configs = await configsOf(sources, resolver, cwd, options.stdinFilename);
    const batchSize = configs.some((config) => lintSettingsOf(config).shellcheck !== false) ? SHELLCHECK_BATCH : 1;
    for (let start = 0; start < sources.length; start += batchSize) {
      const built: Built[] = [];
      for (let index = start; index < Math.min(start + batchSize, sources.length); index++) {
        const one = await buildOne(sources[index]!, configs[index]!, options, cwd, cache);
        if (one.error) await take({ kind: 'error', error: one.error });
        if (one.skipped) await take({ kind: 'skipped', error: one.skipped });
        if (one.built) built.push(one.built);
      }
      const shellcheck = await shellcheckFindings(built, cwd, cache);
      for (const notice of shellcheck.notices) notices.add(notice);
      for (const [index, one] of built.entries()) {
        let result: FileResult;
        try {
          // Results without ShellCheck's findings, because it failed, are not kept.
          result = resultOf(one, shellcheck.findings[index]!, options, shellcheck.notices.length === 0 ? cache : undefined);
        } catch (error) {
          await take({ kind: 'error', error: { path: one.input.file, message: internalError(error) } });
          continue;
        }
        await take({ kind: 'result', result });
      }
    }
  }
  cache?.save();
  return [...notices, ...(cache?.warnings ?? [])];
}

interface Input {
  readonly file: string;
  readonly stdin?: boolean;
  readonly text: string;
  readonly buildContext: BuildContext | undefined;
  /** DF0003 when the bytes are not UTF-8: an error (UTF-16/32, not linted) or a warning (invalid UTF-8, linted, never fixed). */
  readonly encoding?: Finding;
}

interface Built {
  readonly input: Input;
  readonly config: EffectiveConfig;
  readonly settings: LintSettings;
  /** Undefined for a file that is not linted (UTF-16/32). */
  readonly model: Model | undefined;
  /** With `fix`: what was fixed, and the text before when it changed. */
  readonly fixing?: { readonly fixed: readonly Finding[]; readonly source: string | undefined };
  /** With `--cache`: the result of an earlier run (there is no model then)... */
  readonly cached?: CachedLint;
  /** ...or the key this run's result is kept under. */
  readonly cacheKey?: string;
}

/** Files whose models wait together for one ShellCheck run: enough to keep its processes few, few enough to bound memory. */
const SHELLCHECK_BATCH = 500;

/** Reads one file and builds its model (fixing it first with `fix`); a file that cannot be read or built is an error. */
async function buildOne(source: Source, config: EffectiveConfig, options: LintFilesOptions, cwd: string, cache: LintCache | undefined): Promise<{ built?: Built; error?: PathError; skipped?: PathError }> {
  const input = await readSource(source, options, cwd, config.context.value);
  if ('error' in input) return { error: { path: input.file, message: input.error } };
  if ('skipped' in input) return { skipped: { path: input.file, message: input.skipped } };
  try {
    const settings = lintSettingsOf(config);
    // UTF-16/32 is not linted; text with invalid UTF-8 is linted but never rewritten.
    if (input.encoding?.severity === 'error') return { built: { input, config, settings, model: undefined } };
    if (!options.fix || input.encoding) {
      // Text with invalid UTF-8 is not cached: its DF0003 warning depends on the bytes, not the text.
      const cacheKey = input.encoding ? undefined : cache?.fileKey(input, settings);
      const cached = cacheKey === undefined ? undefined : cache?.lookup(cacheKey);
      if (cached) return { built: { input, config, settings, model: undefined, cached } };
      return { built: { input, config, settings, model: buildModel(input.text, modelOptionsOf(settings)), ...(cacheKey === undefined ? {} : { cacheKey }) } };
    }
    const fixed = fixSource(source, input, settings, options);
    return { built: { ...fixed.built, config, settings }, ...(fixed.error ? { error: { path: input.file, message: fixed.error } } : {}) };
  } catch (error) {
    return { error: { path: input.file, message: internalError(error) } };
  }
}

/** The findings of one built file: plain data that holds nothing of its model. */
function resultOf({ input, config, settings, model, fixing, cached, cacheKey }: Built, shellcheck: readonly Finding[], options: LintFilesOptions, cache: LintCache | undefined): FileResult {
  // A cached result is plain data already; a fresh one is copied once, for the report and the cache alike.
  const linted = cached ?? plainCopy(lintedModel(model, { ...settings, filename: input.file, buildContext: input.buildContext }, shellcheck));
  if (cache && cacheKey !== undefined && !cached) cache.remember(cacheKey, linted);
  const withEncoding = input.encoding ? { ...linted, findings: [input.encoding, ...linted.findings].sort(compareFindings) } : linted;
  const { findings, suppressed } = options.quiet ? errorsOnly(withEncoding) : withEncoding;
  return {
    file: input.file,
    text: input.text,
    ...(input.stdin ? { stdin: true } : {}),
    findings,
    failureThreshold: config.failureThreshold.value ?? 'info',
    ...(options.includeSuppressed ? { suppressed } : {}),
    ...(fixing ? { fixed: detachFindings(fixing.fixed), ...(fixing.source === undefined ? {} : { source: fixing.source }) } : {}),
  };
}

function lintedModel(model: Model | undefined, options: Parameters<typeof lintModelWithSuppressions>[1], shellcheck: readonly Finding[]): SuppressionResult {
  return model ? lintModelWithSuppressions(model, options, shellcheck) : { findings: [], suppressed: [] };
}

/** A copy of plain data that shares no strings with the model, so keeping it keeps no script text alive (see detachFindings). */
function plainCopy(result: SuppressionResult): CachedLint {
  return JSON.parse(JSON.stringify(result)) as CachedLint;
}

/** `--quiet`: only errors, suppressed ones included (they never count for the exit code). */
function errorsOnly(result: SuppressionResult): SuppressionResult {
  return { findings: result.findings.filter((f) => f.severity === 'error'), suppressed: result.suppressed.filter((s) => s.finding.severity === 'error') };
}

/**
 * Fixes one file's text and writes it back when it changed (unless a dry run or standard input).
 * A file that cannot be written keeps its text, and its findings are those of that text.
 */
function fixSource(source: Source, input: Input, settings: LintSettings, options: LintFilesOptions): { built: Pick<Built, 'input' | 'model' | 'fixing'>; error?: string } {
  const outcome = fixLoop(input.text, {
    unsafe: options.unsafeFixes === true,
    accept: options.quiet ? (f) => f.severity === 'error' : undefined,
    lint: textLinter({ ...settings, filename: input.file, buildContext: input.buildContext }),
  });
  // Nothing changed, or the change could not be written: the file is reported as it is.
  const unchanged = { input, model: outcome.initial.model, fixing: { fixed: [], source: undefined } };
  if (outcome.output === input.text) return { built: unchanged };
  if (source.kind === 'file' && !options.dryRun) {
    try {
      rewriteFileAtomically(source.absolute, outcome.output);
    } catch (error) {
      return { built: unchanged, error: describeWriteError(error) };
    }
  }
  return { built: { input: { ...input, text: outcome.output }, model: outcome.final.model, fixing: { fixed: outcome.fixed, source: input.text } } };
}

/** A target no stage has, or check options BuildKit refuses, fail the file as they fail `docker build`; anything else is a bug. */
const internalError = (error: unknown) => (error instanceof UnknownTargetError || error instanceof CheckOptionsError ? error.message : `Internal error while linting: ${errorMessage(error)}`);

/** ShellCheck's findings per built file: one batch per ShellCheck setting (nearly always one), each notice once. */
async function shellcheckFindings(built: readonly Built[], cwd: string, cache: LintCache | undefined): Promise<{ findings: Finding[][]; notices: string[] }> {
  const findings: Finding[][] = built.map(() => []);
  const notices = new Set<string>();
  const bySetting = new Map<ShellcheckSetting, number[]>();
  built.forEach(({ settings, model }, index) => {
    if (!model) return;
    const indexes = bySetting.get(settings.shellcheck);
    if (indexes) indexes.push(index);
    else bySetting.set(settings.shellcheck, [index]);
  });
  await Promise.all([...bySetting].map(async ([setting, indexes]) => {
    const targets = indexes.map((index) => ({ model: built[index]!.model!, file: built[index]!.input.file, rules: built[index]!.settings.shellcheckRules }));
    const run = await runShellcheck(targets, { setting, cwd, ...(cache ? { cached: cache.scripts } : {}) });
    if (run.notice) notices.add(run.notice);
    indexes.forEach((index, position) => {
      findings[index] = run.findings[position]!;
    });
  }));
  return { findings, notices: [...notices] };
}

/** Each source's configuration; every problem of every config file at once, in one ConfigError. */
async function configsOf(sources: readonly Source[], resolver: ConfigResolver, cwd: string, stdinFilename: string | undefined): Promise<EffectiveConfig[]> {
  const settled = await Promise.allSettled(sources.map((source) => {
    if (source.kind === 'file') return resolver.forFile(source.absolute);
    return stdinFilename === undefined ? resolver.forFolder(cwd) : resolver.forFile(resolve(cwd, stdinFilename));
  }));
  throwProblems(settled);
  return settled.map((outcome) => (outcome as PromiseFulfilledResult<EffectiveConfig>).value);
}

/** Every problem of every config file at once, in one ConfigError; other failures as they are. */
function throwProblems(settled: readonly PromiseSettledResult<unknown>[]): void {
  const problems = new Map<string, ConfigProblem>();
  for (const outcome of settled) {
    if (outcome.status === 'fulfilled') continue;
    if (!(outcome.reason instanceof ConfigError)) throw outcome.reason;
    for (const problem of outcome.reason.problems) problems.set(JSON.stringify(problem), problem);
  }
  if (problems.size > 0) throw new ConfigError([...problems.values()]);
}

type ReadSource = Input | { file: string; error: string } | { file: string; skipped: string };

async function readSource(source: Source, options: LintFilesOptions, cwd: string, contextDir: string | undefined): Promise<ReadSource> {
  if (source.kind === 'stdin') {
    const file = options.stdinFilename ?? STDIN;
    const stdin = options.stdin ?? (await readStdin());
    const decoded: Decoded = typeof stdin === 'string' ? { kind: 'text', text: stdin } : decodeDockerfile(stdin);
    const located = options.stdinFilename === undefined ? (contextDir && join(contextDir, 'Dockerfile')) : resolve(cwd, options.stdinFilename);
    return inputOf(file, decoded, () => (located ? loadBuildContext(located, contextDir) : undefined), true);
  }
  const read = readDockerfile(source.absolute);
  if ('error' in read) return { file: source.path, error: read.error };
  return inputOf(source.path, read, () => loadBuildContext(source.absolute, contextDir), false);
}

/** What a file's decoded bytes give: text to lint, with DF0003 when it is not UTF-8, or a file to skip. */
function inputOf(file: string, decoded: Decoded, buildContext: () => BuildContext | undefined, stdin: boolean): ReadSource {
  if (decoded.kind === 'binary') return { file, skipped: NOT_A_TEXT_FILE };
  const encoding = decoded.kind === 'unsupported'
    ? unsupportedEncodingFinding(file, decoded.encoding)
    : decoded.invalid && invalidUtf8Finding(file, decoded.invalid);
  return { file, ...(stdin ? { stdin } : {}), text: decoded.text, buildContext: buildContext(), ...(encoding ? { encoding } : {}) };
}
