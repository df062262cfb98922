import type { Finding, FindingFix, Rule } from '../engine/types.js';
import type { Model, Range } from '../model/types.js';
import { removalFix } from './removal-fix.js';
import { UNUSED_IGNORE } from './resolve-code.js';
import type { MalformedPragma, Pragma, PragmaCode } from './types.js';

export interface PragmaUse {
  readonly pragma: Pragma;
  /** Undefined when the pragma's place gives it nothing to cover. */
  readonly coverage: Range | undefined;
  /** The codes that suppressed at least one finding. */
  readonly used: ReadonlySet<PragmaCode>;
}

/**
 * DF0002 findings: malformed pragmas, pragmas placed where they cover nothing, unknown codes
 * (with a suggestion), and codes that suppressed nothing. A code is judged only when one of its
 * rules ran on this file: a pragma for a rule that is off here, or that needs a build context
 * there is none of, may still be needed elsewhere. Codes of hadolint, ShellCheck and BuildKit
 * rules dflint lacks are never judged.
 */
export function unusedIgnoreFindings(model: Model, file: string, uses: readonly PragmaUse[], malformed: readonly MalformedPragma[], ran: ReadonlySet<Rule>): Finding[] {
  const findings: Finding[] = malformed.map((m) => finding(file, m.range, `${m.message}; the pragma is ignored`));
  for (const { pragma, coverage, used } of uses) {
    if (!coverage) {
      const message = pragma.scope === 'stage'
        ? 'No instruction follows this pragma, so it suppresses nothing: remove it'
        : 'This pragma is not directly above an instruction (blank line or end of file), so it suppresses nothing: move it or remove it';
      findings.push(finding(file, pragma.range, message, removalFix(model, pragma, undefined, new Set(pragma.codes))));
      continue;
    }
    const removable = new Set(pragma.codes.filter((code) => code.target.kind === 'unsuppressible' || (isJudged(code, ran) && !used.has(code))));
    for (const code of pragma.codes) {
      const message = messageFor(pragma, code, ran, used);
      if (message) findings.push(finding(file, code.range, message, removable.has(code) ? removalFix(model, pragma, code, removable) : undefined));
    }
  }
  return findings;
}

function messageFor(pragma: Pragma, code: PragmaCode, ran: ReadonlySet<Rule>, used: ReadonlySet<PragmaCode>): string | undefined {
  const target = code.target;
  switch (target.kind) {
    case 'foreign':
      return undefined;
    case 'unsuppressible':
      return `\`${code.text}\` reports on dflint itself and cannot be suppressed: remove it from the pragma`;
    case 'unknown': {
      if (target.caseOnly) return `Unknown BuildKit check \`${code.text}\`: check names are case-sensitive, write \`${target.suggestion}\``;
      if (target.suggestion) return `Unknown ${pragma.tool === 'buildkit' ? 'BuildKit check' : 'rule'} \`${code.text}\`: did you mean \`${target.suggestion}\`?`;
      return pragma.tool === 'buildkit'
        ? `Unknown BuildKit check \`${code.text}\`: use a check name such as \`JSONArgsRecommended\``
        : `Unknown rule \`${code.text}\`: use a rule code, name or alias such as \`DL3006\` or \`no-sudo\``;
    }
    case 'all':
    case 'rules':
      if (!isJudged(code, ran) || used.has(code)) return undefined;
      return `\`${code.text}\` suppressed nothing here: remove ${pragma.codes.length === 1 ? 'the pragma' : 'it from the pragma'}`;
  }
}

function isJudged(code: PragmaCode, ran: ReadonlySet<Rule>): boolean {
  if (code.target.kind === 'all') return ran.size > 0;
  return code.target.kind === 'rules' && code.target.rules.some((rule) => ran.has(rule));
}

function finding(file: string, range: Range, message: string, fix?: FindingFix): Finding {
  const base: Finding = {
    file,
    code: UNUSED_IGNORE.code,
    name: UNUSED_IGNORE.name,
    severity: 'warning',
    message,
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
  return fix ? { ...base, fix } : base;
}
