import { chmodSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/lint-files.js';
import { tempTree } from '../cli/temp-tree.js';
import { hasShellcheck, isShellcheck, SHELLCHECK } from './support.js';

const FILES = 40;

/** Dockerfile i: a bash or sh RUN that reads its own undeclared variable, so each finding names its file. */
const dockerfile = (i: number) => (i % 2 === 0
  ? `FROM alpine:3\nRUN echo "$v${i}"\n`
  : `FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN true\nRUN echo "$v${i}"\n`);

describe.skipIf(!hasShellcheck)('ShellCheck batching', () => {
  it('checks many files in a few processes, one dialect each, and maps every comment back to its file', async () => {
    const entries: Record<string, string> = { '.git/HEAD': '', 'bin/shellcheck': '' };
    for (let i = 0; i < FILES; i++) entries[`f${i}/Dockerfile`] = dockerfile(i);
    const tree = tempTree(entries);
    const log = join(tree, 'calls.log');
    const wrapper = join(tree, 'bin', 'shellcheck');
    // A wrapper that logs each call's --shell option and file count, then runs the real ShellCheck.
    const script = `#!/bin/sh\nn=0; shell=\nfor a in "$@"; do case "$a" in --shell=*) shell="$a";; *.sh) n=$((n+1));; esac; done\necho "$shell $n" >> '${log}'\nexec '${SHELLCHECK!}' "$@"\n`;
    const { writeFileSync } = await import('node:fs');
    writeFileSync(wrapper, script);
    chmodSync(wrapper, 0o755);

    const result = await lintFiles(['.'], { cwd: tree, shellcheck: wrapper });
    expect(result.warnings).toEqual([]);
    for (let i = 0; i < FILES; i++) {
      const findings = result.findings.filter((f) => f.file === `f${i}/Dockerfile` && isShellcheck(f));
      const line = i % 2 === 0 ? 2 : 4;
      expect(findings.map((f) => [f.code, f.line, f.column, f.message])).toEqual([['SC2154', line, 11, `v${i} is referenced but not assigned`]]);
    }
    const calls = readFileSync(log, 'utf8').trim().split('\n').map((l) => l.split(' '));
    // Every distinct script once (the bash files' identical `RUN true` only once), no process per script.
    expect(calls.reduce((sum, [, n]) => sum + Number(n), 0)).toBe(FILES + 1);
    expect(new Set(calls.map(([shell]) => shell))).toEqual(new Set(['--shell=sh', '--shell=bash']));
    expect(calls.length).toBeLessThanOrEqual(2 * availableParallelism());
  });
});
