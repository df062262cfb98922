import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { INTERNAL_ERROR } from '../engine/run.js';
import type { Finding } from '../engine/types.js';
import { UNUSED_IGNORE } from '../suppress/resolve-code.js';
import { SOURCE, toDiagnostic } from './diagnostics.js';
import type { LintedText } from './document-linter.js';
import { fixAllEdits } from './fix-all.js';
import { ignoreForLineEdit, ignoreInFileEdit } from './ignore-edits.js';
import { overlaps, rangeOf, sameRange } from './positions.js';

/** The kind of the action that applies every safe fix, which editors run on save when asked to. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.${SOURCE}`;

/** Checks about dflint itself, which no pragma can silence. */
const UNSUPPRESSIBLE = new Set<string>([INTERNAL_ERROR.code, UNUSED_IGNORE.code]);

export interface CodeActionRequest {
  readonly document: TextDocument;
  readonly range: Range;
  /** The diagnostics the client sent with the request (those at the cursor or selection). */
  readonly diagnostics: readonly Diagnostic[];
  /** The kinds the client wants; all when absent. */
  readonly only: readonly string[] | undefined;
}

/**
 * The code actions for the findings of a request: each finding's fix, then its ignore comments
 * for the line and for the file; and the action that applies every safe fix.
 */
export function codeActions(request: CodeActionRequest, linted: LintedText, { deferFixAll }: { readonly deferFixAll: boolean }): CodeAction[] {
  const { document, only } = request;
  const wants = (kind: string) => only === undefined || only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const finding of findingsOf(request, linted.findings)) actions.push(...findingActions(finding, document, linted));
  }
  if (wants(FIX_ALL_KIND) && linted.findings.some((f) => f.fix?.safety === 'safe')) {
    const title = 'Fix all safely fixable dflint problems';
    // Fixing runs the linter once per pass: a client that resolves actions pays for it only when it picks this one.
    if (deferFixAll) actions.push({ title, kind: FIX_ALL_KIND, data: { uri: document.uri } });
    else {
      const edits = fixAllEdits(document, linted.options);
      if (edits.length > 0) actions.push({ title, kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: edits } } });
    }
  }
  return actions;
}

/** The findings the client's diagnostics stand for; without any of ours, those under the range. */
function findingsOf(request: CodeActionRequest, findings: readonly Finding[]): Finding[] {
  const ours = request.diagnostics.filter((d) => d.source === SOURCE);
  if (ours.length === 0) return findings.filter((f) => overlaps(rangeOf(f), request.range));
  return findings.filter((f) => ours.some((d) => d.code === f.code && sameRange(d.range, rangeOf(f))));
}

function findingActions(finding: Finding, document: TextDocument, linted: LintedText): CodeAction[] {
  const uri = document.uri;
  const diagnostic = toDiagnostic(finding, uri);
  const actions: CodeAction[] = [];
  if (finding.fix) {
    const safe = finding.fix.safety === 'safe';
    actions.push({
      title: safe ? finding.fix.description : `${finding.fix.description} (unsafe)`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: safe,
      edit: { changes: { [uri]: finding.fix.edits.map((edit) => ({ range: rangeOf(edit), newText: edit.text })) } },
    });
  }
  if (UNSUPPRESSIBLE.has(finding.code)) return actions;
  const forLine = ignoreForLineEdit(linted.model, finding.line - 1, finding.code);
  if (forLine) {
    actions.push({ title: `Ignore ${finding.code} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: [forLine] } } });
  }
  actions.push({ title: `Ignore ${finding.code} in this file`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: [ignoreInFileEdit(linted.model, finding.code)] } } });
  return actions;
}
