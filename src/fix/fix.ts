import type { Finding } from '../engine/types.js';
import { contextFor, lint, lintModelWithSuppressions, modelOptionsOf, type LintOptions } from '../lint.js';
import { buildModel } from '../model/build.js';
import { initShellParser } from '../model/shell/parser.js';
import { fixLoop, type LintedText } from './fix-loop.js';

export interface FixOptions extends LintOptions {
  /** Apply unsafe fixes too (`--unsafe-fixes`); by default only safe ones. */
  readonly unsafeFixes?: boolean;
}

export interface FixResult {
  /** The fixed text; the input itself when nothing was fixed. Its BOM, line endings and final line break are the input's. */
  readonly output: string;
  /** The findings whose fixes were applied, pass by pass (positions refer to the text of their pass). */
  readonly fixed: readonly Finding[];
  /** The findings of `output`: what is left to fix by hand (ShellCheck's included when `shellcheck` is set). */
  readonly remaining: readonly Finding[];
}

/**
 * The lint the fix loop runs on each pass: the model of a text and the findings reported on it
 * (rules and pragmas as the options say; no ShellCheck, whose findings carry no fixes).
 */
export function textLinter(options: LintOptions): (text: string) => LintedText {
  return (text) => {
    const model = buildModel(text, modelOptionsOf(options));
    return { model, findings: lintModelWithSuppressions(model, options).findings };
  };
}

/**
 * Fixes one Dockerfile's text as `dflint --fix` does: the safe fixes (and the unsafe ones with
 * `unsafeFixes`) of the findings the options report, in passes until nothing changes.
 */
export async function fix(text: string, options: FixOptions = {}): Promise<FixResult> {
  await initShellParser();
  // The build context is read once, not once per pass.
  const lintOptions: LintOptions = { ...options, buildContext: options.buildContext ?? contextFor(options) };
  const result = fixLoop(text, {
    unsafe: options.unsafeFixes === true,
    lint: textLinter(lintOptions),
  });
  const remaining = options.shellcheck ? await lint(result.output, lintOptions) : result.final.findings;
  return { output: result.output, fixed: result.fixed, remaining };
}
