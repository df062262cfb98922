import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';

/**
 * Real Dockerfile lines to build fuzz inputs from: every line of the rules' annotated cases
 * (instructions, continuation lines, heredoc bodies, directives and pragmas), except the
 * expectation comments, which only the test harness reads. Distinct lines, in a stable order.
 */
export function caseFragments(root = packageRoot()): string[] {
  const lines = new Set<string>();
  const rulesDir = join(root, 'rules');
  for (const rule of readdirSync(rulesDir, { withFileTypes: true })) {
    if (!rule.isDirectory()) continue;
    let cases: string[];
    try {
      cases = readdirSync(join(rulesDir, rule.name, 'cases')).filter((name) => name.endsWith('.Dockerfile')).sort();
    } catch {
      continue;
    }
    for (const name of cases) {
      for (const line of readFileSync(join(rulesDir, rule.name, 'cases', name), 'utf8').split(/\r?\n/)) {
        if (!EXPECTATION.test(line)) lines.add(line);
      }
    }
  }
  return [...lines].sort();
}

/** The annotations of test/support (`#   ^^^ DL3008 ...`, `# expect DL3025 4:1-4:4`). */
const EXPECTATION = /^\s*#\s*(?:\^+|expect\s)/;
