import { describe, expect, it } from 'vitest';
import { isArchive } from '../../rules/require-pip-version-pin/require-pip-version-pin.js';
import { codeSpans } from '../../src/action/code-spans.js';
import { message } from '../../src/action/markdown.js';
import { withoutJsonPosition } from '../../src/config/parse-file.js';
import { linksAsText, unwrapAutolinks } from '../../src/docs/inline-links.js';
import { markdownToPlainText } from '../../src/docs/plain-text.js';
import { oneLine } from '../../src/formatters/text.js';
import { joinLines } from '../../src/line-breaks.js';
import { parseExecForm } from '../../src/model/exec-form.js';
import { variableReferences } from '../../src/model/variable-references.js';
import { shellPragmaOf } from '../../src/model/shell-pragmas.js';
import { directiveValue } from '../../src/parse/directive-value.js';
import { MappedText } from '../../src/parse/mapped-text.js';
import { HEREDOC_WORD } from '../../src/parse/scan.js';
import { SourceText } from '../../src/parse/source.js';
import { usesLocalGems } from '../../src/rule-kit/manifest-copies.js';
import { withoutRpmVersion } from '../../src/rule-kit/toolchains.js';
import { parseCheckComment } from '../../src/suppress/parse-check.js';
import { parseIgnorePragma } from '../../src/suppress/parse-ignore-pragma.js';

/**
 * Each rewrite of a super-linear pattern (issue 11) reads what the old pattern read: both are
 * run on ordinary inputs and on every short string of the characters that matter, and the
 * input that made the old one quadratic now takes a few milliseconds.
 */
const HUGE = 50_000;

/** Every string of up to `length` characters of `alphabet`. */
function allStrings(alphabet: string, length: number): string[] {
  let level = [''];
  const all = [''];
  for (let n = 0; n < length; n++) {
    level = level.flatMap((prefix) => [...alphabet].map((c) => prefix + c));
    all.push(...level);
  }
  return all;
}

function fast(run: () => unknown): void {
  const start = performance.now();
  run();
  expect(performance.now() - start).toBeLessThan(500);
}

describe('heredoc word (src/parse/scan.ts)', () => {
  const OLD = /^(\d*)<<(-?)\s*([^<]*)$/;
  it('reads what the old pattern read', () => {
    const inputs = ['<<EOF', '<<-EOF', '3<<"EOF"', "<<-  'x y'", '<< ', '<<', 'a<<b', '<<a<b', ...allStrings('<-3 \tA', 5).map((s) => `<<${s}`)];
    for (const input of inputs) expect([...(HEREDOC_WORD.exec(input) ?? [])]).toEqual([...(OLD.exec(input) ?? [])]);
  });
  it('is linear on a long run of blanks', () => {
    fast(() => expect(HEREDOC_WORD.exec(`<<-${'\t'.repeat(HUGE)}<`)).toBeNull());
  });
});

describe('directive value (src/parse/directives.ts, src/suppress/parse-check.ts)', () => {
  const OLD = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
  const NAME = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=/;
  function read(text: string): string | undefined {
    const match = NAME.exec(text);
    return match ? directiveValue(text, match[0].length) : undefined;
  }
  it('reads what the old pattern read', () => {
    const inputs = ['# syntax=docker/dockerfile:1', '#escape = `  ', '# check=skip=DL3008 // why', '#a= ', '#a=\n', '#a= \n', '#a=x\ny', ...allStrings(' \tx\n=', 6).map((s) => `#a=${s}`)];
    for (const input of inputs) expect(read(input)).toEqual(OLD.exec(input)?.[2]);
  });
  it('is linear on a long run of blanks', () => {
    fast(() => expect(read(`#a=x${' '.repeat(HUGE)}\n!`)).toBeUndefined());
    fast(() => expect(parseCheckComment(` check=skip=DL3008${' '.repeat(HUGE)}\n!`)).toBeUndefined());
  });
  it('keeps # check comments', () => {
    expect(parseCheckComment(' check=skip=DL3008  ')).toMatchObject({ skip: [{ text: 'DL3008', start: 12, end: 18 }] });
  });
});

describe('variable references (src/model/variable-references.ts)', () => {
  const OLD = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|([A-Za-z_][A-Za-z0-9_]*))/g;
  function old(text: string): Array<{ name: string; start: number; end: number }> {
    return [...text.matchAll(OLD)].map((m) => ({ name: (m[1] ?? m[2])!, start: m.index, end: m.index + m[0].length }));
  }
  it('reads what the old pattern read', () => {
    const inputs = ['base-${VARIANT}', '${A:-x}$B', '$1 ${1} ${A', '${A${B}}', ...allStrings('${}a-', 6)];
    for (const input of inputs) expect(variableReferences(input)).toEqual(old(input));
  });
  it('is linear on unclosed braces', () => {
    fast(() => expect(variableReferences('${a'.repeat(HUGE))).toEqual([]));
  });
});

