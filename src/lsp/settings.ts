/** The client's settings for dflint (section `dflint`), as the server reads them. */
export interface ClientSettings {
  /** `onType`: lint as the document changes (debounced); `onSave`: only when it is opened and saved. */
  readonly run: 'onType' | 'onSave';
  /** false: never run ShellCheck; true: as the config files say (by default, when it is installed). */
  readonly shellcheck: boolean;
  /** A config file for every document (relative to the workspace folder), instead of the nearest one. */
  readonly configFile: string | undefined;
  /** Milliseconds to wait after a change before linting (with `run: onType`). */
  readonly debounce: number;
}

export const DEFAULT_SETTINGS: ClientSettings = Object.freeze({ run: 'onType', shellcheck: true, configFile: undefined, debounce: 150 });

/** Reads what the client sent, keeping the value of `base` for every one that is missing or of the wrong type. */
export function readSettings(value: unknown, base: ClientSettings = DEFAULT_SETTINGS): ClientSettings {
  const given = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const { run, shellcheck, configFile, debounce } = given;
  return {
    run: run === 'onSave' || run === 'onType' ? run : base.run,
    shellcheck: typeof shellcheck === 'boolean' ? shellcheck : base.shellcheck,
    configFile: typeof configFile === 'string' ? (configFile.trim() === '' ? undefined : configFile) : base.configFile,
    debounce: typeof debounce === 'number' && Number.isFinite(debounce) && debounce >= 0 ? debounce : base.debounce,
  };
}
