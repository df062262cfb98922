import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/engine/apply-fixes.js';
import { loadBuildContext } from '../../src/engine/build-context.js';
import { runRules } from '../../src/engine/run.js';
import { DEFAULT_SETTINGS, type Finding, type Rule, type Settings } from '../../src/engine/types.js';
import { buildModel } from '../../src/model/build.js';
import { initShellParser } from '../../src/model/shell/parser.js';
import { checkCaseSetup } from './case-setup.js';

/** What a case runs with besides its Dockerfile: build context files, project settings, rule options. */
export interface CaseSetup {
  /** Files of the build context (relative path → content), e.g. `{ '.dockerignore': 'node_modules' }`. */
  readonly context?: Readonly<Record<string, string>>;
  /** Project settings; the keys left out keep their defaults, e.g. `{ trustedRegistries: ['docker.io'] }`. */
  readonly settings?: Partial<Settings>;
  /** The rule's options, checked against its options schema; its defaults fill in the rest. */
  readonly options?: Readonly<Record<string, unknown>>;
  /** Build args the model resolves ARGs with, as `docker build --build-arg` gives them. */
  readonly buildArgs?: Readonly<Record<string, string>>;
  /** The stage built (`--target`); default the last stage. */
  readonly target?: string;
}

export interface ValidCase extends CaseSetup {
  readonly code: string;
  /** Test title; defaults to the first line that differs from a bare FROM. */
  readonly name?: string;
}

export interface ExpectedFinding {
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  /** The exact message, or a pattern it must match: a test that asserts a finding asserts what it says. */
  readonly message: string | RegExp;
  /** When given: the finding's related locations, all of them, in order. */
  readonly related?: readonly ExpectedRelated[];
}

export interface ExpectedRelated {
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly message: string;
}

export interface InvalidCase extends ValidCase {
  readonly errors: readonly ExpectedFinding[];
  /** The text after applying this rule's fixes; omit when the rule offers no fix here. */
  readonly output?: string;
}

function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (value === null || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key], seen);
  return Object.freeze(value);
}

function contextDir(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dflint-case-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/**
 * Runs one rule alone over a text, on a frozen model, as the engine would, with the case's
 * build context, settings and options (which must be ones the engine could be given).
 */
export function runRule(rule: Rule, code: string, setup: CaseSetup = {}): Finding[] {
  checkCaseSetup(rule, setup);
  const model = deepFreeze(buildModel(code, { target: setup.target, ...(setup.buildArgs ? { buildArgs: setup.buildArgs } : {}) }));
  const dir = setup.context ? contextDir(setup.context) : undefined;
  const enabled = { rule, severity: rule.severity, ...(setup.options ? { options: setup.options } : {}) };
  return runRules(model, [enabled], {
    file: 'Dockerfile',
    filename: dir ? join(dir, 'Dockerfile') : undefined,
    buildContext: dir ? loadBuildContext(join(dir, 'Dockerfile')) : undefined,
    settings: deepFreeze({ ...DEFAULT_SETTINGS, ...setup.settings }),
  });
}

function setupOf({ context, settings, options, buildArgs, target }: CaseSetup): CaseSetup {
  return { context, settings, options, buildArgs, target };
}

function title(testCase: ValidCase): string {
  if (testCase.name) return testCase.name;
  const lines = testCase.code.split('\n').filter((l) => l.trim() && !/^FROM \S+$/i.test(l.trim()));
  return (lines.join(' ⏎ ') || testCase.code).slice(0, 100);
}

function position(f: Finding): string {
  return `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.message}`;
}

/**
 * A strict table tester in the manner of ESLint's RuleTester: valid cases must report nothing,
 * invalid cases exactly the listed findings at the listed positions, and a fix must produce the
 * expected output, after which the rule reports nothing fixable. Rules marked `onbuild` are
 * also run with each invalid RUN wrapped in ONBUILD.
 */
export function testRule(rule: Rule, cases: { valid: ReadonlyArray<string | ValidCase>; invalid: readonly InvalidCase[] }): void {
  describe(`${rule.code} ${rule.name}`, () => {
    beforeAll(() => initShellParser());
    const seen = new Set<string>();
    // Cases may share a Dockerfile and differ in their context files, settings or options.
    const unique = (testCase: ValidCase) => {
      const key = JSON.stringify([testCase.code, testCase.context ?? null, testCase.settings ?? null, testCase.options ?? null, testCase.buildArgs ?? null, testCase.target ?? null]);
      expect(seen.has(key), `duplicate case:\n${testCase.code}`).toBe(false);
      seen.add(key);
    };

    for (const raw of cases.valid) {
      const testCase = typeof raw === 'string' ? { code: raw } : raw;
      it(`valid: ${title(testCase)}`, () => {
        unique(testCase);
        const findings = runRule(rule, testCase.code, setupOf(testCase));
        expect(findings.map(position)).toEqual([]);
      });
    }

    for (const testCase of cases.invalid) {
      it(`invalid: ${title(testCase)}`, () => {
        unique(testCase);
        expect(testCase.errors.length, 'an invalid case must expect at least one finding').toBeGreaterThan(0);
        const findings = runRule(rule, testCase.code, setupOf(testCase));
        expect(findings.map(position), 'number of findings').toHaveLength(testCase.errors.length);
        testCase.errors.forEach((expected, i) => {
          const actual = findings[i]!;
          expect(actual.code).toBe(rule.code);
          expect({ line: actual.line, column: actual.column }).toEqual({ line: expected.line, column: expected.column });
          if (expected.endLine !== undefined) expect(actual.endLine).toBe(expected.endLine);
          if (expected.endColumn !== undefined) expect(actual.endColumn).toBe(expected.endColumn);
          if (typeof expected.message === 'string') expect(actual.message).toBe(expected.message);
          else if (expected.message) expect(actual.message).toMatch(expected.message);
          if (expected.related) {
            // Only the fields the case gives are compared, as for the finding itself.
            const related = (actual.related ?? []).map((r, j) => {
              const want = expected.related![j];
              return { line: r.line, column: r.column, ...(want?.endLine !== undefined && { endLine: r.endLine }), ...(want?.endColumn !== undefined && { endColumn: r.endColumn }), message: r.message };
            });
            expect(related, 'related locations').toEqual(expected.related);
          }
        });
        const fixable = findings.filter((f) => f.fix);
        if (testCase.output === undefined) {
          expect(fixable.map(position), 'fixes offered but no `output` expected').toEqual([]);
        } else {
          expect(fixable.length, 'an `output` is expected but no fix was offered').toBeGreaterThan(0);
          for (const f of fixable) expect(rule.fixable === 'unsafe' || f.fix!.safety === 'safe').toBe(true);
          const fixed = applyFixes(testCase.code, findings).text;
          expect(fixed).toBe(testCase.output);
          const again = runRule(rule, fixed, setupOf(testCase)).filter((f) => f.fix);
          expect(again.map(position), 'fixed text still has fixable findings').toEqual([]);
        }
      });
    }

    if (rule.onbuild) {
      const wrappable = cases.invalid.filter((c) => /^RUN /m.test(c.code) && !c.context && c.code.split('\n').filter((l) => /^RUN /.test(l)).length === 1 && !c.code.includes('<<'));
      for (const testCase of wrappable.slice(0, 3)) {
        it(`invalid inside ONBUILD: ${title(testCase)}`, () => {
          const code = testCase.code.replace(/^RUN /m, 'ONBUILD RUN ');
          expect(runRule(rule, code, setupOf(testCase)).length).toBeGreaterThan(0);
        });
      }
    }
  });
}
