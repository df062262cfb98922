import { beforeAll, describe, expect, it } from 'vitest';
import { defineRule } from '../../src/engine/define-rule.js';
import type { Rule } from '../../src/engine/types.js';
import { initShellParser } from '../../src/model/shell/parser.js';
import { runRule } from './rule-tester.js';

const docs = { summary: 'Test rule', why: 'Tests the tester.', bad: 'FROM a', good: 'FROM b' };

/** Reports every FROM with what it was given: its options and the project settings. */
const echo: Rule = defineRule({
  code: 'DF9901',
  name: 'echo-setup',
  aliases: [],
  severity: 'info',
  category: 'style',
  fixable: false,
  docs,
  options: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        word: { type: 'string', description: 'A word to echo.' },
        count: { type: 'integer', description: 'A number to echo.' },
      },
    },
    defaults: { word: 'default', count: 1 },
  },
  create(context) {
    return {
      FROM(from) {
        context.report({ range: from.keywordRange, message: JSON.stringify({ options: context.options, settings: context.settings }) });
      },
    };
  },
});

const plain: Rule = defineRule({ ...echo, code: 'DF9902', name: 'plain', options: undefined });

function echoed(setup: Parameters<typeof runRule>[2]) {
  const [finding] = runRule(echo, 'FROM alpine', setup);
  return JSON.parse(finding!.message) as { options: Record<string, unknown>; settings: Record<string, unknown> };
}

describe('rule tester setup', () => {
  beforeAll(() => initShellParser());

  it('runs with the default settings and the rule’s default options', () => {
    expect(echoed({})).toEqual({
      options: { word: 'default', count: 1 },
      settings: { trustedRegistries: [], labelSchema: {}, strictLabels: false, targets: [] },
    });
  });

  it('passes the case’s settings over the defaults and its options over the rule’s', () => {
    expect(echoed({ settings: { strictLabels: true, labelSchema: { version: 'semver' } }, options: { count: 3 } })).toEqual({
      options: { word: 'default', count: 3 },
      settings: { trustedRegistries: [], labelSchema: { version: 'semver' }, strictLabels: true, targets: [] },
    });
  });

  it('rejects unknown settings and bad label types', () => {
    expect(() => runRule(echo, 'FROM a', { settings: { trustedRegistry: ['x'] } as never })).toThrow(/additional properties \(`trustedRegistry`\)/);
    expect(() => runRule(echo, 'FROM a', { settings: { labelSchema: { a: 'date' } } as never })).toThrow(/labelSchema\/a must be equal to one of the allowed values/);
  });

  it('rejects options the rule’s schema refuses, and options for a rule that takes none', () => {
    expect(() => runRule(echo, 'FROM a', { options: { count: 'three' } })).toThrow(/\/count must be integer/);
    expect(() => runRule(echo, 'FROM a', { options: { wrod: 'x' } })).toThrow(/`wrod`/);
    expect(() => runRule(plain, 'FROM a', { options: {} })).toThrow(/DF9902 takes no options/);
  });
});
