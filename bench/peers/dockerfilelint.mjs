// A peer of bench/cli.mjs: dockerfilelint (npm), run as its own CLI runs it (per file: find the
// config from the file's folder, lint, add to the JSON reporter; one JSON report at the end), but
// over every file named on the command line (or listed, one per line, in the file given with
// --list). Its CLI stops at the first file that makes a check throw, which some corpus files do;
// here such a file is counted and skipped so that the run covers the same files as dflint's.
// Installed by bench/cli.mjs with `npm ci` in bench/peers/dockerfilelint.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

const require = createRequire(new URL('./dockerfilelint/package.json', import.meta.url));
const dockerfilelint = require('dockerfilelint');
const JsonReporter = require('dockerfilelint/lib/reporter/json_reporter');

const args = process.argv.slice(2);
const files = args[0] === '--list' ? readFileSync(args[1], 'utf8').split('\n').filter(Boolean) : args;
const reporter = new JsonReporter();
let crashed = 0;
for (const file of files) {
  const content = readFileSync(file, 'utf8');
  try {
    reporter.addFile(file, content, dockerfilelint.run(resolve(dirname(file)), content));
  } catch {
    crashed++;
  }
}
const report = JSON.parse(reporter.buildReport().toString());
process.stdout.write(`${files.length} files, ${report.totalIssues} issues, ${crashed} files where dockerfilelint threw\n`);
