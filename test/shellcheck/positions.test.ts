import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { hasShellcheck, scFindings } from './support.js';

describe.skipIf(!hasShellcheck)('ShellCheck findings: exact positions in the Dockerfile', () => {
  it('points into the second line of a continued RUN, tabs counting one column', async () => {
    const text = 'FROM alpine:3\nRUN echo hi && \\\n\tcd /app\n';
    expect(await scFindings(text)).toEqual([['SC2164', 3, 2, 3, 9]]);
  });

  it('maps past continuations and comment lines inside a RUN', async () => {
    const text = [
      'FROM alpine:3',
      'RUN set -e; \\',
      '    # a comment line the build removes',
      '    for f in $(ls /etc); do \\',
      '      echo "$f"; \\',
      '    done',
      '',
    ].join('\n');
    expect(await scFindings(text)).toEqual([['SC2045', 4, 14, 4, 24]]);
  });

  it('points into a RUN <<EOF heredoc body', async () => {
    const text = 'FROM alpine:3\nRUN <<EOF\necho start\n  cd /srv\necho finished\nEOF\n';
    expect(await scFindings(text)).toEqual([['SC2164', 4, 3, 4, 10]]);
  });

  it('points into a heredoc body that follows a command (`RUN sh <<EOF`)', async () => {
    const text = 'FROM alpine:3\nRUN cat <<EOF > /x\nhello\nEOF\nRUN echo $1\n';
    // The heredoc is data, not script; the next RUN is checked on its own.
    expect(await scFindings(text)).toEqual([['SC2086', 5, 10, 5, 12]]);
  });

  it('checks the trigger of ONBUILD RUN at its place', async () => {
    expect(await scFindings('FROM alpine:3\nONBUILD RUN cd /x\n')).toEqual([['SC2164', 2, 13, 2, 18]]);
  });

  it('counts columns in UTF-16 units after non-ASCII text', async () => {
    // ShellCheck counts code points: the emoji is one column to it and two UTF-16 units here.
    const text = 'FROM alpine:3\nRUN echo "😀é" && cd /x\n';
    expect(await scFindings(text)).toEqual([['SC2164', 2, 19, 2, 24]]);
  });

  it('reports ShellCheck\'s severity, its code and message without the final period', async () => {
    const [finding] = (await lint('FROM alpine:3\nRUN cd /x\n', { shellcheck: true })).filter((f) => f.code.startsWith('SC'));
    expect(finding).toMatchObject({ code: 'SC2164', name: 'shellcheck', severity: 'warning', message: "Use 'cd ... || exit' or 'cd ... || return' in case cd fails" });
  });

  it('reports parse errors at their place', async () => {
    const findings = await scFindings('FROM alpine:3\nRUN echo ok\nRUN if true; then echo x; \\\n    fi fi )\n');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every(([, line]) => line >= 3)).toBe(true);
  });
});
