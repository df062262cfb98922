import { checkSync, type Diagnostics } from 'recheck';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../scripts/package-root.js';
import { regexSources, type RegexSource } from './support/regex-sources.js';

/**
 * Patterns built at run time from something other than a template: what they are made of, and
 * why they stay linear, checked by hand. A new one fails the test until it is added here.
 */
const REVIEWED_DYNAMIC: Readonly<Record<string, string>> = {
  'src/config/environment.ts: REGISTRY_PATTERN': 'REGISTRY_PATTERN, a constant pattern the configuration schema also uses: checked as a literal there',
  'src/model/expand.ts: globSource(pattern, true)': 'a ${var/pattern/...} glob of the Dockerfile turned into a pattern: literal characters escaped, each * a lazy or greedy .*',
};

const { found, dynamic } = regexSources(packageRoot(), ['src', 'rules']);

/**
 * recheck's verdict with its pure-JavaScript backend (no Java or native binary in CI) and its
 * automaton checker, which is exact and repeatable (its fuzzer is neither). It cannot decide
 * some patterns (lookbehind, or long alternations in the time given): those are not failed.
 */
function verdict(regex: RegexSource): Diagnostics {
  // checkSync reads its backend from the environment: 'pure' runs in this thread, no worker.
  process.env.RECHECK_SYNC_BACKEND = 'pure';
  return checkSync(regex.source, regex.flags, { checker: 'automaton', timeout: 5_000 });
}

describe('regular expressions (ReDoS)', () => {
  it('finds the code\'s regular expressions', () => {
    expect(found.length).toBeGreaterThan(100);
  });

  it('has none that takes super-linear time on some input (recheck)', () => {
    const unsafe = found.flatMap((regex) => {
      const result = verdict(regex);
      if (result.status !== 'vulnerable') return [];
      return [`${regex.where} /${regex.source}/: ${result.complexity.type}, e.g. ${result.attack.pattern}`];
    });
    expect(unsafe).toEqual([]);
  }, 600_000);

  it('knows every pattern built at run time', () => {
    expect(dynamic.filter((where) => !(where in REVIEWED_DYNAMIC))).toEqual([]);
  });
});
