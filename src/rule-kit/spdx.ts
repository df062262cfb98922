import { SPDX_EXCEPTION_IDS, SPDX_LICENSE_IDS } from './spdx-license-list.js';

// The SPDX specification matches identifiers case-insensitively, operators case-sensitively.
const LICENSES = new Set(SPDX_LICENSE_IDS.map((id) => id.toLowerCase()));
const EXCEPTIONS = new Set(SPDX_EXCEPTION_IDS.map((id) => id.toLowerCase()));

const ID_STRING = '[A-Za-z0-9.-]+';
const LICENSE_REF = new RegExp(`^(?:DocumentRef-${ID_STRING}:)?LicenseRef-${ID_STRING}$`);
const ADDITION_REF = new RegExp(`^(?:DocumentRef-${ID_STRING}:)?AdditionRef-${ID_STRING}$`);
const OPERATORS = new Set(['AND', 'OR', 'WITH']);

function isLicense(word: string): boolean {
  if (LICENSE_REF.test(word)) return true;
  const id = word.toLowerCase();
  // `GPL-2.0+` is both a (deprecated) identifier and `GPL-2.0` with the "or later" suffix.
  return LICENSES.has(id) || (id.endsWith('+') && LICENSES.has(id.slice(0, -1)));
}

function isException(word: string): boolean {
  return ADDITION_REF.test(word) || EXCEPTIONS.has(word.toLowerCase());
}

/**
 * Whether a text is an SPDX license expression (SPDX specification, Annex D): license
 * identifiers of the SPDX License List (or `LicenseRef-…`), optionally with `+`, combined with
 * `AND`, `OR`, `WITH <exception>` and parentheses. A single identifier is the simplest one.
 */
export function isSpdxExpression(text: string): boolean {
  const tokens = text.replace(/[()]/g, ' $& ').split(/\s+/).filter(Boolean);
  let at = 0;

  // compound := term (("AND" | "OR") term)*
  const compound = (): boolean => {
    if (!term()) return false;
    while (tokens[at] === 'AND' || tokens[at] === 'OR') {
      at++;
      if (!term()) return false;
    }
    return true;
  };
  // term := "(" compound ")" | license ["WITH" exception]
  const term = (): boolean => {
    const token = tokens[at];
    if (token === undefined) return false;
    if (token === '(') {
      at++;
      if (!compound() || tokens[at] !== ')') return false;
      at++;
      return true;
    }
    if (OPERATORS.has(token) || token === ')' || !isLicense(token)) return false;
    at++;
    if (tokens[at] === 'WITH') {
      const exception = tokens[at + 1];
      if (exception === undefined || !isException(exception)) return false;
      at += 2;
    }
    return true;
  };

  return compound() && at === tokens.length;
}
