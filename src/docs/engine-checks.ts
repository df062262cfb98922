import { INTERNAL_ERROR } from '../engine/run.js';
import { UNUSED_IGNORE } from '../suppress/resolve-code.js';
import { FILE_ENCODING } from '../engine/encoding-check.js';

/** The documentation of a check dflint runs on itself (DF0001, DF0002) or on a file's bytes (DF0003), which is not a rule. */
export interface EngineCheckDoc {
  readonly code: string;
  readonly name: string;
  /** One line, as in a rule's summary. */
  readonly summary: string;
  /** What it reports and what to do, in a paragraph. */
  readonly description: string;
  /** The whole documentation as Markdown, as `dflint --explain` prints it. */
  readonly markdown: string;
}

const INTERNAL_ERROR_DESCRIPTION =
  'A rule of dflint failed with an error on this file, so that rule did not fully check it; the other ' +
  'rules ran. This is a bug in dflint: please report it with the Dockerfile.';

const UNUSED_IGNORE_DESCRIPTION =
  'An ignore pragma, or one of its codes, suppressed no finding: the rule no longer reports there, the ' +
  'code is unknown or misspelled, or the pragma is not directly above an instruction. Remove it or ' +
  'correct it, so that it does not hide a later finding by surprise.';

const UNUSED_IGNORE_FIX =
  'Each unused code carries a fix that deletes it with its comma, or the whole comment line when no ' +
  'code of the pragma is left (a comment line that holds more than the pragma, such as a `check` ' +
  'directive that also sets `error=`, is not deleted). Unknown codes are not deleted: a person has to ' +
  'correct them. The fix changes comments only, so the image is the same. It is safe for `# dflint` ' +
  'pragmas, and unsafe for `# hadolint` and `# check=` pragmas: hadolint still needs a pragma where its ' +
  'rule reports and dflint\'s does not, and BuildKit runs its own checks.';

const FILE_ENCODING_DESCRIPTION =
  'The file is not UTF-8 text, the only encoding BuildKit reads. A UTF-16 or UTF-32 file (with a byte order ' +
  'mark, as PowerShell 5\'s `>` and some Windows editors write) is an error and is not linted: BuildKit would ' +
  'read its first instruction as garbage. A file with bytes that are not valid UTF-8 (Latin-1 or Windows-1252 ' +
  'text) is a warning at the first such byte; the file is linted with those bytes read as U+FFFD, and `--fix` ' +
  'leaves it unchanged so that they are not lost. Save the file as UTF-8. Binary files (NUL bytes, or mostly ' +
  'control characters) are not reported here: they are skipped with a warning on standard error.';

export const ENGINE_CHECKS: readonly EngineCheckDoc[] = [
  {
    code: INTERNAL_ERROR.code,
    name: INTERNAL_ERROR.name,
    summary: 'A rule crashed on this file',
    description: INTERNAL_ERROR_DESCRIPTION,
    markdown: [
      `# ${INTERNAL_ERROR.name} (${INTERNAL_ERROR.code})`,
      '**Severity:** error · **Fix:** none',
      INTERNAL_ERROR_DESCRIPTION,
      'It cannot be suppressed.',
    ].join('\n\n'),
  },
  {
    code: UNUSED_IGNORE.code,
    name: UNUSED_IGNORE.name,
    summary: 'An ignore pragma suppresses nothing',
    description: UNUSED_IGNORE_DESCRIPTION,
    markdown: [
      `# ${UNUSED_IGNORE.name} (${UNUSED_IGNORE.code})`,
      '**Severity:** warning · **Fix:** safe fix for `# dflint` pragmas, unsafe fix for the others',
      UNUSED_IGNORE_DESCRIPTION,
      'Reported with `--report-unused-ignores` (`reportUnusedIgnores` in the configuration); it cannot be ' +
        'configured per rule or suppressed. See docs/suppressions.md.',
      '## Fix safety',
      UNUSED_IGNORE_FIX,
    ].join('\n\n'),
  },
  {
    code: FILE_ENCODING.code,
    name: FILE_ENCODING.name,
    summary: 'The file is not UTF-8',
    description: FILE_ENCODING_DESCRIPTION,
    markdown: [
      `# ${FILE_ENCODING.name} (${FILE_ENCODING.code})`,
      '**Severity:** error for UTF-16 and UTF-32, warning for invalid UTF-8 · **Fix:** none',
      FILE_ENCODING_DESCRIPTION,
      'It is reported by the command line and `lintFiles`, which read bytes (`lint(text)` receives text); it cannot be configured or suppressed.',
    ].join('\n\n'),
  },
];

/** The engine check a code or name (in any case) names, if any. */
export function findEngineCheck(id: string): EngineCheckDoc | undefined {
  const wanted = id.trim().toLowerCase();
  return ENGINE_CHECKS.find((c) => c.code.toLowerCase() === wanted || c.name === wanted);
}
