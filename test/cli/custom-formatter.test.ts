import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatters } from '../../src/formatters/index.js';
import { isFormatterPath } from '../../src/formatters/load.js';
import { dflintProcess, ensureBuilt, ROOT } from './built-cli.js';
import { dflint } from './run-cli.js';
import { tempTree } from './temp-tree.js';

beforeAll(ensureBuilt, 120_000);

const SUDO = 'FROM debian:12\nRUN sudo true\n';

/** The example module of docs/formatters.md: the first js block under "## Custom formatters". */
function documentedExample(): string {
  const section = readFileSync(join(ROOT, 'docs', 'formatters.md'), 'utf8').split('\n## Custom formatters\n')[1]!;
  return /```js\n([\s\S]*?)```/.exec(section)![1]!;
}

/** Prints what a formatter receives, so the tests can check the interface. */
const REPORTER = `(results, context) =>
  results.map((r) => r.file + ' ' + r.text.length + ' ' + r.findings.map((f) => f.code + '@' + f.line + ':' + f.column).join(',')).join('\\n') +
  '\\ncontext ' + [context.color, context.cwd, typeof context.version, context.rules.some((rule) => rule.code === 'DL3004')].join(' ') + '\\n'`;

describe('custom formatters (--format PATH)', () => {
  const tree = tempTree({
    'Dockerfile': SUDO,
    'clean/Dockerfile': 'FROM debian:12\n',
    'fn.mjs': `export default ${REPORTER};\n`,
    'object.mjs': `export default { name: 'mine', async format(results) { await new Promise((r) => setTimeout(r, 5)); return this.name + ' ' + results.length + '\\n'; } };\n`,
    'named.mjs': `export const format = (results) => 'named ' + results.length + '\\n';\n`,
    'common.cjs': `module.exports = (results) => 'cjs ' + results.length + '\\n';\n`,
    'common-object.cjs': `module.exports = { format: (results) => 'cjs object ' + results.length + '\\n' };\n`,
    'esm/package.json': '{ "type": "module" }\n',
    'esm/report.js': `export default ${REPORTER};\n`,
    'dir with space/f#1.mjs': `export default () => 'spaced\\n';\n`,
    'empty.mjs': 'export const other = 1;\n',
    'not-a-function.mjs': 'export default { format: 3 };\n',
    'import-throws.mjs': "throw new Error('broken on purpose');\n",
    'syntax.mjs': 'export default (;\n',
    'format-throws.mjs': "export default () => { throw new Error('cannot format'); };\n",
    'rejects.mjs': "export default async () => { throw new TypeError('async failure'); };\n",
    'returns-object.mjs': 'export default () => ({ report: 1 });\n',
    'configured/.dflint.yaml': 'format: ./fn.mjs\n',
    'configured/Dockerfile': SUDO,
    'dflint-markdown.mjs': documentedExample(),
  });

  it('loads a default-exported function relative to the current folder and gives it the results and context', async () => {
    const run = await dflint(['-f', './fn.mjs', 'Dockerfile', 'clean/Dockerfile'], { cwd: tree });
    expect(run).toMatchObject({ status: 1, stderr: '' });
    expect(run.stdout).toBe(`Dockerfile 29 DL3004@2:5\nclean/Dockerfile 15 \ncontext false ${tree} string true\n`);
  });

  it('accepts an object with format (awaited when async), a named format export, and CommonJS modules', async () => {
    expect((await dflint(['-f', './object.mjs', 'Dockerfile'], { cwd: tree })).stdout).toBe('mine 1\n');
    expect((await dflint(['-f', './named.mjs', 'Dockerfile'], { cwd: tree })).stdout).toBe('named 1\n');
    expect((await dflint(['-f', './common.cjs', 'Dockerfile'], { cwd: tree })).stdout).toBe('cjs 1\n');
    expect((await dflint(['-f', 'common-object.cjs', 'Dockerfile'], { cwd: tree })).stdout).toBe('cjs object 1\n');
  });

  it('takes any path form: a bare name with a .js extension, a folder, an absolute path, spaces and #', async () => {
    expect((await dflint(['-f', 'esm/report.js', 'Dockerfile'], { cwd: tree })).stdout).toContain('Dockerfile 29 DL3004@2:5\n');
    expect((await dflint(['-f', join(tree, 'named.mjs'), 'Dockerfile'], { cwd: join(tree, 'clean') })).stdout).toBe('named 1\n');
    // A real process: vitest's module loader, not Node's, would import this path in-process.
    expect(dflintProcess(['-f', './dir with space/f#1.mjs', 'Dockerfile'], { cwd: tree }).stdout).toBe('spaced\n');
  });

  it('keeps the exit code and --output of the built-in formats', async () => {
    expect(await dflint(['-f', './named.mjs', 'clean/Dockerfile'], { cwd: tree })).toMatchObject({ status: 0, stdout: 'named 1\n' });
    const run = await dflint(['-f', './named.mjs', '-o', 'report.txt', 'Dockerfile'], { cwd: tree });
    expect(run).toMatchObject({ status: 1, stdout: '' });
    expect(readFileSync(join(tree, 'report.txt'), 'utf8')).toBe('named 1\n');
  });

  it.each([
    ['./missing.js', /^dflint: cannot find the formatter module \.\/missing\.js \(looked for .*missing\.js\)\n$/],
    ['./import-throws.mjs', /^dflint: the formatter module \.\/import-throws\.mjs failed to load: broken on purpose\n$/],
    ['./syntax.mjs', /^dflint: the formatter module \.\/syntax\.mjs failed to load: .*\n$/],
    ['./empty.mjs', /^dflint: the formatter module \.\/empty\.mjs exports no formatter: export a function/],
    ['./not-a-function.mjs', /exports no formatter/],
  ])('exits with 2 and says why when %s cannot be used, before linting anything', async (path, message) => {
    const run = await dflint(['-f', path, 'Dockerfile'], { cwd: tree });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it.each([
    ['./format-throws.mjs', 'dflint: the formatter ./format-throws.mjs failed: cannot format\n'],
    ['./rejects.mjs', 'dflint: the formatter ./rejects.mjs failed: async failure\n'],
    ['./returns-object.mjs', 'dflint: the formatter ./returns-object.mjs returned object, not a string\n'],
  ])('exits with 2 and says why when %s fails while formatting', async (path, message) => {
    expect(await dflint(['-f', path, 'Dockerfile'], { cwd: tree })).toMatchObject({ status: 2, stdout: '', stderr: message });
  });

  it('rejects an unknown name, listing the built-in names and the path form', async () => {
    const run = await dflint(['-f', 'xml', 'Dockerfile'], { cwd: tree });
    expect(run).toMatchObject({ status: 2, stdout: '' });
    expect(run.stderr).toBe(`dflint: unknown format xml: use one of ${[...formatters.keys()].join(', ')}, or the path of a formatter module such as ./my-formatter.js\nRun \`dflint --help\` for usage.\n`);
  });

  it('keeps every built-in name working', async () => {
    for (const name of formatters.keys()) expect(await dflint(['-f', name, 'Dockerfile'], { cwd: tree }), name).toMatchObject({ status: 1, stderr: '' });
    expect((await dflint(['-f', 'checkstyle', 'Dockerfile'], { cwd: tree })).stdout).toContain('<error line="2" column="5" severity="error"');
  });

  it('maps hadolint’s format names to the built-in formats of the same name', async () => {
    const run = await dflint(['Dockerfile'], { cwd: tree, env: { HADOLINT_FORMAT: 'checkstyle' } });
    expect(run.stdout).toContain('<checkstyle version="4.3">');
  });

  it('does not load a formatter module named in a config file', async () => {
    const run = await dflint(['Dockerfile'], { cwd: join(tree, 'configured') });
    expect(run).toMatchObject({ status: 2, stdout: '' });
    expect(run.stderr).toContain('format: expected one of `stylish`');
    expect(run.stderr).toContain('a formatter module can only be named on the command line, with --format');
  });

  it('runs the example module of docs/formatters.md', async () => {
    const run = await dflint(['-f', './dflint-markdown.mjs', 'Dockerfile', 'clean/Dockerfile'], { cwd: tree });
    expect(run).toMatchObject({ status: 1, stderr: '' });
    expect(run.stdout).toMatch(/^\*\*dflint [^*]+\*\*: 1 problem in 1 of 2 Dockerfiles\n\n\| Where \| Severity \| Rule \| Message \| What the rule checks \|\n\|---\|---\|---\|---\|---\|\n/);
    expect(run.stdout).toContain('| `Dockerfile:2:5` | error | DL3004 no-sudo | Do not use `sudo`: build steps run as the current USER; switch with `USER` instead | ');
    expect((await dflint(['-f', './dflint-markdown.mjs', 'clean/Dockerfile'], { cwd: tree })).stdout).toMatch(/^No problems in 1 Dockerfile \(dflint .+\)\.\n$/);
  });

  it('documents the path form in --help', async () => {
    expect((await dflint(['--help'])).stdout.replace(/\s+/g, ' ')).toContain('or the path of a formatter module (./my-formatter.js; see docs/formatters.md)');
  });
});

describe('isFormatterPath', () => {
  it('treats values with a separator or a JavaScript extension as paths, and names as names', () => {
    for (const path of ['./f.js', 'f.mjs', 'F.CJS', 'a/b', 'a\\b', '/abs/f', '../up.ts']) expect(isFormatterPath(path), path).toBe(true);
    for (const name of ['stylish', 'json', 'checkstyle', 'sarif', 'my-formatter', 'f.ts']) expect(isFormatterPath(name), name).toBe(false);
  });
});
