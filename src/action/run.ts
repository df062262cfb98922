import { resolve } from 'node:path';
import * as core from '@actions/core';
import { packageVersion } from '../cli/version.js';
import { ConfigError, formatProblem, type ConfigProblem } from '../config/problems.js';
import { allRules } from '../rule-set.js';
import { getFormatter, type FileResult, type FormatContext } from '../formatters/index.js';
import { ruleInfoLookup } from '../formatters/rule-info.js';
import { lintFiles, type LintFilesResult } from '../lint-files.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { sourceLink } from './links.js';
import { OUTPUT_NAMES, outputsOf } from './outputs.js';
import { renderSummary, type SummaryInput } from './summary.js';
import { countFailing } from '../cli/exit-code.js';
import { countBySeverity, plural, severityCountsText } from '../formatters/tally.js';
import { writeReport } from './write-report.js';
import { errorMessage } from '../error-message.js';

/**
 * The GitHub Action: lints the inputs' paths from the workspace, prints an annotation for each
 * finding, writes the SARIF and the extra report, sets the outputs and the job summary, and
 * fails the step (exit status 1) when a finding reaches the failure threshold (unless
 * `no-fail`), or when an input, the configuration or a path is wrong.
 */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const read = readInputs(env);
  if (!read.ok) {
    core.setFailed(`dflint: invalid inputs:\n${read.problems.map((p) => `- ${p}`).join('\n')}`);
    return;
  }
  const { inputs } = read;
  // Paths in reports, annotations and SARIF URIs are then relative to the repository.
  const cwd = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const context: FormatContext = { color: false, cwd, version: packageVersion(), rules: allRules(), category: inputs.category };

  let linted: LintFilesResult;
  try {
    linted = await lintFiles(inputs.paths, { cwd, config: inputs.config, failureThreshold: inputs.failureThreshold, buildArgs: inputs.buildArgs, target: inputs.target, env });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) annotateConfigProblem(problem, cwd);
    await finish(inputs, env, context, { results: [], errors: [], configProblems: error.problems.map(formatProblem), sarifFile: undefined });
    core.setFailed('dflint: the configuration is invalid, so nothing was linted (see the errors above)');
    return;
  }

  for (const warning of linted.warnings) core.warning(`dflint: ${warning}`);
  for (const error of linted.errors) core.error(`dflint: ${error.path}: ${error.message}`);
  if (linted.files.length === 0 && linted.errors.length === 0) core.warning(`dflint: no Dockerfiles found in ${inputs.paths.join(', ')}`);
  process.stdout.write(format('github', linted.results, context));

  const failures: string[] = [];
  const sarifFile = inputs.sarifFile === undefined ? undefined : resolve(cwd, inputs.sarifFile);
  const sarifWritten = sarifFile !== undefined && write(sarifFile, format('sarif', linted.results, context), failures);
  if (inputs.report?.file !== undefined) {
    const { format: name, file } = inputs.report;
    write(resolve(cwd, file), format(name, linted.results, context), failures);
  } else if (inputs.report !== undefined) {
    core.startGroup(`dflint report (${inputs.report.format})`);
    process.stdout.write(format(inputs.report.format, linted.results, context));
    core.endGroup();
  }

  await finish(inputs, env, context, { results: linted.results, errors: linted.errors, configProblems: [], sarifFile: sarifWritten ? sarifFile : undefined });

  const failing = countFailing(linted.results);
  const reaching = `${plural(failing, 'finding')} ${failing === 1 ? 'reaches' : 'reach'} the failure threshold`;
  core.info(`dflint ${context.version}: ${describe(linted.results)}; ${reaching}`);
  if (linted.errors.length > 0) failures.push(`${plural(linted.errors.length, 'path')} could not be linted`);
  if (failing > 0 && inputs.noFail) core.info('dflint: no-fail is set, so the findings do not fail the step');
  if (failing > 0 && !inputs.noFail) failures.push(reaching);
  if (failures.length > 0) core.setFailed(`dflint: ${failures.join('; ')}`);
}

interface Outcome {
  readonly results: readonly FileResult[];
  readonly errors: LintFilesResult['errors'];
  readonly configProblems: readonly string[];
  /** The SARIF file written, if any. */
  readonly sarifFile: string | undefined;
}

/** Sets the outputs and writes the job summary, whatever happened. */
async function finish(inputs: ActionInputs, env: NodeJS.ProcessEnv, context: FormatContext, outcome: Outcome): Promise<void> {
  const outputs = outputsOf(outcome.results, outcome.sarifFile);
  for (const name of OUTPUT_NAMES) core.setOutput(name, outputs[name]);
  if (!env.GITHUB_STEP_SUMMARY) return; // not on GitHub: there is no summary to write
  const ruleInfo = ruleInfoLookup(context.rules, context.version);
  const summary: SummaryInput = {
    paths: inputs.paths,
    results: outcome.results,
    notLinted: outcome.errors,
    configProblems: outcome.configProblems,
    failing: countFailing(outcome.results),
    noFail: inputs.noFail,
    version: context.version,
    links: { rule: (finding) => ruleInfo(finding).url, source: sourceLink(env) },
  };
  try {
    await core.summary.addRaw(renderSummary(summary)).write();
  } catch (error) {
    core.warning(`dflint: cannot write the job summary: ${errorMessage(error)}`);
  }
}

/** A built-in format's report (the inputs were checked against the registry). */
function format(name: string, results: readonly FileResult[], context: FormatContext): string {
  const formatter = getFormatter(name);
  if (!formatter) throw new Error(`No formatter ${name}`);
  return formatter.format(results, context);
}

/** Writes a report; a failure is reported and fails the step, but the rest goes on. */
function write(path: string, report: string, failures: string[]): boolean {
  try {
    writeReport(path, report);
    return true;
  } catch (error) {
    core.error(`dflint: cannot write ${path}: ${errorMessage(error)}`);
    failures.push(`cannot write ${path}`);
    return false;
  }
}

/** An error annotation on the config file's line, when the problem has one. */
function annotateConfigProblem(problem: ConfigProblem, cwd: string): void {
  const where = problem.line === undefined ? {} : { file: resolve(cwd, problem.source), startLine: problem.line, startColumn: problem.column ?? 1 };
  core.error(`dflint: ${formatProblem(problem)}`, { title: 'dflint configuration', ...where });
}

/** `12 problems in 5 Dockerfiles (2 errors, 7 warnings, 2 infos, 1 style)`, worded as the stylish report's last line. */
function describe(results: readonly FileResult[]): string {
  const findings = results.flatMap((r) => r.findings);
  return `${plural(findings.length, 'problem')} in ${plural(results.length, 'Dockerfile')} (${severityCountsText(countBySeverity(findings))})`;
}
