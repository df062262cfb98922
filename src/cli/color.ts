export interface ColorInputs {
  /** `--color` (true) or `--no-color` (false); undefined when neither was given. */
  readonly flag: boolean | undefined;
  readonly env: NodeJS.ProcessEnv;
  /** Whether the report goes to a terminal. */
  readonly isTTY: boolean;
  /** Whether the report goes to a file (`--output`). */
  readonly toFile: boolean;
}

/**
 * Whether the report is coloured. In order: the flag; never in a file unless the flag asks;
 * `FORCE_COLOR` (on unless `0` or `false`, and as in Node it beats `NO_COLOR`); a non-empty
 * `NO_COLOR` (no-color.org); otherwise only on a terminal.
 */
export function useColor({ flag, env, isTTY, toFile }: ColorInputs): boolean {
  if (flag !== undefined) return flag;
  if (toFile) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  return isTTY;
}
