import { describe, expect, it } from 'vitest';
import { attributes, escapeAttribute, escapeText, XML_DECLARATION } from '../../src/formatters/xml.js';
import { hasPython, parseXml, pythonParseError, wellFormednessProblems } from './xml-check.js';

/** Every character that needs care, in one string. */
const NASTY = 'a & b < c > d " e \' f\tg\nh\r\ni \u0000\u0001\u0008\u000B\u000C\u001B\u001F \uFFFE\uFFFF \uD800 x \uDC00 😀 é \u0085 ]]>';

describe('XML escaping', () => {
  it('escapes the five specials, and tab and line breaks as character references in attributes', () => {
    expect(escapeAttribute('a & b < c > d " e \' f\tg\nh\r')).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f&#9;g&#10;h&#13;');
  });

  it('escapes &, < and > in text, keeps line feeds and quotes, and keeps a carriage return as a reference', () => {
    expect(escapeText('a & b < c > d " e \' f\tg\nh\r\n')).toBe('a &amp; b &lt; c &gt; d " e \' f\tg\nh&#13;\n');
  });

  it('replaces characters XML 1.0 does not allow by U+FFFD, keeping surrogate pairs and the other controls', () => {
    expect(escapeAttribute('\u0000\u0001\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFF')).toBe('\uFFFD'.repeat(9));
    expect(escapeText('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz');
    expect(escapeText('😀 \u007F \u0085')).toBe('😀 \u007F \u0085');
  });

  it('round-trips any text through an attribute and through text, except the characters it replaces', () => {
    const expected = NASTY.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\uD800 |\uDC00/g, (c) => (c.length === 2 ? '\uFFFD ' : '\uFFFD'));
    const xml = `${XML_DECLARATION}\n<r${attributes({ a: NASTY })}>${escapeText(NASTY)}</r>\n`;
    expect(wellFormednessProblems(xml)).toEqual([]);
    const parsed = parseXml(xml).r as Record<string, string>;
    expect(parsed.a).toBe(expected);
    expect(parsed['#text']).toBe(expected);
    if (hasPython) expect(pythonParseError(xml)).toBeUndefined();
  });

  it('writes attributes in the order given', () => {
    expect(attributes({ line: 3, name: 'a"b' })).toBe(' line="3" name="a&quot;b"');
  });
});

describe('the well-formedness check used by the tests', () => {
  it.each([
    ['<a b="x<y"/>', '< in the value of b'],
    ['<a b="x&y"/>', 'bare &'],
    ['<a b="x&#1;y"/>', 'reference to a character XML does not allow'],
    ['<a b="x\u0001y"/>', 'character U+0001'],
    ['<a b="1" b="2"/>', 'attribute b twice'],
    ['<a/><b/>', 'a second root element'],
    ['<a><b></a>', 'does not close'],
    ['<a>x & y</a>', 'bare &'],
    ['<a>]]></a>', ']]> in text'],
    ['<a b="1"c="2"/>', 'malformed attribute'],
  ])('rejects %j', (xml, problem) => {
    expect(wellFormednessProblems(xml).join('\n')).toContain(problem);
  });

  it.skipIf(!hasPython)('agrees with Python’s expat on a bad document', () => {
    expect(pythonParseError('<a b="x<y"/>')).toBeDefined();
    expect(pythonParseError('<a b="x&#1;y"/>')).toBeDefined();
  });
});
