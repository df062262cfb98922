import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/engine/apply-fixes.js';
import type { Finding } from '../../src/engine/types.js';
import { lint, type LintOptions } from '../../src/lint.js';
import { initShellParser } from '../../src/model/shell/parser.js';
import { contextWith } from './support.js';

beforeAll(() => initShellParser());

/** The DF0002 findings as `line:column-endLine:endColumn message`. */
async function unused(lines: readonly string[], options: LintOptions = {}): Promise<string[]> {
  const findings = await lint(lines.join('\n'), { reportUnusedIgnores: true, ...options });
  return findings.filter((f) => f.code === 'DF0002').map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.message}`);
}

async function unusedFindings(lines: readonly string[], options: LintOptions = {}): Promise<Finding[]> {
  return (await lint(lines.join('\n'), { reportUnusedIgnores: true, ...options })).filter((f) => f.code === 'DF0002');
}

/** The text after applying every DF0002 fix. */
async function fixed(lines: readonly string[]): Promise<string> {
  const text = lines.join('\n');
  return applyFixes(text, await unusedFindings(lines)).text;
}

describe('reportUnusedIgnores', () => {
  it('is off by default', async () => {
    const findings = await lint('FROM a:1\n# dflint ignore=DL3004\nRUN true\n# dflint ignore=DL9999\nRUN true');
    expect(findings.filter((f) => f.code === 'DF0002')).toEqual([]);
  });

  it('reports nothing for pragmas that suppress something', async () => {
    expect(await unused(['# hadolint global ignore=DL3006', 'FROM ubuntu', '# dflint ignore=DL3004', 'RUN sudo x'])).toEqual([]);
  });

  it('reports an unused code at the code, as a warning named unused-ignore', async () => {
    const [finding] = await unusedFindings(['FROM a:1', '# dflint ignore=DL3004', 'RUN true']);
    expect(finding).toMatchObject({ code: 'DF0002', name: 'unused-ignore', severity: 'warning', line: 2, column: 17, endLine: 2, endColumn: 23 });
    expect(finding!.message).toBe('`DL3004` suppressed nothing here: remove the pragma');
  });

  it('reports each unused code of a pragma that also suppresses something', async () => {
    expect(await unused(['FROM a:1', '# hadolint ignore=DL3004, DL3015 ,no-sudo', 'RUN sudo x'])).toEqual([
      '2:27-2:33 `DL3015` suppressed nothing here: remove it from the pragma',
    ]);
  });

  it('credits every pragma that covers a finding', async () => {
    expect(await unused(['# dflint global ignore=DL3004', 'FROM a:1', '# dflint ignore=DL3004', 'RUN sudo x'])).toEqual([]);
  });

  it('reports unused global, stage, ignore-file and * pragmas', async () => {
    expect(await unused(['# dflint global ignore=DL3004', 'FROM a:1', '# hadolint stage ignore=DL3007', 'RUN true', '# dflint ignore=*', 'USER 1000'])).toEqual([
      '1:24-1:30 `DL3004` suppressed nothing here: remove the pragma',
      '3:25-3:31 `DL3007` suppressed nothing here: remove the pragma',
      '5:17-5:18 `*` suppressed nothing here: remove the pragma',
    ]);
    expect(await unused(['FROM a:1', 'USER 1000', '# dflint ignore-file'])).toEqual(['3:10-3:21 `ignore-file` suppressed nothing here: remove the pragma']);
  });

  it('reports a pragma that is not above an instruction once, at the pragma', async () => {
    expect(await unused(['FROM a:1', '# dflint ignore=DL3004,DL3006', '', 'RUN sudo x'])).toEqual([
      '2:3-2:30 This pragma is not directly above an instruction (blank line or end of file), so it suppresses nothing: move it or remove it',
    ]);
    expect(await unused(['FROM a:1', 'RUN true', '# dflint stage ignore=DL3004'])).toEqual([
      '3:3-3:29 No instruction follows this pragma, so it suppresses nothing: remove it',
    ]);
  });

  it('reports unknown codes with the nearest known one', async () => {
    expect(await unused(['FROM a:1', '# dflint ignore=DL3004,DL3004x,no-sudoo,zzzzzz', 'RUN sudo x'])).toEqual([
      '2:24-2:31 Unknown rule `DL3004x`: did you mean `DL3004`?',
      '2:32-2:40 Unknown rule `no-sudoo`: did you mean `no-sudo`?',
      '2:41-2:47 Unknown rule `zzzzzz`: use a rule code, name or alias such as `DL3006` or `no-sudo`',
    ]);
  });

  it('reports BuildKit names in the wrong case, and unknown BuildKit names', async () => {
    expect(await unused(['# check=skip=jsonargsrecommended,JSONArgsRecommend', 'FROM a:1', 'CMD foo'])).toEqual([
      '1:14-1:33 Unknown BuildKit check `jsonargsrecommended`: check names are case-sensitive, write `JSONArgsRecommended`',
      '1:34-1:51 Unknown BuildKit check `JSONArgsRecommend`: did you mean `JSONArgsRecommended`?',
    ]);
  });

  it('does not judge codes of hadolint, ShellCheck or BuildKit rules that dflint lacks', async () => {
    expect(await unused(['FROM a:1', '# hadolint ignore=DL3008,SC2086,DL3004', 'RUN sudo apt-get install -y curl', '# check=skip=InvalidBaseImagePlatform', 'RUN true'])).toEqual([]);
  });

  it('does not judge codes of rules that did not run', async () => {
    expect(await unused(['FROM a:1', '# dflint ignore=DL3004', 'RUN true'], { rules: { DL3004: 'off' } })).toEqual([]);
    expect(await unused(['# check=skip=CopyIgnoredFile', 'FROM a:1', 'COPY . .'])).toEqual([]);
  });

  it('judges codes of rules that need a build context when there is one', async () => {
    const dir = contextWith({ '.dockerignore': 'secrets/\n' });
    expect(await unused(['# check=skip=CopyIgnoredFile', 'FROM a:1', 'COPY app /app'], { filename: join(dir, 'Dockerfile'), context: true })).toEqual([
      '1:14-1:29 `CopyIgnoredFile` suppressed nothing here: remove the pragma',
    ]);
  });

  it('reports DF0001 and DF0002 in a pragma, which cannot be suppressed', async () => {
    expect(await unused(['FROM a:1', '# dflint ignore=DL3004,internal-error', 'RUN sudo x'])).toEqual([
      '2:24-2:38 `internal-error` reports on dflint itself and cannot be suppressed: remove it from the pragma',
    ]);
  });

  it('reports malformed pragmas, which suppress nothing', async () => {
    expect(await unused(['FROM a:1', '# hadolint ignore=DL3004 pinned by the base image', 'RUN sudo x', '# check=skip=JSONArgsRecommended;fail=true', 'CMD x'])).toEqual([
      '2:26-2:50 Unexpected text after the pragma: put a reason after ` -- ` or `#` (`dflint ignore=DL3006 -- pinned by digest`); the pragma is ignored',
      '4:34-4:38 Invalid check option `fail`: BuildKit accepts `skip`, `error` and `experimental`; the pragma is ignored',
    ]);
  });

  it('reports nothing when pragmas are disabled', async () => {
    expect(await unused(['FROM a:1', '# dflint ignore=DL3004,DL9999', 'RUN true', '# dflint ignore DL3004'], { disablePragmas: true })).toEqual([]);
  });
});

