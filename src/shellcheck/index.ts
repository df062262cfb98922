import type { Finding } from '../engine/types.js';
import type { Model } from '../model/types.js';
import type { BatchInput, ShellcheckComment } from './batch.js';
import type { ShellcheckRules } from './codes.js';
import { findShellcheck, missingNotice, type ShellcheckSetting } from './executable.js';
import { toFindings } from './findings.js';
import { checkableScripts } from './scripts.js';
import { errorMessage } from '../error-message.js';

export { SHELLCHECK_CODE, splitShellcheckRules, type ShellcheckRules } from './codes.js';
export { findShellcheck, type ShellcheckSetting } from './executable.js';
export { SHELLCHECK_NAME } from './findings.js';
export type { ShellcheckComment } from './batch.js';

/**
 * ShellCheck's comments on scripts kept from earlier runs (the `--cache`), for one executable:
 * `key` names a script and its dialect; the store adds what else its answer depends on.
 */
export interface ScriptResults {
  get(key: string): readonly ShellcheckComment[] | undefined;
  set(key: string, comments: readonly ShellcheckComment[]): void;
}

/** One Dockerfile to check: its model, the name shown in findings and its ShellCheck code settings. */
export interface ShellcheckTarget {
  readonly model: Model;
  readonly file: string;
  readonly rules: ShellcheckRules;
}

export interface ShellcheckRun {
  /** One list per target, in target order, unsorted. */
  readonly findings: Finding[][];
  /** Set when ShellCheck was wanted but could not be found or run: say it once, lint on without it. */
  readonly notice: string | undefined;
}

export interface ShellcheckRunOptions {
  readonly setting: ShellcheckSetting;
  /** Where a relative executable path starts. */
  readonly cwd?: string;
  /** Earlier results for the executable found, when results are cached. */
  readonly cached?: (executable: string) => ScriptResults | undefined;
}

/**
 * Checks the RUN scripts of every target with ShellCheck, in as few processes as it takes. A
 * script found in several places (the same text in the same dialect, with the same known
 * variables) is checked once and its comments go to each place; cached scripts are not checked.
 */
export async function runShellcheck(targets: readonly ShellcheckTarget[], options: ShellcheckRunOptions): Promise<ShellcheckRun> {
  const none = { findings: targets.map(() => []), notice: undefined };
  if (options.setting === false) return none;
  const executable = findShellcheck(options.setting, process.env, options.cwd);
  if (!executable) return { ...none, notice: missingNotice(options.setting) };
  const scripts = targets.flatMap((target, index) => checkableScripts(target.model).map((script) => ({ ...script, target: index })));
  let comments: Map<string, readonly ShellcheckComment[]>;
  try {
    comments = await commentsByScript(executable, scripts.map(({ dialect, content }) => ({ dialect, content })), options.cached?.(executable));
  } catch (error) {
    return { ...none, notice: errorMessage(error) };
  }
  const findings: Finding[][] = targets.map(() => []);
  for (const script of scripts) {
    const target = targets[script.target]!;
    findings[script.target]!.push(...toFindings(target.file, script.script, comments.get(scriptKey(script))!, target.rules));
  }
  return { findings, notice: undefined };
}

/** What ShellCheck's answer on a script depends on besides the executable: the dialect and the whole file it reads. */
function scriptKey(script: BatchInput): string {
  return `${script.dialect}\0${script.content}`;
}

/** ShellCheck's comments on each distinct script, by scriptKey: from the cache, else from ShellCheck (then cached). */
async function commentsByScript(executable: string, scripts: readonly BatchInput[], cached: ScriptResults | undefined): Promise<Map<string, readonly ShellcheckComment[]>> {
  const comments = new Map<string, readonly ShellcheckComment[]>();
  const unchecked = new Map<string, BatchInput>();
  for (const script of scripts) {
    const key = scriptKey(script);
    if (comments.has(key) || unchecked.has(key)) continue;
    const known = cached?.get(key);
    if (known) comments.set(key, known);
    else unchecked.set(key, script);
  }
  // Loaded only when ShellCheck runs: node:child_process alone costs a run without it a few milliseconds.
  const { checkScripts } = await import('./batch.js');
  const checked = await checkScripts(executable, [...unchecked.values()]);
  [...unchecked.keys()].forEach((key, index) => {
    comments.set(key, checked[index]!);
    cached?.set(key, checked[index]!);
  });
  return comments;
}
