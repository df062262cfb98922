import { isAbsolute, resolve } from 'node:path';
import { runLayer } from '../config/command-line.js';
import { lintSettingsOf, type LintSettings } from '../config/effective.js';
import { ConfigError, formatProblem } from '../config/problems.js';
import { ConfigResolver } from '../config/resolver.js';
import { loadBuildContext } from '../engine/build-context.js';
import type { Finding } from '../engine/types.js';
import { errorMessage } from '../error-message.js';
import { lintModelWithSuppressions, modelOptionsOf, type LintOptions } from '../lint.js';
import { buildModel } from '../model/build.js';
import { initShellParser } from '../model/shell/parser.js';
import { UnknownTargetError } from '../model/targets.js';
import type { Model } from '../model/types.js';
import { runShellcheck } from '../shellcheck/index.js';
import { CheckOptionsError } from '../suppress/check-options.js';
import type { ClientSettings } from './settings.js';
import { ShellcheckMemory } from './shellcheck-memory.js';

/** A document to lint: its text, and its file when it has one on disk (untitled documents do not). */
export interface LintTarget {
  readonly path: string | undefined;
  readonly text: string;
  readonly settings: ClientSettings;
}

/** `check`: run ShellCheck on scripts it has not seen (open, save); `remembered`: only reuse its earlier answers (typing). */
export type ShellcheckMode = 'check' | 'remembered';

export type LintOutcome =
  | {
    readonly kind: 'linted';
    readonly findings: readonly Finding[];
    /** The model the findings refer to, for the ignore actions. */
    readonly model: Model;
    /** The options the text was linted with, for fixing it the same way. */
    readonly options: LintOptions;
  }
  | { readonly kind: 'failed'; readonly message: string };

/** A lint that gave findings. */
export type LintedText = Extract<LintOutcome, { kind: 'linted' }>;

/**
 * Lints documents as the CLI lints files: the nearest config file (or the client's `configFile`),
 * the build context for the `.dockerignore` rules, pragmas, and ShellCheck as the settings say.
 */
export class DocumentLinter {
  private readonly resolvers = new Map<string, ConfigResolver>();
  private readonly shellcheck = new ShellcheckMemory();
  private readonly told = new Set<string>();

  /**
   * @param root where relative paths (the client's `configFile`) start and what shown paths are relative to
   * @param log tells the client's log something once per server run (ShellCheck missing, config warnings)
   */
  constructor(private readonly root: string, private readonly log: (message: string) => void) {}

  /**
   * Forgets the config files read, so the next lints read them again. ShellCheck's answers are
   * kept: they depend on the scripts and the executable only (the settings apply after).
   */
  reset(): void {
    this.resolvers.clear();
  }

  async lint(target: LintTarget, mode: ShellcheckMode): Promise<LintOutcome> {
    try {
      const resolver = this.resolverFor(target.settings);
      const config = await (target.path === undefined ? resolver.forFolder(this.root) : resolver.forFile(target.path));
      for (const warning of resolver.warnings()) this.tellOnce(warning);
      const settings = lintSettingsOf(config);
      const options: LintOptions = {
        ...settings,
        filename: target.path,
        buildContext: target.path === undefined ? undefined : loadBuildContext(target.path, config.context.value),
      };
      await initShellParser();
      const model = buildModel(target.text, modelOptionsOf(settings));
      const shellcheck = await this.shellcheckFindings(model, target.path, settings, mode);
      return { kind: 'linted', findings: lintModelWithSuppressions(model, options, shellcheck).findings, model, options };
    } catch (error) {
      return { kind: 'failed', message: failureMessage(error) };
    }
  }

  private async shellcheckFindings(model: Model, path: string | undefined, settings: LintSettings, mode: ShellcheckMode): Promise<Finding[]> {
    if (settings.shellcheck === false) return [];
    const run = await runShellcheck([{ model, file: path ?? '<text>', rules: settings.shellcheckRules }], {
      setting: settings.shellcheck,
      cwd: this.root,
      cached: mode === 'check' ? this.shellcheck.checking : this.shellcheck.remembered,
    });
    if (run.notice) this.tellOnce(run.notice);
    return run.findings[0]!;
  }

  /** One resolver per distinct client setting that reaches the configuration (there is nearly always one). */
  private resolverFor(settings: ClientSettings): ConfigResolver {
    const key = JSON.stringify([settings.configFile, settings.shellcheck]);
    let resolver = this.resolvers.get(key);
    if (!resolver) {
      resolver = new ConfigResolver({
        cwd: this.root,
        config: settings.configFile === undefined ? undefined : isAbsolute(settings.configFile) ? settings.configFile : resolve(this.root, settings.configFile),
        // The client's `shellcheck: false` wins over the config files, as --no-shellcheck does.
        cli: runLayer({ shellcheck: settings.shellcheck ? undefined : false }, 'editor settings'),
      });
      this.resolvers.set(key, resolver);
    }
    return resolver;
  }

  private tellOnce(message: string): void {
    if (this.told.has(message)) return;
    this.told.add(message);
    this.log(message);
  }
}

/** What the one diagnostic of a document that could not be linted says. */
function failureMessage(error: unknown): string {
  if (error instanceof ConfigError) return `Invalid dflint configuration, so this file was not linted:\n${error.problems.map(formatProblem).join('\n')}`;
  // A target no stage has, or check options BuildKit refuses, fail the file as they fail `docker build`.
  if (error instanceof UnknownTargetError || error instanceof CheckOptionsError) return error.message;
  return `dflint could not lint this file (internal error): ${errorMessage(error)}`;
}
