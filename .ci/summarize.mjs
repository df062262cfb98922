// Prints the one summary line of .ci/run from vitest's JSON report and exits 1 when anything
// failed: failed tests, test files that failed outside any test (an import error, a failing
// hook), or a test run that failed for another reason (the build, an unhandled error).
//
//   node .ci/summarize.mjs <vitest.json> <exit status of npm test>
//   node .ci/summarize.mjs --setup-failed
import { existsSync, readFileSync } from 'node:fs';

function summarize(reportPath, status) {
  if (!reportPath || !existsSync(reportPath)) {
    console.error('No vitest report: the build or vitest failed before any test ran');
    return { passed: 0, failed: 1, skipped: 0 };
  }
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  );
  for (const file of brokenFiles) console.error(`Failed outside its tests: ${file.name}\n${file.message}`);
  let failed = report.numFailedTests + brokenFiles.length;
  if (failed === 0 && (!report.success || status !== 0)) {
    console.error(`vitest reported no failed test but the run failed (exit status ${status})`);
    failed = 1;
  }
  return { passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests };
}

const [first, second] = process.argv.slice(2);
const { passed, failed, skipped } =
  first === '--setup-failed' ? { passed: 0, failed: 1, skipped: 0 } : summarize(first, Number(second ?? 0));
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