describe('the unused-ignore fix', () => {
  it('removes an unused code with its comma', async () => {
    expect(await fixed(['FROM a:1', '# dflint ignore=DL3015,DL3004 -- reason', 'RUN sudo x'])).toBe('FROM a:1\n# dflint ignore=DL3004 -- reason\nRUN sudo x');
    expect(await fixed(['FROM a:1', '# dflint ignore=DL3004, DL3015', 'RUN sudo x'])).toBe('FROM a:1\n# dflint ignore=DL3004\nRUN sudo x');
  });

  it('removes the comment line when no code is left', async () => {
    expect(await fixed(['FROM a:1', '# dflint ignore=DL3004', 'RUN true'])).toBe('FROM a:1\nRUN true');
    expect(await fixed(['FROM a:1', 'USER app', '# dflint global ignore=DL3004,DF0001'])).toBe('FROM a:1\nUSER app');
  });

  it('keeps unknown codes, which need a person to correct them', async () => {
    expect(await fixed(['FROM a:1', '# dflint ignore=DL3004,DL99', 'RUN true'])).toBe('FROM a:1\n# dflint ignore=DL99\nRUN true');
  });

  it('is safe for dflint pragmas and unsafe for hadolint and BuildKit ones, which those tools may still need', async () => {
    const safety = async (pragma: string) => (await unusedFindings(['FROM a:1', pragma, 'CMD ["x"]']))[0]!.fix!.safety;
    expect(await safety('# dflint ignore=DL3025')).toBe('safe');
    expect(await safety('# hadolint ignore=DL3025')).toBe('unsafe');
    expect(await safety('# check=skip=JSONArgsRecommended')).toBe('unsafe');
  });

  it('leaves a check directive with other options alone when its skip list would be empty', async () => {
    const [finding] = await unusedFindings(['# check=skip=JSONArgsRecommended;error=true', 'FROM a:1', 'CMD ["x"]']);
    expect(finding!.message).toBe('`JSONArgsRecommended` suppressed nothing here: remove the pragma');
    expect(finding!.fix).toBeUndefined();
  });
});
