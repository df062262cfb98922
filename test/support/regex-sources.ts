import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** A regular expression written in the code: a literal, or `new RegExp`/`RegExp` with a literal pattern. */
export interface RegexSource {
  /** `path:line`. */
  readonly where: string;
  readonly source: string;
  readonly flags: string;
  /** For a template pattern: each `${…}` stood for by a plain word, since its value is only known at run time. */
  readonly templated: boolean;
}

/**
 * Every regular expression of the TypeScript files (tests excluded) under the given folders; `dynamic`
 * names the patterns built at run time as `path: pattern-expression`, which stays the same when lines move.
 */
export function regexSources(root: string, folders: readonly string[]): { found: RegexSource[]; dynamic: string[] } {
  const found: RegexSource[] = [];
  const dynamic: string[] = [];
  for (const file of folders.flatMap((folder) => typeScriptFiles(join(root, folder)))) {
    const text = readFileSync(file, 'utf8');
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const where = (node: ts.Node) => `${relative(root, file)}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const slash = node.text.lastIndexOf('/');
        found.push({ where: where(node), source: node.text.slice(1, slash), flags: node.text.slice(slash + 1), templated: false });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        const flagText = flags && ts.isStringLiteralLike(flags) ? flags.text : '';
        if (pattern && ts.isStringLiteralLike(pattern)) found.push({ where: where(node), source: pattern.text, flags: flagText, templated: false });
        else if (pattern && ts.isTemplateExpression(pattern)) {
          const source = pattern.head.text + pattern.templateSpans.map((span) => `word${span.literal.text}`).join('');
          found.push({ where: where(node), source, flags: flagText, templated: true });
        } else if (pattern) dynamic.push(`${relative(root, file)}: ${pattern.getText(sourceFile)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return { found, dynamic };
}

function typeScriptFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
