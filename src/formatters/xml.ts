/** Escaping for the XML reports (checkstyle, junit): XML 1.0, UTF-8. */

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/**
 * Characters XML 1.0 allows nowhere, not even as character references (`&#1;` is as fatal to a
 * parser as a raw U+0001): C0 controls other than tab, line feed and carriage return, U+FFFE,
 * U+FFFF, and surrogates that are not part of a pair. They are replaced by U+FFFD, so that a
 * reader sees where something was.
 */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A parser turns a literal tab or line break in an attribute into a space (attribute-value
  // normalisation): only character references keep them.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  // `>` only matters in `]]>`, but escaping it always is simpler than finding that.
  '>': '&gt;',
  // A parser turns a literal carriage return into a line feed.
  '\r': '&#13;',
};

function escapeWith(table: Readonly<Record<string, string>>, pattern: RegExp, value: string): string {
  return value.replace(NOT_XML_CHAR, '\uFFFD').replace(pattern, (char) => table[char]!);
}

/** A value for a double-quoted attribute. */
export function escapeAttribute(value: string): string {
  return escapeWith(ATTRIBUTE_ESCAPES, /[&<>"'\t\n\r]/g, value);
}

/** Character data between tags. */
export function escapeText(value: string): string {
  return escapeWith(TEXT_ESCAPES, /[&<>\r]/g, value);
}

/** ` name="value"` for each entry, in order, escaped. */
export function attributes(values: Readonly<Record<string, string | number>>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');
}
