import { failsThreshold } from '../cli/exit-code.js';
import { INTERNAL_ERROR } from '../engine/run.js';
import type { Finding } from '../engine/types.js';
import { sourceFrame, splitLines } from './source-frame.js';
import type { FileResult, Formatter } from './types.js';
import { attributes, escapeText, XML_DECLARATION } from './xml.js';

/** How a finding shows in the report: what fails the run fails its test case. */
type Outcome = 'failure' | 'error' | 'passed';

interface Suite {
  readonly xml: string[];
  readonly tests: number;
  readonly failures: number;
  readonly errors: number;
}

/**
 * A failing finding is a `<failure>`, except DF0001 (a rule crashed), which is an `<error>` as
 * JUnit reports a test that could not run. A finding below the file's failure threshold (style
 * by default) does not fail the run, so its test case passes, with the finding in `<system-out>`.
 */
function outcomeOf(finding: Finding, result: FileResult): Outcome {
  if (!failsThreshold(finding.severity, result.failureThreshold ?? 'info')) return 'passed';
  return finding.code === INTERNAL_ERROR.code ? 'error' : 'failure';
}

/** The finding in words, with its source line and carets: the body CI pages show under a test. */
function details(finding: Finding, lines: readonly string[]): string {
  const out = [
    `${finding.severity}: ${finding.message}`,
    `Rule: ${finding.code} ${finding.name}`,
    `Location: ${finding.file}:${finding.line}:${finding.column}`,
  ];
  if (finding.fix) out.push(`Fix (${finding.fix.safety}): ${finding.fix.description}`);
  const frame = sourceFrame(lines, finding);
  if (frame) {
    const gutter = String(finding.line);
    out.push('', `${gutter} | ${frame.line}`.trimEnd(), `${' '.repeat(gutter.length)} | ${frame.carets}`);
  }
  return out.join('\n');
}

function testCase(finding: Finding, result: FileResult, lines: readonly string[]): { xml: string[]; outcome: Outcome } {
  const outcome = outcomeOf(finding, result);
  const open = `    <testcase${attributes({
    name: `${finding.code} ${finding.name} at ${finding.line}:${finding.column}`,
    classname: result.file,
    file: result.file,
    time: 0,
  })}>`;
  const body = escapeText(details(finding, lines));
  const inner =
    outcome === 'passed'
      ? `      <system-out>${body}</system-out>`
      : `      <${outcome}${attributes({ message: finding.message, type: finding.severity })}>${body}</${outcome}>`;
  return { xml: [open, inner, '    </testcase>'], outcome };
}

/** One suite per file; a file without findings gets one passing case, so clean files show up too. */
function suiteOf(result: FileResult): Suite {
  const lines = splitLines(result.text);
  const cases = result.findings.map((finding) => testCase(finding, result, lines));
  const count = (outcome: Outcome) => cases.filter((c) => c.outcome === outcome).length;
  const suite = { tests: Math.max(cases.length, 1), failures: count('failure'), errors: count('error') };
  const open = `  <testsuite${attributes({ name: result.file, ...suite, time: 0 })}>`;
  const body = cases.length > 0 ? cases.flatMap((c) => c.xml) : [`    <testcase${attributes({ name: 'no findings', classname: result.file, file: result.file, time: 0 })}/>`];
  return { xml: [open, ...body, '  </testsuite>'], ...suite };
}

/**
 * JUnit XML as CI systems read test reports (GitLab, Jenkins, Azure Pipelines, CircleCI): one
 * test suite per linted file, one test case per finding. `time` is always 0: dflint does not time
 * files, but some readers require the attribute.
 */
export const junit: Formatter = {
  name: 'junit',
  description: 'JUnit XML, for CI test reports',
  readsText: true,
  format(results) {
    const suites = results.map(suiteOf);
    const sum = (key: 'tests' | 'failures' | 'errors') => suites.reduce((total, suite) => total + suite[key], 0);
    const totals = attributes({ name: 'dflint', tests: sum('tests'), failures: sum('failures'), errors: sum('errors'), time: 0 });
    if (suites.length === 0) return `${XML_DECLARATION}\n<testsuites${totals}/>\n`;
    return `${[XML_DECLARATION, `<testsuites${totals}>`, ...suites.flatMap((s) => s.xml), '</testsuites>'].join('\n')}\n`;
  },
};
