import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refFor } from '../../src/config/discover.js';
import { createLoader } from '../../src/config/load.js';
import { formatProblem } from '../../src/config/problems.js';
import { allRules } from '../../src/rule-set.js';
import { parseRuleFlags } from '../../src/cli/rule-flags.js';
import { tempTree } from '../cli/temp-tree.js';

const folder = tempTree({ 'bin/': '' });
const load = createLoader(allRules(), (path) => basename(path));

function problems(text: string): string[] {
  const path = join(folder, '.dflint.yaml');
  writeFileSync(path, text);
  const loaded = load(refFor(path));
  return loaded.ok ? [] : loaded.problems.map(formatProblem);
}

describe('ShellCheck settings in config files and flags (no ShellCheck needed)', () => {
  it('accepts SC codes in rules and ignore, and the shellcheck key', () => {
    expect(problems('rules:\n  SC2086: error\n  SC1000: off\nignore: [SC2154, DL3004]\nshellcheck: false\n')).toEqual([]);
    expect(problems('shellcheck: bin/shellcheck\noverrides:\n  - files: [a]\n    shellcheck: true\n    ignore: [SC2086]\n')).toEqual([]);
  });

  it('rejects SC codes in the wrong case or with a bad severity, and an empty shellcheck path', () => {
    expect(problems('ignore: [sc2086]\n')).toEqual(['.dflint.yaml:1:10: ignore[0]: `sc2086` is a ShellCheck code: write it in capitals, `SC2086`']);
    expect(problems('rules:\n  SC2086: warn\n')).toEqual(['.dflint.yaml:2:11: rules.SC2086: expected a severity: `off`, `error`, `warning`, `info`, `style`; got `warn`; did you mean `warning`?']);
    expect(problems('shellcheck: ""\n')).toEqual([expect.stringMatching(/^\.dflint\.yaml:1:13: shellcheck: /)]);
  });

  it('resolves a relative shellcheck path against the config file, and keeps a bare name for PATH', async () => {
    writeFileSync(join(folder, '.dflint.yaml'), 'shellcheck: bin/shellcheck\n');
    const loaded = load(refFor(join(folder, '.dflint.yaml')));
    expect(loaded.ok && loaded.config.base.shellcheck).toBe(join(folder, 'bin', 'shellcheck'));
    writeFileSync(join(folder, '.dflint.yaml'), 'shellcheck: shellcheck-0.10\n');
    const bare = load(refFor(join(folder, '.dflint.yaml')));
    expect(bare.ok && bare.config.base.shellcheck).toBe('shellcheck-0.10');
  });

  it('accepts SC codes in --rule and --ignore, in any case', () => {
    expect(parseRuleFlags(['SC2086:error'], ['sc2154,DL3004'])).toEqual({ ok: true, rules: { SC2086: 'error' }, ignore: ['sc2154', 'DL3004'] });
    expect(parseRuleFlags([], ['SC20'])).toMatchObject({ ok: false });
  });
});
