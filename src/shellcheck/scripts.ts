import type { Instruction, Model } from '../model/types.js';
import type { ShellScript } from '../model/shell/types.js';

/** ShellCheck's `--shell` values for the model's dialects; zsh has none, so zsh scripts are not checked. */
const SHELLCHECK_DIALECTS: Readonly<Record<string, string>> = { sh: 'sh', bash: 'bash', dash: 'dash', ash: 'dash', ksh: 'ksh' };

/** The variables every build knows (BuildKit's predefined proxy ARGs), as hadolint declares them. */
const PROXY_VARIABLES = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy'];

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** One RUN script to hand to ShellCheck. */
export interface CheckableScript {
  readonly instruction: Instruction;
  readonly script: ShellScript;
  /** ShellCheck's `--shell` value. */
  readonly dialect: string;
  /** The file ShellCheck reads: one preamble line declaring the known variables, then the script. */
  readonly content: string;
}

/** Lines ShellCheck sees before the script itself; positions on them are dropped, later ones shifted back. */
export const PREAMBLE_LINES = 1;

/**
 * The RUN scripts of a model ShellCheck can check: shell-form and heredoc scripts (ONBUILD
 * triggers included) in a dialect ShellCheck knows. PowerShell and cmd RUNs and heredocs with a
 * non-shell shebang have no script in the model, and exec-form RUNs run no shell.
 */
export function checkableScripts(model: Model): CheckableScript[] {
  const scripts: CheckableScript[] = [];
  const visit = (instruction: Instruction) => {
    const script = instruction.shell;
    if (instruction.kind !== 'RUN' || !script || script.origin === 'exec-form') return;
    const dialect = SHELLCHECK_DIALECTS[script.dialect];
    if (!dialect) return;
    const names = knownVariables(model, instruction.onbuild ?? instruction).filter((name) => script.text.includes(name));
    scripts.push({ instruction, script, dialect, content: `${preamble(names)}\n${script.text}` });
  };
  for (const instruction of model.instructions) {
    visit(instruction);
    if (instruction.trigger) visit(instruction.trigger);
  }
  return scripts;
}

/** ARG and ENV names in scope, and the proxy variables, so SC2154 does not fire on them. */
function knownVariables(model: Model, at: Instruction): string[] {
  const names = new Set(PROXY_VARIABLES);
  for (const name of model.variables.scope(at).keys()) if (IDENTIFIER.test(name)) names.add(name);
  return [...names];
}

/**
 * One line, so that every script line moves down by exactly one. It declares only the names the
 * script's text contains (the others cannot change ShellCheck's answer), so that one script
 * under different ARGs reads the same and is checked once (runShellcheck).
 */
function preamble(names: readonly string[]): string {
  return names.length === 0 ? ':' : `export ${names.map((name) => `${name}=1`).join(' ')}`;
}
