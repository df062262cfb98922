import { describe, expect, it } from 'vitest';
import { isSpdxExpression } from './spdx.js';
import { SPDX_EXCEPTION_IDS, SPDX_LICENSE_IDS } from './spdx-license-list.js';

describe('SPDX license list', () => {
  it('holds unique identifiers of the list’s characters', () => {
    for (const ids of [SPDX_LICENSE_IDS, SPDX_EXCEPTION_IDS]) {
      expect(new Set(ids.map((id) => id.toLowerCase())).size).toBe(ids.length);
      expect(ids.filter((id) => !/^[A-Za-z0-9.+-]+$/.test(id))).toEqual([]);
    }
    expect(SPDX_LICENSE_IDS).toEqual(expect.arrayContaining(['MIT', 'Apache-2.0', 'BSD-3-Clause', 'GPL-3.0-or-later', 'GPL-2.0', '0BSD']));
    expect(SPDX_EXCEPTION_IDS).toEqual(expect.arrayContaining(['Classpath-exception-2.0', 'LLVM-exception']));
  });
});

describe('isSpdxExpression', () => {
  const valid = [
    'MIT', 'BSD-3-Clause', 'mit', 'apache-2.0', 'GPL-2.0+', 'GPL-2.0-or-later', 'LicenseRef-Proprietary', 'DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2',
    'MIT OR Apache-2.0', 'Apache-2.0 AND MIT AND BSD-3-Clause', '(MIT OR Apache-2.0) AND BSD-2-Clause', 'GPL-2.0-only WITH Classpath-exception-2.0',
    'Apache-2.0 WITH LLVM-exception OR MIT', '((MIT))', ' MIT ', 'GPL-3.0-only WITH AdditionRef-my-exception',
  ];
  const invalid = [
    'not-spdx', '', 'Apache License 2.0', 'GPL', 'MIT or Apache-2.0', 'MIT OR', 'OR MIT', 'MIT Apache-2.0', '(MIT', 'MIT)', '()',
    'MIT WITH', 'MIT WITH Apache-2.0', 'Classpath-exception-2.0', '(MIT OR Apache-2.0) WITH LLVM-exception', 'LicenseRef-', 'MIT++',
  ];
  for (const text of valid) it(`accepts ${JSON.stringify(text)}`, () => expect(isSpdxExpression(text)).toBe(true));
  for (const text of invalid) it(`rejects ${JSON.stringify(text)}`, () => expect(isSpdxExpression(text)).toBe(false));
});
