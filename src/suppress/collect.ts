import type { Model, Range } from '../model/types.js';
import type { CodeSpan, Span } from './code-list.js';
import { parseCheckComment, parseCheckValue, type ParsedCheck } from './parse-check.js';
import { parseIgnorePragma } from './parse-ignore-pragma.js';
import { buildKitRules, resolveBuildKitCheck, resolveCode } from './resolve-code.js';
import type { CodeTarget, MalformedPragma, Pragma, PragmaCode } from './types.js';

export interface CollectedPragmas {
  readonly pragmas: readonly Pragma[];
  readonly malformed: readonly MalformedPragma[];
}

/**
 * Every suppression written in the file: `# dflint ...` and `# hadolint ...` comments, BuildKit's
 * `# check=` directive at the top and `# check=` comments above instructions. Read from the
 * model's comments and directives, whose positions are exact.
 */
export function collectPragmas(model: Model, { directive: readDirective = true } = {}): CollectedPragmas {
  const pragmas: Pragma[] = [];
  const malformed: MalformedPragma[] = [];
  for (const directive of model.directives) {
    // `BUILDKIT_DOCKERFILE_CHECK` replaces the directive (see check-options.ts).
    if (directive.name !== 'check' || !readDirective) continue;
    const at = spanMapper(directive.valueRange.start);
    const parsed = parseCheckValue(directive.value, 0);
    if ('malformed' in parsed) malformed.push({ range: at(parsed), message: parsed.malformed });
    else if (parsed.skip.length > 0) pragmas.push(buildKitPragma(parsed, 'file', directive.range, at));
  }
  for (const comment of model.comments) {
    // The text of a comment starts just after its `#`.
    const at = spanMapper({ line: comment.range.start.line, character: comment.range.start.character + 1 });
    const ignore = parseIgnorePragma(comment.text);
    if (ignore && 'malformed' in ignore) malformed.push({ range: at(ignore), message: ignore.malformed });
    else if (ignore) {
      pragmas.push({
        tool: ignore.tool,
        scope: ignore.scope,
        codes: ignore.codes.map((code) => toCode(code, ignore.ignoreFile ? { kind: 'all' } : resolveCode(code.text), at)),
        range: at(ignore.span),
        comment: comment.range,
        ownsLine: true,
        reason: ignore.reason,
      });
      continue;
    }
    const check = parseCheckComment(comment.text);
    if (check && 'malformed' in check) malformed.push({ range: at(check), message: check.malformed });
    else if (check && check.skip.length > 0) pragmas.push(buildKitPragma(check, 'instruction', comment.range, at));
  }
  return { pragmas, malformed };
}

type SpanMapper = (span: Span) => Range;

/** Spans of one line's text, from `start`, as ranges. */
function spanMapper(start: Range['start']): SpanMapper {
  return (span) => ({
    start: { line: start.line, character: start.character + span.start },
    end: { line: start.line, character: start.character + span.end },
  });
}

/** The `# check=` directive (the whole file) or comment (the instruction below). */
function buildKitPragma(parsed: ParsedCheck, scope: 'file' | 'instruction', line: Range, at: SpanMapper): Pragma {
  const all: CodeTarget = { kind: 'rules', rules: buildKitRules() };
  return {
    tool: 'buildkit',
    scope,
    codes: parsed.skip.map((code) => toCode(code, parsed.skipAll ? all : resolveBuildKitCheck(code.text), at)),
    range: at(parsed.span),
    comment: line,
    ownsLine: !parsed.hasOtherOptions,
    reason: parsed.reason,
  };
}

function toCode(code: CodeSpan, target: CodeTarget, at: SpanMapper): PragmaCode {
  return { text: code.text, range: at(code), target };
}
