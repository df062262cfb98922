import type { Instruction, Model, Range, Stage } from '../model/types.js';
import type { BuildContext } from './build-context.js';
import { DEFAULT_SETTINGS, type Finding, type FindingFix, type Fix, type Report, type Rule, type Settings, type Severity, type Visitors } from './types.js';
import { errorMessage } from '../error-message.js';

export interface EnabledRule {
  readonly rule: Rule;
  readonly severity: Severity;
  /** Configured options, already validated; the rule's defaults fill in the rest. */
  readonly options?: Readonly<Record<string, unknown>>;
}

export interface RunOptions {
  /** Name shown in findings. */
  readonly file: string;
  readonly filename: string | undefined;
  readonly buildContext: BuildContext | undefined;
  readonly settings?: Settings;
}

/** Reported when a rule throws; the rule is stopped for that file and the others go on. */
export const INTERNAL_ERROR = { code: 'DF0001', name: 'internal-error' } as const;

interface Active {
  readonly entry: EnabledRule;
  readonly visitors: Visitors;
  failed: boolean;
}

interface Listener {
  readonly active: Active;
  /** The argument's type follows from the event (an instruction, a stage or none), which the table does not keep. */
  readonly visitor: (arg: unknown) => void;
}

/** The visitors of the active rules grouped by the event they listen to, in rule order. */
function listenersByEvent(active: readonly Active[]): Map<string, Listener[]> {
  const table = new Map<string, Listener[]>();
  for (const a of active) {
    const visitors = a.visitors as Readonly<Record<string, unknown>>;
    // for...in: no array of entries per rule per file.
    for (const event in visitors) {
      const visitor = visitors[event];
      if (typeof visitor !== 'function') continue;
      const list = table.get(event);
      const listener = { active: a, visitor: visitor as (arg: unknown) => void };
      if (list) list.push(listener);
      else table.set(event, [listener]);
    }
  }
  return table;
}

/** Runs the enabled rules over one model and returns findings sorted by position. */
export function runRules(model: Model, enabled: readonly EnabledRule[], options: RunOptions): Finding[] {
  const findings: Finding[] = [];
  const active: Active[] = [];

  const fail = (entry: EnabledRule, error: unknown) => {
    const message = errorMessage(error);
    findings.push({
      file: options.file,
      code: INTERNAL_ERROR.code,
      name: INTERNAL_ERROR.name,
      severity: 'error',
      message: `Rule ${entry.rule.code} (${entry.rule.name}) crashed on this file: ${message}`,
      line: 1, column: 1, endLine: 1, endColumn: 1,
    });
  };

  for (const entry of enabled) {
    if (entry.rule.needsBuildContext && !options.buildContext) continue;
    const report = (r: Report) => findings.push(toFinding(entry, r, options.file));
    try {
      const visitors = entry.rule.create({
        model,
        filename: options.filename,
        buildContext: options.buildContext,
        settings: options.settings ?? DEFAULT_SETTINGS,
        options: { ...entry.rule.options?.defaults, ...entry.options },
        report,
      });
      active.push({ entry, visitors, failed: false });
    } catch (error) {
      fail(entry, error);
    }
  }

  // Each event's listeners are listed once per file, so dispatching an instruction touches
  // only the rules that visit it instead of asking every rule for every instruction.
  const listeners = listenersByEvent(active);
  // Few files have ONBUILD: its table is made when the first trigger comes.
  let onbuildListeners: Map<string, Listener[]> | undefined;

  const emit = (table: ReadonlyMap<string, readonly Listener[]>, event: string, arg: unknown) => {
    const list = table.get(event);
    if (!list) return;
    for (const { active: a, visitor } of list) {
      if (a.failed) continue;
      try {
        visitor(arg);
      } catch (error) {
        a.failed = true;
        fail(a.entry, error);
      }
    }
  };

  const visitInstruction = (table: ReadonlyMap<string, readonly Listener[]>, instruction: Instruction) => {
    emit(table, '*', instruction);
    emit(table, instruction.kind, instruction);
  };

  let stage: Stage | undefined;
  for (const instruction of model.instructions) {
    const next = model.stageOf(instruction);
    if (stage && next !== stage) emit(listeners, 'stage:exit', stage);
    stage = next;
    visitInstruction(listeners, instruction);
    if (instruction.trigger) {
      onbuildListeners ??= listenersByEvent(active.filter((a) => a.entry.rule.onbuild === true));
      visitInstruction(onbuildListeners, instruction.trigger);
    }
  }
  if (stage) emit(listeners, 'stage:exit', stage);
  emit(listeners, 'file:exit', undefined);

  return findings.sort(compareFindings);
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn || a.code.localeCompare(b.code);
}

function toFinding(entry: EnabledRule, report: Report, file: string): Finding {
  const position = toLineColumns(report.range);
  const finding: Finding = {
    file,
    code: entry.rule.code,
    name: entry.rule.name,
    severity: entry.severity,
    message: report.message,
    ...position,
  };
  const related = (report.related ?? []).map((r) => ({ ...toLineColumns(r.range), message: r.message }));
  return {
    ...finding,
    ...(report.fix && { fix: toFindingFix(report.fix) }),
    ...(related.length > 0 && { related }),
  };
}

function toLineColumns(range: Range) {
  return {
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function toFindingFix(fix: Fix): FindingFix {
  return {
    description: fix.description,
    safety: fix.safety,
    edits: fix.edits.map((edit) => ({ ...toLineColumns(edit.range), text: edit.text })),
  };
}
