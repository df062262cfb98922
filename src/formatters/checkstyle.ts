import type { Finding, RuleMeta, Severity } from '../engine/types.js';
import { SHELLCHECK_CODE } from '../shellcheck/codes.js';
import type { Formatter } from './types.js';
import { attributes, XML_DECLARATION } from './xml.js';

/** Checkstyle's severities are error, warning and info (and ignore): style findings are `info`. */
const SEVERITY: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'info', style: 'info' };

/**
 * `dflint.<group>.<code>`, shaped like Checkstyle's own check class names: Jenkins' warnings-ng
 * takes what follows the last dot as the issue type (the code) and the segment before it as the
 * category. The group is the rule's category, `shellcheck` for ShellCheck's codes, and `core`
 * for dflint's own checks (DF0001, DF0002) and any code without rule metadata.
 */
function checkstyleSource(finding: Finding, categories: ReadonlyMap<string, string>): string {
  const group = categories.get(finding.code) ?? (SHELLCHECK_CODE.test(finding.code) ? 'shellcheck' : 'core');
  return `dflint.${group}.${finding.code}`;
}

function categoriesOf(rules: readonly RuleMeta[]): ReadonlyMap<string, string> {
  return new Map(rules.map((rule) => [rule.code, rule.category]));
}

/**
 * Checkstyle XML 4.3, as Checkstyle, ESLint and hadolint write it: one `<file>` per linted
 * file, also for files without findings (so a reader knows they were checked), one `<error>`
 * per finding.
 */
export const checkstyle: Formatter = {
  name: 'checkstyle',
  description: 'Checkstyle XML (Jenkins warnings-ng, reviewdog)',
  format(results, context) {
    const categories = categoriesOf(context.rules);
    const lines = [XML_DECLARATION, '<checkstyle version="4.3">'];
    for (const result of results) {
      const file = attributes({ name: result.file });
      if (result.findings.length === 0) {
        lines.push(`  <file${file}/>`);
        continue;
      }
      lines.push(`  <file${file}>`);
      for (const finding of result.findings) {
        const error = attributes({
          line: finding.line,
          column: finding.column,
          severity: SEVERITY[finding.severity],
          message: finding.message,
          source: checkstyleSource(finding, categories),
        });
        lines.push(`    <error${error}/>`);
      }
      lines.push('  </file>');
    }
    lines.push('</checkstyle>');
    return `${lines.join('\n')}\n`;
  },
};
