import { execFile } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { allRules } from '../../src/rule-set.js';
import { sarif } from '../../src/formatters/sarif/index.js';
import { FIXTURES, formatContext } from './results-fixture.js';
import { corpusDir, corpusResults, hasCorpus } from '../support/corpus.js';

/**
 * The Microsoft SARIF multitool with GitHub's ingestion rules (`Gh`) and SARIF's own (`Sarif`):
 * the check GitHub's documentation points to. It is a 104 MB .NET binary, so it is no dependency
 * of dflint: `.ci/sarif` pins it and `.ci/run` installs it (`npm ci --prefix .ci/sarif`).
 */
const ROOT = join(import.meta.dirname, '..', '..');
const PLATFORM_PACKAGE: Readonly<Partial<Record<NodeJS.Platform, string>>> = {
  linux: 'sarif-multitool-linux/Sarif.Multitool',
  darwin: 'sarif-multitool-darwin/Sarif.Multitool',
  win32: 'sarif-multitool-win32/Sarif.Multitool.exe',
};
const platformPath = PLATFORM_PACKAGE[process.platform];
const MULTITOOL = platformPath && join(ROOT, '.ci', 'sarif', 'node_modules', '@microsoft', platformPath);
const INSTALL = 'npm ci --prefix .ci/sarif';

interface MultitoolRun {
  readonly results?: ReadonlyArray<{ ruleId: string; level?: string; message: { text?: string; arguments?: string[] }; locations?: unknown[] }>;
  readonly invocations?: ReadonlyArray<{ executionSuccessful: boolean; toolConfigurationNotifications?: unknown[]; toolExecutionNotifications?: unknown[] }>;
}

/** npm installs with scripts off here, so the package's postinstall `chmod u+x` may not have run. */
function ensureExecutable(path: string): void {
  try {
    accessSync(path, constants.X_OK);
  } catch {
    chmodSync(path, statSync(path).mode | 0o100);
  }
}

const installed = MULTITOOL !== undefined && existsSync(MULTITOOL);

if (!installed && !process.env.CI) {
  const reason = `skipped: the SARIF multitool is not installed (${MULTITOOL ?? `no package for ${process.platform}`}); install it with \`${INSTALL}\``;
  console.warn(`SARIF multitool test ${reason}`);
  describe('SARIF multitool', () => {
    it.skip(reason, () => {});
  });
} else {
  describe('SARIF multitool validate --rule-kind "Gh;Sarif"', () => {
    const work = mkdtempSync(join(tmpdir(), 'dflint-sarif-'));
    afterAll(() => rmSync(work, { recursive: true, force: true }));

    it('reports nothing on the golden log and on the log of the whole corpus', async () => {
      expect(installed, `CI needs the SARIF multitool at ${MULTITOOL}: .ci/run installs it with \`${INSTALL}\``).toBe(true);
      ensureExecutable(MULTITOOL!);

      const inputs = [join(FIXTURES, 'sarif.json')];
      if (hasCorpus()) {
        const corpus = join(work, 'corpus.sarif');
        const context = formatContext({ cwd: corpusDir, version: '0.1.0', rules: allRules(), category: 'dflint' });
        writeFileSync(corpus, sarif.format(await corpusResults(), context));
        inputs.push(corpus);
      } else {
        console.warn(`SARIF multitool test: no corpus at ${corpusDir}, validating the golden log only`);
      }

      const output = join(work, 'out.sarif');
      // Called directly with an argument array: npm's bin wrapper goes through a shell, which splits "Gh;Sarif" at the `;`.
      // The size limit is raised because the multitool silently skips files over 10 MB.
      const { stdout } = await promisify(execFile)(MULTITOOL!, [
        'validate', ...inputs, '-o', output, '--log', 'ForceOverwrite', '--rule-kind', 'Gh;Sarif', '--max-file-size-in-kb', '1000000',
      ], { maxBuffer: 64 * 1024 * 1024, timeout: 560_000 });

      // Its exit code is 0 even when it finds problems: the output log says what it found.
      const run = (JSON.parse(readFileSync(output, 'utf8')) as { runs: MultitoolRun[] }).runs[0]!;
      const found = (run.results ?? []).map((r) => `${r.ruleId} ${r.level ?? ''}: ${r.message.text ?? (r.message.arguments ?? []).join(' | ')}`);
      expect(found.length, `${found.length} problems:\n${found.slice(0, 30).join('\n')}`).toBe(0);
      const [invocation] = run.invocations ?? [];
      expect(invocation?.executionSuccessful).toBe(true);
      expect(invocation?.toolConfigurationNotifications ?? [], 'the multitool skipped or misread something').toEqual([]);
      expect(invocation?.toolExecutionNotifications ?? [], 'the multitool skipped or misread something').toEqual([]);
      expect(stdout).toContain(`Done. ${inputs.length} files scanned.`);
    }, 600_000);
  });
}
