import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver/node';
import type { Finding, Severity } from '../engine/types.js';
import { ruleInfoLookup } from '../formatters/rule-info.js';
import { allRules } from '../rule-set.js';
import { UNUSED_IGNORE } from '../suppress/resolve-code.js';
import { packageVersion } from '../cli/version.js';
import { rangeOf } from './positions.js';

/** Every diagnostic's `source`, which editors show beside the code. */
export const SOURCE = 'dflint';

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  style: DiagnosticSeverity.Hint,
};

const TAG = { unnecessary: DiagnosticTag.Unnecessary, deprecated: DiagnosticTag.Deprecated } as const;

/** The rule behind a finding (metadata and documentation link), as the report formats look it up. */
export const ruleInfo = ruleInfoLookup(allRules(), packageVersion());

/** A finding as an LSP diagnostic of the document `uri`. */
export function toDiagnostic(finding: Finding, uri: string): Diagnostic {
  const info = ruleInfo(finding);
  // A pragma that suppresses nothing is code that can go, as an unused stage is.
  const tag = finding.code === UNUSED_IGNORE.code ? 'unnecessary' : info.rule?.editorTag;
  return {
    range: rangeOf(finding),
    severity: SEVERITY[finding.severity],
    code: finding.code,
    ...(info.url === undefined ? {} : { codeDescription: { href: info.url } }),
    source: SOURCE,
    message: finding.message,
    ...(tag === undefined ? {} : { tags: [TAG[tag]] }),
    ...(finding.related && finding.related.length > 0
      ? { relatedInformation: finding.related.map((related) => ({ location: { uri, range: rangeOf(related) }, message: related.message })) }
      : {}),
  };
}

/** The one diagnostic of a document that could not be linted (an invalid config file, a crash): over its first line. */
export function failureDiagnostic(message: string, text: string): Diagnostic {
  const firstLine = /^[^\r\n]*/.exec(text)![0];
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } },
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    message,
  };
}
