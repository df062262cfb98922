import { CHECK_BUILD_ARG, checkOptionsProblem } from '../suppress/check-options.js';

export type BuildArgsRead = { readonly ok: true; readonly buildArgs: Record<string, string> | undefined } | { readonly ok: false; readonly message: string };

/**
 * `--build-arg NAME=VALUE` (and the Action's `build-args` lines), repeatable, the last value of a name winning; `--build-arg NAME` takes
 * the value of the environment variable NAME and, as `docker build` does, passes nothing when it
 * is not set. The value is everything after the first `=`, spaces and `=` included.
 */
export function readBuildArgs(values: readonly string[], env: NodeJS.ProcessEnv, label = '--build-arg'): BuildArgsRead {
  if (values.length === 0) return { ok: true, buildArgs: undefined };
  const buildArgs: Record<string, string> = {};
  for (const item of values) {
    const equals = item.indexOf('=');
    const name = (equals < 0 ? item : item.slice(0, equals)).trim();
    if (name === '') return { ok: false, message: `${label} ${item}: expected NAME=VALUE, or NAME to take the value of the environment variable NAME` };
    const value = equals < 0 ? env[name] : item.slice(equals + 1);
    if (value === undefined) continue;
    if (name === CHECK_BUILD_ARG) {
      const problem = checkOptionsProblem(value);
      if (problem) return { ok: false, message: `${label} ${item}: ${problem} (BuildKit refuses the build)` };
    }
    buildArgs[name] = value;
  }
  return { ok: true, buildArgs };
}
