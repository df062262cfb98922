import type { Finding } from '../engine/types.js';
import type { Model } from '../model/types.js';
import type { ShellcheckRules } from './codes.js';
import { findShellcheck, missingNotice, type ShellcheckSetting } from './executable.js';
import { toFindings } from './findings.js';
import { checkableScripts } from './scripts.js';
import { errorMessage } from '../error-message.js';

export { SHELLCHECK_CODE, splitShellcheckRules, type ShellcheckRules } from './codes.js';
export { findShellcheck, type ShellcheckSetting } from './executable.js';
export { SHELLCHECK_NAME } from './findings.js';

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
}

/** Checks the RUN scripts of every target with ShellCheck, in as few processes as it takes. */
export async function runShellcheck(targets: readonly ShellcheckTarget[], options: ShellcheckRunOptions): Promise<ShellcheckRun> {
  const none = { findings: targets.map(() => []), notice: undefined };
  if (options.setting === false) return none;
  const executable = findShellcheck(options.setting, process.env, options.cwd);
  if (!executable) return { ...none, notice: missingNotice(options.setting) };
  const scripts = targets.flatMap((target, index) => checkableScripts(target.model).map((script) => ({ ...script, target: index })));
  let comments;
  try {
    // Loaded only when ShellCheck runs: node:child_process alone costs a run without it a few milliseconds.
    const { checkScripts } = await import('./batch.js');
    comments = await checkScripts(executable, scripts);
  } catch (error) {
    return { ...none, notice: errorMessage(error) };
  }
  const findings: Finding[][] = targets.map(() => []);
  scripts.forEach((script, index) => {
    const target = targets[script.target]!;
    findings[script.target]!.push(...toFindings(target.file, script.script, comments[index]!, target.rules));
  });
  return { findings, notice: undefined };
}
