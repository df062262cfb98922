import { compareText } from '../generate/rule-folders.js';

/**
 * The comparison behind the parity report: per code, the instructions both tools report, those
 * only hadolint reports and those only dflint reports. A finding is identified by file, code and
 * the first line of its instruction (all hadolint gives), so several findings of one rule in one
 * instruction count once on either side.
 */

/** One line of hadolint's JSON output (`hadolint --format json`), as stored in the corpus. */
export interface HadolintEntry {
  readonly file: string;
  readonly findings: ReadonlyArray<{ readonly code: string; readonly line: number; readonly message?: string }>;
}

/** A dflint finding placed on the first line (1-based) of the instruction holding it. */
export interface PlacedFinding {
  readonly code: string;
  readonly line: number;
  readonly message: string;
}

/** What dflint made of one corpus file. */
export interface LintedFile {
  readonly file: string;
  /** The file's lines, for the samples. */
  readonly lines: readonly string[];
  readonly findings: readonly PlacedFinding[];
  /**
   * For each line (index 0 is line 1), the first line of the instruction covering it in dflint's
   * model; hadolint's lines go through it too, so both sides name an instruction the same way.
   */
  readonly instructionStarts: readonly number[];
  /** dflint reported a build error (a rule aliased DL1000). */
  readonly syntaxError: boolean;
}

/** What the report needs to know of a dflint rule. */
export interface RuleFacts {
  readonly code: string;
  readonly name: string;
  readonly hasDifferences: boolean;
  readonly offByDefault: boolean;
}

/** One disagreement, to show: where, the source line, and what the reporting tool said. */
export interface Sample {
  readonly file: string;
  readonly line: number;
  readonly source: string;
  readonly message: string;
}

export interface CodeRow {
  readonly code: string;
  /** The dflint rule with this code, if any. */
  readonly rule: RuleFacts | undefined;
  /** Instructions hadolint reports. */
  readonly hadolint: number;
  readonly both: number;
  readonly hadolintOnly: number;
  readonly dflintOnly: number;
  readonly hadolintOnlySamples: readonly Sample[];
  readonly dflintOnlySamples: readonly Sample[];
}

export interface ParityResult {
  /** Files in hadolint's output. */
  readonly files: number;
  /** Files hadolint could not parse (DL1000): left out of the comparison. */
  readonly unparsed: number;
  /** Of those, the files dflint reports no build error in. */
  readonly unparsedDflintParses: number;
  /** Files in hadolint's output that are missing from the corpus folder. */
  readonly missingFiles: readonly string[];
  /** ShellCheck codes are compared only when both tools reported some. */
  readonly shellcheckCompared: boolean;
  /** One row per code, sorted by code. */
  readonly rows: readonly CodeRow[];
}

export const PARSE_ERROR = 'DL1000';
export const SAMPLES_PER_KIND = 3;

const isDlCode = (code: string): boolean => /^DL\d{4}$/.test(code);
const isShellCheckCode = (code: string): boolean => /^SC\d{4}$/.test(code);

interface Occurrence {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** Occurrences by code, then by `file:line`, the first message kept. */
type Occurrences = Map<string, Map<string, Occurrence>>;

function add(into: Occurrences, code: string, occurrence: Occurrence): void {
  const byPlace = into.get(code) ?? new Map<string, Occurrence>();
  const place = `${occurrence.file}\u0000${String(occurrence.line).padStart(8, '0')}`;
  if (!byPlace.has(place)) byPlace.set(place, occurrence);
  into.set(code, byPlace);
}

/** Up to `SAMPLES_PER_KIND` occurrences spread evenly over the sorted list, so one repository does not fill them all. */
function spread<T>(sorted: readonly T[]): T[] {
  if (sorted.length <= SAMPLES_PER_KIND) return [...sorted];
  return Array.from({ length: SAMPLES_PER_KIND }, (_, i) => sorted[Math.floor((i * sorted.length) / SAMPLES_PER_KIND)]!);
}

function samples(places: readonly string[], from: Map<string, Occurrence>, lines: (file: string) => readonly string[]): Sample[] {
  return spread([...places].sort(compareText)).map((place) => {
    const { file, line, message } = from.get(place)!;
    return { file, line, source: lines(file)[line - 1] ?? '', message };
  });
}

export function compare(hadolint: readonly HadolintEntry[], linted: ReadonlyMap<string, LintedFile>, rules: readonly RuleFacts[]): ParityResult {
  const expected: Occurrences = new Map();
  const actual: Occurrences = new Map();
  const missingFiles: string[] = [];
  let unparsed = 0;
  let unparsedDflintParses = 0;

  for (const entry of hadolint) {
    const ours = linted.get(entry.file);
    if (!ours) {
      missingFiles.push(entry.file);
      continue;
    }
    if (entry.findings.some((f) => f.code === PARSE_ERROR)) {
      unparsed++;
      if (!ours.syntaxError) unparsedDflintParses++;
      continue;
    }
    const start = (line: number) => ours.instructionStarts[line - 1] ?? line;
    for (const f of entry.findings) add(expected, f.code, { file: entry.file, line: start(f.line), message: f.message ?? '' });
    for (const f of ours.findings) add(actual, f.code, { file: entry.file, line: f.line, message: f.message });
  }

  const hasShellCheck = (found: Occurrences) => [...found.keys()].some(isShellCheckCode);
  const shellcheckCompared = hasShellCheck(expected) && hasShellCheck(actual);
  const compared = (code: string) => code !== PARSE_ERROR && (isDlCode(code) || (shellcheckCompared && isShellCheckCode(code)));
  const ruleByCode = new Map(rules.map((rule) => [rule.code, rule]));
  const codes = new Set([...expected.keys(), ...actual.keys(), ...rules.map((r) => r.code)].filter(compared));
  const lines = (file: string) => linted.get(file)?.lines ?? [];

  const rows = [...codes].sort(compareText).map((code): CodeRow => {
    const theirs = expected.get(code) ?? new Map<string, Occurrence>();
    const ours = actual.get(code) ?? new Map<string, Occurrence>();
    const hadolintOnly = [...theirs.keys()].filter((place) => !ours.has(place));
    const dflintOnly = [...ours.keys()].filter((place) => !theirs.has(place));
    return {
      code,
      rule: ruleByCode.get(code),
      hadolint: theirs.size,
      both: theirs.size - hadolintOnly.length,
      hadolintOnly: hadolintOnly.length,
      dflintOnly: dflintOnly.length,
      hadolintOnlySamples: samples(hadolintOnly, theirs, lines),
      dflintOnlySamples: samples(dflintOnly, ours, lines),
    };
  });

  return { files: hadolint.length, unparsed, unparsedDflintParses, missingFiles: missingFiles.sort(compareText), shellcheckCompared, rows };
}

/** Parses hadolint's JSON lines (blank lines skipped), naming the line of any malformed entry. */
export function parseHadolintJsonl(text: string): HadolintEntry[] {
  return text.split('\n').flatMap((line, index) => {
    if (!line.trim()) return [];
    const entry = JSON.parse(line) as Partial<HadolintEntry>;
    if (typeof entry.file !== 'string' || !Array.isArray(entry.findings)) throw new Error(`hadolint output line ${index + 1}: expected {file, findings}`);
    return [entry as HadolintEntry];
  });
}
