import type { Range } from '../../parse/source.js';

/** A shell word with its exact place in the Dockerfile. */
export interface ShellWord {
  /** The word as written in the script. */
  readonly raw: string;
  /** The literal value when the word is static (quotes removed); undefined when it expands. */
  readonly value: string | undefined;
  readonly range: Range;
}

export type Connector = '&&' | '||' | ';' | '&' | '|' | '|&' | 'newline';

export interface ShellRedirect {
  /** `>`, `>>`, `<`, `2>`, `&>`, `<<`, `<<-`, `<<<`, ... */
  readonly operator: string;
  readonly fd: number | undefined;
  readonly target: ShellWord | undefined;
  readonly range: Range;
}

export interface ShellCommand {
  /** Static command name as written (`apt-get`, `/usr/bin/pip3`); `''` when it expands. */
  readonly name: string;
  /** The command name's last path component (`pip3` for `/usr/bin/pip3`). */
  readonly basename: string;
  readonly nameWord: ShellWord;
  /** Every word after the name, flags included. */
  readonly args: readonly ShellWord[];
  /** `NAME=value` prefixes (`DEBIAN_FRONTEND=noninteractive apt-get ...`). */
  readonly assignments: readonly ShellWord[];
  readonly redirects: readonly ShellRedirect[];
  readonly range: Range;
  /** Operator joining this command to the previous one in its list, if any. */
  readonly connector: Connector | undefined;
  /** Part of a pipeline with `|` or `|&`. */
  readonly inPipeline: boolean;
  /** Inside `( ... )`. */
  readonly inSubshell: boolean;
  /** Inside `$( ... )` or backticks. */
  readonly inSubstitution: boolean;
  /** Inside the condition of `if`/`while`/`until`, or on the right of `||`. */
  readonly conditional: boolean;
  /** Order among the script's commands (0-based). */
  readonly order: number;
  /** `sh -c '<script>'` whose script was parsed: its commands follow this one in the list. */
  readonly runsInlineScript: boolean;
}

/** A shell variable set by the script: `PKGS="a b"`, `export PKGS=...`, `PKGS="$PKGS c"`. */
export interface ShellAssignment {
  readonly name: string;
  /** The value as written (quotes kept in `raw`); undefined for an empty `NAME=`. */
  readonly value: ShellWord | undefined;
  /** The `order` of the first command that runs after it (the script's command count when none does). */
  readonly before: number;
  /** Inside `( ... )`, `$( ... )`, or the condition or `||` branch of a command list: it may not hold afterwards. */
  readonly inSubshell: boolean;
  readonly inSubstitution: boolean;
  readonly conditional: boolean;
  readonly range: Range;
}

/** A statement of the script's top level: a command, a list (`a && b`), a pipeline, or a compound (`if ... fi`). */
export interface ShellStatement {
  readonly range: Range;
  /** The statement ends with `&`: it runs in the background. */
  readonly background: boolean;
}

export interface ShellScript {
  /** The script as the shell receives it (continuations and comment lines removed). */
  readonly text: string;
  readonly dialect: string;
  /** Where the script came from. */
  readonly origin: 'shell-form' | 'heredoc' | 'exec-form';
  /** Every simple command, in source order, nested ones included. */
  readonly commands: readonly ShellCommand[];
  /** Shell variables the script sets, bare or with `export`/`local`/`declare`/`readonly`, in source order. */
  readonly assignments: readonly ShellAssignment[];
  /** The script has at least one `|` pipeline. */
  readonly hasPipe: boolean;
  /** tree-sitter found a syntax error; commands are best effort. */
  readonly hasErrors: boolean;
  /** The last top-level statement, comments left out; undefined for an empty script and exec form. */
  readonly lastStatement: ShellStatement | undefined;
  /** Number of top-level statements and `&&`/`||`/`;` chained commands (DL3059 semantics). */
  readonly topLevelCommandCount: number;
  /** Maps a [start, end) span of `text` to a Dockerfile range. */
  rangeOf(start: number, end: number): Range;
}
