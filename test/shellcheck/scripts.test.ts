import { describe, expect, it } from 'vitest';
import { hasShellcheck, scCodes, scFindings } from './support.js';

describe.skipIf(!hasShellcheck)('ShellCheck: which scripts, in which dialect', () => {
  const DOUBLE_BRACKETS = 'RUN [[ -f /etc/os-release ]] && echo ok\n';

  it('checks RUN as POSIX sh by default (SC3010 for [[ ]])', async () => {
    expect(await scCodes(`FROM alpine:3\n${DOUBLE_BRACKETS}`)).toEqual(['SC3010']);
  });

  it('takes the dialect from SHELL, from that instruction on', async () => {
    const text = `FROM debian:12\n${DOUBLE_BRACKETS}SHELL ["/bin/bash", "-o", "pipefail", "-c"]\n${DOUBLE_BRACKETS}`;
    expect(await scFindings(text)).toEqual([['SC3010', 2, 5, 2, 29]]);
  });

  it('takes the dialect from the # hadolint shell= pragma and from the defaultShell option', async () => {
    expect(await scCodes(`# hadolint shell=bash\nFROM debian:12\n${DOUBLE_BRACKETS}`)).toEqual([]);
    expect(await scCodes(`FROM debian:12\n${DOUBLE_BRACKETS}`, { defaultShell: ['/bin/bash', '-c'] })).toEqual([]);
  });

  it('checks dash and ash (as dash) and ksh scripts, and skips zsh, which ShellCheck does not know', async () => {
    expect(await scCodes(`FROM debian:12\nSHELL ["/bin/dash", "-c"]\n${DOUBLE_BRACKETS}`)).toEqual(['SC3010']);
    expect(await scCodes(`FROM alpine:3\nSHELL ["/bin/ash", "-c"]\n${DOUBLE_BRACKETS}`)).toEqual(['SC3010']);
    expect(await scCodes(`FROM debian:12\nSHELL ["/bin/ksh", "-c"]\n${DOUBLE_BRACKETS}`)).toEqual([]);
    expect(await scCodes('FROM debian:12\nSHELL ["/bin/zsh", "-c"]\nRUN cd /x\n')).toEqual([]);
  });

  it('skips RUN under a PowerShell or cmd SHELL, exec-form RUN, and heredocs with a non-shell shebang', async () => {
    expect(await scCodes('FROM mcr.microsoft.com/powershell\nSHELL ["pwsh", "-Command"]\nRUN cd $env:TEMP; echo $x\n')).toEqual([]);
    expect(await scCodes('FROM mcr.microsoft.com/windows/servercore\nSHELL ["cmd", "/S", "/C"]\nRUN cd %TEMP% && echo $x\n')).toEqual([]);
    expect(await scCodes('FROM alpine:3\nRUN ["sh", "-c", "cd /x"]\n')).toEqual([]);
    expect(await scCodes('FROM python:3\nRUN <<EOF\n#!/usr/bin/env python3\nimport os; print(os.environ["X"])\nEOF\n')).toEqual([]);
  });

  it('reads the dialect from a heredoc shebang that names a shell', async () => {
    expect(await scCodes('FROM debian:12\nRUN <<EOF\n#!/bin/bash\n[[ -f /x ]] && echo yes\nEOF\n')).toEqual([]);
    expect(await scCodes('FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN <<EOF\n#!/bin/sh\n[[ -f /x ]] && echo yes\nEOF\n')).toEqual(['SC3010']);
  });

  it('excludes SC1090, SC1091 (source needs directives) and SC2187 by default', async () => {
    expect(await scCodes('FROM debian:12\nRUN . /etc/os-release && . "$HOME/.profile" && echo "$ID"\n')).toEqual([]);
  });
});

describe.skipIf(!hasShellcheck)('ShellCheck: variables the build declares', () => {
  it('does not report SC2154 for ARG and ENV names in scope, nor for the proxy variables', async () => {
    const text = [
      'FROM alpine:3',
      'ARG app_version',
      'ENV app_home=/srv/app',
      'RUN echo "$app_version $app_home $http_proxy $no_proxy" && echo "$not_declared"',
      '',
    ].join('\n');
    expect(await scFindings(text)).toEqual([['SC2154', 4, 66, 4, 79]]);
  });

  it('knows only the variables declared before the RUN, in its own stage or the stage it builds on (its ARGs too, as in BuildKit)', async () => {
    const text = [
      'FROM alpine:3 AS base',
      'RUN echo "$later"',
      'ARG later=1',
      'ENV base_dir=/b',
      'FROM base',
      'RUN echo "$base_dir $later"',
      'FROM alpine:3',
      'RUN echo "$base_dir"',
      '',
    ].join('\n');
    expect(await scFindings(text)).toEqual([
      ['SC2154', 2, 11, 2, 17],
      ['SC2154', 8, 11, 8, 20],
    ]);
  });

  it('does not see global ARGs inside stages unless redeclared', async () => {
    const text = 'ARG tag=3\nFROM alpine:${tag}\nRUN echo "$tag"\nARG tag\nRUN echo "$tag"\n';
    expect(await scFindings(text)).toEqual([['SC2154', 3, 11, 3, 15]]);
  });
});