describe('shell pragma (src/model/shell-pragmas.ts)', () => {
  const OLD = /^[ \t]*(?:hadolint|dflint)[ \t]+shell[ \t]*=[ \t]*(\S+)(?:[ \t]*#.*|[ \t]+--(?:[ \t].*)?)?[ \t]*$/;
  it('reads what the old pattern read', () => {
    const inputs = [' hadolint shell=powershell', ' dflint shell = bash # why', ' hadolint shell=sh -- why', ' hadolint shell=sh --why', ' hadolint shell=a#b c', ' hadolint shell=a#b c\n', ...allStrings('a# -\t\n', 6).map((s) => ` hadolint shell=${s}`)];
    for (const input of inputs) expect(shellPragmaOf(input)).toEqual(OLD.exec(input)?.[1]);
  });
  it('is linear on long words and blanks', () => {
    fast(() => expect(shellPragmaOf(` hadolint shell=${'#'.repeat(HUGE)}\n`)).toBeUndefined());
    fast(() => expect(shellPragmaOf(` hadolint shell=sh -- ${' '.repeat(HUGE)}\n`)).toBeUndefined());
  });
});

describe('exec form strings (src/model/exec-form.ts)', () => {
  const OLD = /"(?:[^"\\]|\\.)*"/gs;
  function strings(text: string): string[] {
    const parsed = parseExecForm(new MappedText(new SourceText(text)).appendSource(0, text.length));
    return parsed.kind === 'exec' ? parsed.strings.map((s) => `${s.raw}@${s.range.start.character}`) : [];
  }
  it('reads what the old pattern read', () => {
    const inputs = ['["sh", "-c", "echo \\"hi\\""]', '[ "a\\\\", "b" ]', '["\\u0041\\n", ""]', '[]'];
    for (const input of inputs) expect(strings(input)).toEqual([...input.matchAll(OLD)].map((m) => `${m[0]}@${m.index}`));
  });
  it('is linear on long strings of escaped quotes', () => {
    fast(() => expect(strings(`["${'\\"'.repeat(HUGE)}"]`)).toHaveLength(1));
  });
});

describe('ignore pragma reason (src/suppress/parse-ignore-pragma.ts)', () => {
  const OLD = /[ \t]+--(?:[ \t]+(.*))?$/y;
  const NEW = /[ \t]+--(?:[ \t]+([^ \t\n\r\u2028\u2029].*|))?$/y;
  function run(pattern: RegExp, text: string): string[] | undefined {
    pattern.lastIndex = 0;
    const match = pattern.exec(text);
    return match ? [...match] : undefined;
  }
  it('reads what the old pattern read', () => {
    const inputs = [' -- pinned by digest', ' --', ' --  ', '\t--\twhy  ', ' --why', ...allStrings(' \t-x\n', 6).map((s) => ` --${s}`)];
    for (const input of inputs) expect(run(NEW, input)).toEqual(run(OLD, input));
  });
  it('is linear on a long run of blanks', () => {
    fast(() => expect(run(NEW, ` --${' '.repeat(HUGE)}\n`)).toBeUndefined());
  });
  it('keeps the reason of a pragma', () => {
    expect(parseIgnorePragma(' hadolint ignore=DL3006 -- pinned by digest')).toMatchObject({ reason: 'pinned by digest' });
  });
});

describe('Gemfile local gems (src/rule-kit/manifest-copies.ts)', () => {
  const OLD = /^\s*gemspec\b|\bpath(?::|\s*=>)/m;
  it('reads what the old pattern read', () => {
    const inputs = ['source "https://rubygems.org"\ngemspec\n', '\n\n  gemspec', 'gem "a", path: "../a"', 'gem "a", :path => "x"', 'gem "a"\n# gemspecs', 'x gemspec', ...allStrings(' \ngemspc', 5).map((s) => `${s}gemspec`)];
    for (const input of inputs) expect(usesLocalGems(input)).toBe(OLD.test(input));
  });
  it('is linear on many blank lines', () => {
    fast(() => expect(usesLocalGems(`${'\n'.repeat(HUGE)}x`)).toBe(false));
  });
});

describe('RPM version (src/rule-kit/toolchains.ts)', () => {
  const OLD = /-\d[\w.+~^-]*$/;
  it('reads what the old pattern read', () => {
    const inputs = ['gcc-11.3.1', 'java-17-openjdk-devel', 'kernel-devel-5.14.0-1.el9', 'python3.11', 'a-1!b-2', ...allStrings('a-1!.', 6)];
    for (const input of inputs) expect(withoutRpmVersion(input)).toBe(input.replace(OLD, ''));
  });
  it('is linear on many dashes and digits', () => {
    fast(() => expect(withoutRpmVersion(`${'-1'.repeat(HUGE)}!`)).toBe(`${'-1'.repeat(HUGE)}!`));
  });
});

