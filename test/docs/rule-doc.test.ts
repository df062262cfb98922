import { describe, expect, it } from 'vitest';
import { renderRuleDoc } from '../../src/docs/rule-doc.js';
import { defineRule } from '../../src/engine/define-rule.js';
import type { Rule } from '../../src/engine/types.js';

const base: Rule = defineRule({
  code: 'DF9903',
  name: 'doc-sample',
  aliases: [],
  severity: 'warning',
  category: 'style',
  fixable: false,
  docs: { summary: 'Sample', why: 'Because.', bad: 'FROM a', good: 'FROM b' },
  create: () => ({}),
});

describe('renderRuleDoc', () => {
  it('shows the settings the examples assume as configuration, before them', () => {
    const doc = renderRuleDoc({ ...base, docs: { ...base.docs, exampleSettings: { trustedRegistries: ['*.example.com'], strictLabels: true } } });
    expect(doc).toContain('## Example\n\nWith this configuration:\n\n```yaml\ntrustedRegistries:\n  - "*.example.com"\nstrictLabels: true\n```\n\n```dockerfile\nFROM a\n```');
  });

  it('documents options with their defaults and how to set them', () => {
    const doc = renderRuleDoc({
      ...base,
      options: {
        schema: { type: 'object', properties: { names: { type: 'array', description: 'Names to accept.' } } },
        defaults: { names: ['x'] },
      },
    });
    expect(doc).toContain('## Options\n\n- `names` (default `["x"]`): Names to accept.\n\nSet them in the configuration file:\n\n```yaml\nrules:\n  doc-sample: [ warning, { names: [ x ] } ]\n```');
  });

  it('has neither section for a rule without settings or options', () => {
    const doc = renderRuleDoc(base);
    expect(doc).not.toContain('With this configuration');
    expect(doc).not.toContain('## Options');
  });
});
