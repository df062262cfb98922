import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/lint-files.js';
import { tempTree } from '../cli/temp-tree.js';
import { hasShellcheck, isShellcheck, scCodes, scFindings } from './support.js';

const CD = 'FROM alpine:3\nRUN cd /srv; echo $1\n';

describe.skipIf(!hasShellcheck)('ShellCheck findings obey pragmas and settings', () => {
  it('reports SC2164 and SC2086 without suppressions', async () => {
    expect(await scCodes(CD)).toEqual(['SC2086', 'SC2164']);
  });

  it('obeys # hadolint ignore= and # dflint ignore= above the RUN, and global pragmas', async () => {
    expect(await scCodes(`FROM alpine:3\n# hadolint ignore=SC2164\nRUN cd /srv; echo $1\n`)).toEqual(['SC2086']);
    expect(await scCodes(`FROM alpine:3\n# dflint ignore=sc2164,SC2086\nRUN cd /srv; echo $1\n`)).toEqual([]);
    expect(await scCodes(`# dflint global ignore=SC2086\n${CD}`)).toEqual(['SC2164']);
    expect(await scCodes(`# dflint ignore-file\n${CD}`)).toEqual([]);
  });

  it('covers every line of a continued RUN and a heredoc body', async () => {
    expect(await scCodes('FROM alpine:3\n# hadolint ignore=SC2164\nRUN echo start && \\\n    cd /srv\n')).toEqual([]);
    expect(await scCodes('FROM alpine:3\n# hadolint ignore=SC2164\nRUN <<EOF\necho start\ncd /srv\nEOF\n')).toEqual([]);
  });

  it('ignores pragmas when they are disabled', async () => {
    expect(await scCodes(`FROM alpine:3\n# hadolint ignore=SC2164\nRUN cd /srv\n`, { disablePragmas: true })).toEqual(['SC2164']);
  });

  it('takes severities and `off` for SC codes from the rules option', async () => {
    const findings = await scFindings(CD, { rules: { SC2086: 'off' } });
    expect(findings.map(([code]) => code)).toEqual(['SC2164']);
    const { lint } = await import('../../src/lint.js');
    const raised = (await lint(CD, { shellcheck: true, rules: { sc2164: 'error', DL3004: 'off' } })).filter(isShellcheck);
    expect(raised.map((f) => [f.code, f.severity])).toEqual([['SC2164', 'error'], ['SC2086', 'info']]);
  });

  it('reads SC codes from config files (rules and ignore), and --ignore wins over them', async () => {
    const tree = tempTree({
      '.git/HEAD': '',
      '.dflint.yaml': 'rules:\n  SC2164: error\nignore: [SC2086]\n',
      'Dockerfile': CD,
      'hadolint/.hadolint.yaml': 'ignored: [SC2164]\noverride:\n  style: [SC2086]\n',
      'hadolint/Dockerfile': CD,
    });
    const result = await lintFiles(['Dockerfile', 'hadolint/Dockerfile'], { cwd: tree });
    const codes = (file: string) => result.findings.filter((f) => f.file === file && isShellcheck(f)).map((f) => [f.code, f.severity]);
    expect(codes('Dockerfile')).toEqual([['SC2164', 'error']]);
    expect(codes('hadolint/Dockerfile')).toEqual([['SC2086', 'style']]);
    const ignored = await lintFiles(['Dockerfile'], { cwd: tree, ignore: ['SC2164'] });
    expect(ignored.findings.filter(isShellcheck)).toEqual([]);
  });

  it('is turned off by the shellcheck option and by the config key', async () => {
    const tree = tempTree({ '.git/HEAD': '', 'Dockerfile': CD, 'off/.dflint.yaml': 'shellcheck: false\n', 'off/Dockerfile': CD });
    expect((await lintFiles(['Dockerfile'], { cwd: tree, shellcheck: false })).findings.filter(isShellcheck)).toEqual([]);
    const result = await lintFiles(['Dockerfile', 'off/Dockerfile'], { cwd: tree });
    expect(result.findings.filter(isShellcheck).map((f) => f.file)).toEqual(['Dockerfile', 'Dockerfile']);
    expect(result.warnings).toEqual([]);
  });
});
