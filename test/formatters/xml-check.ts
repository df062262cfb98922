import { spawnSync } from 'node:child_process';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** XML 1.0's Char production. */
function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

const REFERENCE = /&(?:(?:amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/y;
const NAME = /[A-Za-z_:][-\w.:]*/y;
const SPACE = /[ \t\r\n]*/y;
const EQUALS = /[ \t\r\n]*=[ \t\r\n]*(["'])/y;

/**
 * Why a document is not well-formed XML 1.0, for the subset the reports use (a declaration,
 * elements, attributes, text, character and predefined entity references): empty when it is.
 * fast-xml-parser's validator is lenient (it accepts `<` and `&` in attribute values, control
 * characters and several root elements), so the tests check these rules themselves.
 */
export function wellFormednessProblems(xml: string): string[] {
  const problems: string[] = [];
  let offset = 0;
  for (const char of xml) {
    const code = char.codePointAt(0)!;
    if (!isXmlChar(code)) problems.push(`character U+${code.toString(16).toUpperCase().padStart(4, '0')} at offset ${offset}`);
    offset += char.length;
  }

  const references = (text: string, at: number) => {
    for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
      REFERENCE.lastIndex = i;
      const match = REFERENCE.exec(text);
      if (!match) problems.push(`bare & at offset ${at + i}`);
      else if (match[1] !== undefined || match[2] !== undefined) {
        const code = match[1] !== undefined ? Number(match[1]) : parseInt(match[2]!, 16);
        if (!isXmlChar(code)) problems.push(`reference to a character XML does not allow (${match[0]}) at offset ${at + i}`);
      }
    }
  };
  const name = (at: number): string | undefined => {
    NAME.lastIndex = at;
    return NAME.exec(xml)?.[0];
  };

  let i = 0;
  if (xml.startsWith('<?xml')) i = xml.indexOf('?>') + 2;
  const open: string[] = [];
  let roots = 0;
  while (i < xml.length && problems.length === 0) {
    if (xml[i] !== '<') {
      const end = xml.indexOf('<', i) === -1 ? xml.length : xml.indexOf('<', i);
      const text = xml.slice(i, end);
      if (open.length === 0 && text.trim() !== '') problems.push(`text outside the root element at offset ${i}`);
      if (text.includes(']]>')) problems.push(`]]> in text at offset ${i}`);
      references(text, i);
      i = end;
    } else if (xml.startsWith('</', i)) {
      const tag = name(i + 2);
      const close = xml.indexOf('>', i);
      if (tag === undefined || close === -1 || xml.slice(i + 2 + tag.length, close).trim() !== '') problems.push(`malformed end tag at offset ${i}`);
      else if (open.pop() !== tag) problems.push(`</${tag}> does not close the open element at offset ${i}`);
      i = close + 1;
    } else {
      const tag = name(i + 1);
      if (tag === undefined) {
        problems.push(`< that starts no element at offset ${i}`);
        break;
      }
      if (open.length === 0 && ++roots > 1) problems.push(`a second root element at offset ${i}`);
      i += 1 + tag.length;
      const seen = new Set<string>();
      for (;;) {
        SPACE.lastIndex = i;
        const space = SPACE.exec(xml)![0].length;
        i += space;
        if (xml.startsWith('/>', i)) {
          i += 2;
          break;
        }
        if (xml[i] === '>') {
          open.push(tag);
          i += 1;
          break;
        }
        const attribute = name(i);
        if (attribute === undefined || space === 0) {
          problems.push(`malformed attribute in <${tag}> at offset ${i}`);
          break;
        }
        if (seen.has(attribute)) problems.push(`attribute ${attribute} twice in <${tag}> at offset ${i}`);
        seen.add(attribute);
        i += attribute.length;
        EQUALS.lastIndex = i;
        const quote = EQUALS.exec(xml);
        if (!quote) {
          problems.push(`attribute ${attribute} without a quoted value at offset ${i}`);
          break;
        }
        i += quote[0].length;
        const end = xml.indexOf(quote[1]!, i);
        const value = xml.slice(i, end === -1 ? xml.length : end);
        if (end === -1) problems.push(`unterminated value of ${attribute} at offset ${i}`);
        if (value.includes('<')) problems.push(`< in the value of ${attribute} at offset ${i}`);
        references(value, i);
        i = end + 1;
      }
    }
  }
  if (open.length > 0) problems.push(`unclosed elements: ${open.join(', ')}`);
  if (roots !== 1 && problems.length === 0) problems.push(`${roots} root elements`);
  return problems;
}

const PYTHON_PARSE = 'import sys, xml.parsers.expat; xml.parsers.expat.ParserCreate().Parse(sys.stdin.buffer.read(), True)';

/** Whether Python's expat, a strict XML parser independent of this code, is at hand. */
export const hasPython = spawnSync('python3', ['-c', 'import xml.parsers.expat'], { encoding: 'utf8' }).status === 0;

/** Python's expat's complaint about a document, or undefined when it parses. */
export function pythonParseError(xml: string): string | undefined {
  const run = spawnSync('python3', ['-c', PYTHON_PARSE], { input: xml, encoding: 'utf8', maxBuffer: 1 << 30 });
  return run.status === 0 ? undefined : run.stderr.trim().split('\n').at(-1);
}

/** The elements that may repeat, by path. */
const ARRAYS = new Set(['checkstyle.file', 'checkstyle.file.error', 'testsuites.testsuite', 'testsuites.testsuite.testcase']);

/** fast-xml-parser set up for the reports: attributes without a prefix, repeated elements always as arrays. */
export function parseXml(xml: string): Record<string, unknown> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`XMLValidator: ${valid.err.msg} (line ${valid.err.line})`);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    // Also decodes character references (`&#10;`), which the default leaves as they are.
    htmlEntities: true,
    jPath: true,
    isArray: (_tag, path) => ARRAYS.has(String(path)),
  }).parse(xml) as Record<string, unknown>;
}