describe('pip archives (rules/require-pip-version-pin)', () => {
  const OLD = /\.(?:whl|tar\.gz|tgz|zip|tar\.bz2)(?:\[[^\]]*\])?$/;
  it('reads what the old pattern read', () => {
    const inputs = ['app-1.0-py3-none-any.whl', '/tmp/src.tar.gz', 'x.whl[all]', 'x.whl[a[b]', 'x.zip[a]b]', 'x.tgz]', 'flask', ']', 'x.whl[]', ...allStrings('.whl[]z', 6), ...allStrings('[].', 5).map((s) => `a.zip${s}`)];
    for (const input of inputs) expect(isArchive(input)).toBe(OLD.test(input));
  });
  it('is linear on many unclosed extras', () => {
    fast(() => expect(isArchive('.whl['.repeat(HUGE))).toBe(false));
    fast(() => expect(isArchive(`${'.whl['.repeat(HUGE)}]]`)).toBe(false));
  });
});

describe('line breaks made spaces (src/formatters/text.ts, src/action/markdown.ts)', () => {
  const OLD = /\s*[\r\n]+\s*/g;
  it('reads what the old pattern read', () => {
    const inputs = ['one\ntwo', 'a  \r\n  b', 'a \u2028 b', '  \n', 'x\t\ty', ...allStrings(' \n\rx\u2028', 6)];
    for (const input of inputs) expect(joinLines(input)).toBe(input.replace(OLD, ' '));
    expect(oneLine('Pin the version:\n  `apt-get install x=1`  ')).toBe('Pin the version: `apt-get install x=1`');
  });
  it('is linear on a long run of blanks', () => {
    fast(() => expect(oneLine(`a${' '.repeat(HUGE)}b`)).toBe(`a${' '.repeat(HUGE)}b`));
  });
});

describe('code spans of a message (src/action/markdown.ts)', () => {
  const OLD = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g;
  it('reads what the old pattern read', () => {
    const inputs = ['Use `COPY` not `ADD`', '``a`', '`a``b`', '```a`` b```', 'a`b`c`d`', ...allStrings('`a', 8), ...allStrings('``a ', 6)];
    for (const input of inputs) {
      expect(codeSpans(input)).toEqual([...input.matchAll(OLD)].map((m) => ({ start: m.index, end: m.index + m[0].length, content: m[2] })));
    }
    expect(message('Use `COPY`\ninstead of <ADD>')).toBe('Use `COPY` instead of \\<ADD\\>');
  });
  it('is linear on many unclosed backticks', () => {
    fast(() => expect(codeSpans(`${'`'.repeat(HUGE)}a${'`a'.repeat(HUGE)}`)).toHaveLength(HUGE / 2));
    fast(() => expect(codeSpans(`${'`'.repeat(1000)}a${'``a'.repeat(HUGE)}`)).toHaveLength(HUGE / 2));
  });
});

describe('links as plain text (src/docs/plain-text.ts)', () => {
  const AUTOLINK = /<(https?:\/\/[^>\s]+)>/g;
  const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/g;
  it('reads what the old patterns read', () => {
    const inputs = ['See <https://docs.docker.com/x> and [the docs](https://x.dev/a_(b)).', '<http://a<http://b>', '<https:// x>', '[a](b[c](d)', '[a](b[c d](e)', '[](x) [a]( b) [a] (b)', ...allStrings('<>[]() a', 5), ...allStrings('[]()a ', 6).map((s) => `[a](${s}`)];
    for (const input of inputs) {
      expect(unwrapAutolinks(input)).toBe(input.replace(AUTOLINK, '$1'));
      expect(linksAsText(input)).toBe(input.replace(LINK, '$1 ($2)'));
    }
    expect(markdownToPlainText('## Why\n**Bold** <https://a.b/c> and [text](https://d.e)')).toBe('Why\nBold https://a.b/c and text (https://d.e)');
  });
  it('is linear on many unclosed links', () => {
    fast(() => expect(unwrapAutolinks('<http://'.repeat(HUGE))).toBe('<http://'.repeat(HUGE)));
    fast(() => expect(linksAsText('[a'.repeat(HUGE))).toBe('[a'.repeat(HUGE)));
    fast(() => expect(linksAsText('[a](b'.repeat(HUGE))).toBe('[a](b'.repeat(HUGE)));
  });
});

describe('JSON error position (src/config/parse-file.ts)', () => {
  const OLD = / in JSON at position \d+.*$/;
  it('reads what the old pattern read', () => {
    const inputs = ['Unexpected token } in JSON at position 12', 'Unexpected end of JSON input', 'x in JSON at position 3 (line 1 column 4)', 'a in JSON at position 1\nb in JSON at position 2 c', 'a in JSON at position 1\r', 'in JSON at position 1'];
    for (const input of inputs) expect(withoutJsonPosition(input)).toBe(input.replace(OLD, ''));
  });
  it('is linear on many positions before a line break', () => {
    const input = `${' in JSON at position 1'.repeat(HUGE)}\n`;
    fast(() => expect(withoutJsonPosition(input)).toBe(input));
  });
});
