import { resolve } from 'node:path';
import { displayPath } from '../config/display-path.js';
import { ConfigError, formatProblem } from '../config/problems.js';
import type { ConfigResolver } from '../config/resolver.js';
import { allRules } from '../rule-set.js';
import { STDIN } from '../files/discover.js';
import { isDirectory } from '../files/stat.js';
import { EXIT, type ExitCode } from './exit-code.js';
import type { CliIo } from './main.js';
import { writeNewFileAtomically } from '../files/write-file.js';
import { errorMessage } from '../error-message.js';

/** The command-line actions about configuration itself: printing it, creating it, reporting it invalid. */

/** Every problem on its own line; nothing was linted. */
export function reportConfigError(error: ConfigError, io: CliIo): ExitCode {
  for (const problem of error.problems) io.stderr.write(`dflint: ${formatProblem(problem)}\n`);
  io.stderr.write('dflint: invalid configuration; nothing was linted. See docs/configuration.md.\n');
  return EXIT.usage;
}

/** `--print-config FILE`: YAML, or JSON when the format is `json`. */
export async function printConfig(file: string, format: string | undefined, resolver: ConfigResolver, cwd: string): Promise<string> {
  const { printConfigJson, printConfigYaml } = await import('../config/print-config.js');
  const path = resolve(cwd, file);
  const config = file === STDIN || isDirectory(path) ? await resolver.forFolder(file === STDIN ? cwd : path) : await resolver.forFile(path);
  const printed = { file, config, display: (path: string) => resolver.display(path), warnings: resolver.warnings() };
  return format === 'json' ? printConfigJson(printed) : printConfigYaml(printed);
}

/** `--init`: writes the planned `.dflint.yaml`, never over an existing file. */
export async function init(io: CliIo): Promise<ExitCode> {
  const { planInit } = await import('../config/init.js');
  const display = (path: string) => displayPath(io.cwd, path);
  let plan;
  try {
    plan = planInit(io.cwd, allRules(), display);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return reportConfigError(error, io);
  }
  if (!plan.ok) {
    io.stderr.write(`dflint: ${plan.message}\n`);
    return EXIT.usage;
  }
  try {
    writeNewFileAtomically(plan.path, plan.text);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'it already exists' : errorMessage(error);
    io.stderr.write(`dflint: cannot write ${display(plan.path)}: ${reason}\n`);
    return EXIT.usage;
  }
  io.stdout.write(`${plan.message}\n`);
  return EXIT.ok;
}
